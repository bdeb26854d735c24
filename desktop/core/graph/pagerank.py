"""Our PageRank of values: every voted value is a node and dangling values keep their rank."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

DAMPING = 0.85
MAX_ITERATIONS = 1000
TOLERANCE = 1e-12


def pagerank(
    value_ids: Sequence[str],
    edges: Iterable[tuple[str, str, float]],
    *,
    damping: float = DAMPING,
    max_iterations: int = MAX_ITERATIONS,
    tolerance: float = TOLERANCE,
) -> dict[str, float]:
    """PageRank over `(source, wiser, weight)` edges; rank flows from source to wiser.

    Every id in `value_ids` is a node, so a value that was voted on but has no kept edge still
    gets the teleport share. Edge ends missing from `value_ids` are added. Scores sum to 1.
    """
    index = {value_id: position for position, value_id in enumerate(dict.fromkeys(value_ids))}
    sources, targets, weights = [], [], []
    for source, wiser, weight in edges:
        sources.append(index.setdefault(source, len(index)))
        targets.append(index.setdefault(wiser, len(index)))
        weights.append(weight)
    scores = pagerank_arrays(
        len(index),
        np.array(sources, dtype=np.int64),
        np.array(targets, dtype=np.int64),
        np.array(weights, dtype=float),
        damping=damping,
        max_iterations=max_iterations,
        tolerance=tolerance,
    )
    return dict(zip(index, scores.tolist(), strict=True))


def pagerank_arrays(
    n_nodes: int,
    sources: npt.NDArray[np.int64],
    targets: npt.NDArray[np.int64],
    weights: npt.NDArray[np.float64],
    *,
    damping: float = DAMPING,
    max_iterations: int = MAX_ITERATIONS,
    tolerance: float = TOLERANCE,
    start: npt.NDArray[np.float64] | None = None,
) -> npt.NDArray[np.float64]:
    """Power iteration over an edge list; O(edges) per step, so it scales to large graphs.

    A `start` near the answer (the ranks before a few votes changed) needs fewer rounds.
    """
    if n_nodes == 0:
        return np.zeros(0)
    if np.any(weights < 0):
        raise ValueError("PageRank edge weights must be non-negative")
    out_weight = _sum_by(sources, weights, n_nodes)
    dangling = out_weight == 0
    # Each edge carries its share of the source's rank; dangling sources have no edges to share.
    share = weights / np.where(dangling, 1.0, out_weight)[sources]
    rank = np.full(n_nodes, 1.0 / n_nodes) if start is None else np.asarray(start, float)
    for _ in range(max_iterations):
        previous = rank
        flow = _sum_by(targets, previous[sources] * share, n_nodes)
        # The standard fix: a dangling value's rank is spread over all values, not lost.
        spread = (damping * previous[dangling].sum() + 1.0 - damping) / n_nodes
        rank = damping * flow + spread
        if np.abs(rank - previous).sum() < tolerance:
            break
    result: npt.NDArray[np.float64] = rank / rank.sum()
    return result


def _sum_by(
    index: npt.NDArray[np.int64], weights: npt.NDArray[np.float64], length: int
) -> npt.NDArray[np.float64]:
    # np.bincount's stubs promise integers even with float weights; astype(copy=False) is free.
    return np.bincount(index, weights, length).astype(np.float64, copy=False)
