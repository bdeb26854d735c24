"""The Moral Graph Elicitation summary: per-pair vote counts, the edge filter, their PageRank."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from typing import Any

import numpy as np

from desktop.core.graph.votes import NO_UPGRADE, NOT_SURE, UPGRADE, Vote

# MGE's thresholds; the entropy bound assumes impressions are counted in the entropy (see below).
MIN_WISER = 2
MIN_WISER_LIKELIHOOD = 0.33
MAX_ENTROPY = 1.69
DAMPING = 0.85
MAX_ITERATIONS = 100


@dataclass(frozen=True)
class EdgeCounts:
    """How a pair (source -> wiser) was voted on, in MGE's five counts."""

    marked_wiser: int = 0
    marked_not_wiser: int = 0
    marked_less_wise: int = 0
    marked_unsure: int = 0
    impressions: int = 0


@dataclass(frozen=True)
class EdgeSummary:
    """One directed pair: moving from `source_value_id` to `wiser_value_id` is wiser."""

    source_value_id: str
    wiser_value_id: str
    contexts: tuple[str, ...]
    counts: EdgeCounts
    wiser_likelihood: float
    entropy: float


@dataclass(frozen=True)
class GraphSummary:
    """The kept edges and the PageRank of the values they connect."""

    values: dict[str, float]
    edges: tuple[EdgeSummary, ...] = field(default=())
    # Every value the votes name, first seen first (kept edge or not): counted anyway, and a
    # million votes take a second to walk again in Python.
    voted_ids: tuple[str, ...] = field(default=())


@dataclass
class _Tally:
    contexts: dict[str, None] = field(default_factory=dict)  # an ordered set, like MGE's Set
    counts: list[int] = field(default_factory=lambda: [0, 0, 0, 0, 0])


_SLOT = {UPGRADE: 0, NO_UPGRADE: 1, NOT_SURE: 3}
_LESS_WISE, _IMPRESSIONS = 2, 4


def _tally(votes: Sequence[Vote]) -> dict[tuple[str, str], _Tally]:
    # Two passes, forward then reverse, so pair and context order match MGE's export.
    pairs: dict[tuple[str, str], _Tally] = {}
    for vote in votes:
        tally = pairs.setdefault((vote.from_value_id, vote.to_value_id), _Tally())
        tally.contexts[vote.context_id] = None
        tally.counts[_IMPRESSIONS] += 1
        tally.counts[_SLOT[vote.relationship]] += 1
    for vote in votes:
        tally = pairs.setdefault((vote.to_value_id, vote.from_value_id), _Tally())
        tally.contexts[vote.context_id] = None
        tally.counts[_IMPRESSIONS] += 1
        if vote.relationship == UPGRADE:
            tally.counts[_LESS_WISE] += 1
    return pairs


def entropy(counts: EdgeCounts) -> float:
    """Shannon entropy (bits) of the five counts as one distribution, impressions included.

    Counting impressions is MGE's quirk, kept because their 1.69 threshold was tuned with it.
    """
    values = [
        counts.marked_wiser,
        counts.marked_not_wiser,
        counts.marked_less_wise,
        counts.marked_unsure,
        counts.impressions,
    ]
    total = sum(values)
    return -sum(v / total * math.log2(v / total) for v in values if v > 0)


def wiser_likelihood(counts: EdgeCounts) -> float:
    """(wiser - lessWise) / (wiser + notWiser + unsure + lessWise); 0 for a pair nobody judged."""
    judged = (
        counts.marked_wiser
        + counts.marked_not_wiser
        + counts.marked_unsure
        + counts.marked_less_wise
    )
    if judged == 0:
        return 0.0
    return (counts.marked_wiser - counts.marked_less_wise) / judged


def all_edges(votes: Iterable[Vote]) -> list[EdgeSummary]:
    """Every directed pair the votes touch, before the filter, in MGE's order."""
    edges = []
    for (source, wiser), tally in _tally(list(votes)).items():
        counts = EdgeCounts(*tally.counts)
        edges.append(
            EdgeSummary(
                source,
                wiser,
                tuple(tally.contexts),
                counts,
                wiser_likelihood(counts),
                entropy(counts),
            )
        )
    return edges


def is_kept(
    edge: EdgeSummary,
    *,
    min_wiser: int = MIN_WISER,
    min_wiser_likelihood: float = MIN_WISER_LIKELIHOOD,
    max_entropy: float = MAX_ENTROPY,
) -> bool:
    """MGE's filter: enough wiser votes, a clear direction, and not too much disagreement."""
    # MGE drops a pair nobody marked wiser whatever the threshold, hence the floor of 1.
    return (
        edge.counts.marked_wiser >= max(min_wiser, 1)
        and edge.wiser_likelihood >= min_wiser_likelihood
        and edge.entropy <= max_entropy
    )


def mge_pagerank(
    edges: Iterable[EdgeSummary], *, damping: float = DAMPING, max_iterations: int = MAX_ITERATIONS
) -> dict[str, float]:
    """PageRank as MGE's own code computes it, so that scores match theirs on the same votes.

    Nodes are the values on kept edges (first seen first). Every node starts at 1/N; each of
    exactly `max_iterations` rounds gives every node (1 - d)/N plus d times the rank of each
    source pointing at it, split over the source's kept edges in proportion to wiserLikelihood.
    There is no convergence test, and a value with no kept outgoing edge (usually the wisest)
    passes its rank nowhere: rank leaks and scores do not sum to 1. That is MGE's behaviour,
    reproduced on purpose; `pagerank.py` is our fix.
    """
    edges = list(edges)
    nodes = list(dict.fromkeys(v for e in edges for v in (e.source_value_id, e.wiser_value_id)))
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    rank = mge_pagerank_arrays(
        len(nodes),
        np.array([index[e.source_value_id] for e in edges], dtype=np.int64),
        np.array([index[e.wiser_value_id] for e in edges], dtype=np.int64),
        np.array([e.wiser_likelihood for e in edges], dtype=np.float64),
        damping=damping, max_iterations=max_iterations)
    return {node: float(rank[i]) for node, i in index.items()}


def mge_pagerank_arrays(n_nodes: int, sources: Any, targets: Any, weights: Any, *,
                        damping: float = DAMPING, max_iterations: int = MAX_ITERATIONS) -> Any:
    """`mge_pagerank` on index arrays (kept edges between nodes 0..n_nodes-1, every node on one)."""
    out_weight = np.bincount(sources, weights=weights, minlength=n_nodes)
    usable = out_weight[sources] > 0  # MGE skips sources whose total weight is not positive
    share = np.where(usable, weights / np.where(usable, out_weight[sources], 1.0), 0.0)
    rank = np.full(n_nodes, 1.0 / n_nodes)
    base = (1.0 - damping) / n_nodes
    for _ in range(max_iterations):
        rank = base + damping * np.bincount(targets, weights=rank[sources] * share,
                                            minlength=n_nodes)
    return rank


def summarize(
    votes: Iterable[Vote],
    *,
    min_wiser: int = MIN_WISER,
    min_wiser_likelihood: float = MIN_WISER_LIKELIHOOD,
    max_entropy: float = MAX_ENTROPY,
) -> GraphSummary:
    """MGE's MoralGraphSummary: the kept edges and the PageRank of the values they connect.

    Counts every pair with numpy and builds objects only for the kept edges: the same result as
    filtering `all_edges` (a test checks it), fast enough for 200,000 votes.
    """
    votes = list(votes)
    if not votes:
        return GraphSummary(values={}, edges=())
    table = _count_pairs(votes)
    kept = np.flatnonzero(kept_mask(table.counts, table.likelihood, table.entropy,
                                    min_wiser=min_wiser, min_wiser_likelihood=min_wiser_likelihood,
                                    max_entropy=max_entropy))
    kept = kept[np.argsort(table.first_seen[kept], kind="stable")]  # MGE's pair order
    edges = _kept_edges(votes, table, kept)
    return GraphSummary(values=mge_pagerank(edges), edges=edges, voted_ids=tuple(table.ids))


@dataclass
class _PairTable:
    ids: list[str]
    keys: Any  # pair code per row: source * n + wiser
    counts: Any  # rows of (wiser, not wiser, less wise, unsure, impressions)
    likelihood: Any
    entropy: Any
    first_seen: Any
    inverse: Any  # row of each vote's forward entry, then of each vote's reverse entry


def _count_pairs(votes: Sequence[Vote]) -> _PairTable:
    # Columns pulled out by map and attrgetter, not a Python loop: at a million votes each
    # loop over the votes cost a quarter of a second.
    froms = list(map(_FROM, votes))
    tos = list(map(_TO, votes))
    ids = list(dict.fromkeys(chain.from_iterable(zip(froms, tos, strict=True))))
    index = {value: i for i, value in enumerate(ids)}
    n = len(ids)
    source = _codes(froms, index)
    wiser = _codes(tos, index)
    kind = _codes(map(_RELATIONSHIP, votes), _SLOT, len(votes))
    keys, first, inverse = np.unique(np.concatenate([source * n + wiser, wiser * n + source]),
                                     return_index=True, return_inverse=True)
    forward, backward = inverse[: len(votes)], inverse[len(votes):]
    counts = np.zeros((len(keys), 5))
    for slot in (0, 1, 3):
        counts[:, slot] = np.bincount(forward, weights=kind == slot, minlength=len(keys))
    counts[:, _LESS_WISE] = np.bincount(backward, weights=kind == 0, minlength=len(keys))
    counts[:, _IMPRESSIONS] = np.bincount(inverse, minlength=len(keys))
    likelihood, entropy = pair_statistics(counts)
    return _PairTable(ids, keys, counts, likelihood, entropy, first, inverse)


_FROM, _TO = attrgetter("from_value_id"), attrgetter("to_value_id")
_RELATIONSHIP, _CONTEXT = attrgetter("relationship"), attrgetter("context_id")


def _codes(keys: Iterable[str], code: Mapping[str, int], count: int = -1) -> Any:
    """code[key] for each key, as an int64 array."""
    if count < 0 and isinstance(keys, Sequence):
        count = len(keys)
    return np.fromiter(map(code.__getitem__, keys), dtype=np.int64, count=count)


def pair_statistics(counts: Any) -> tuple[Any, Any]:
    """wiserLikelihood and entropy of each row of MGE's five counts, shape (pairs, 5)."""
    judged = counts[:, :4].sum(axis=1)
    likelihood = np.where(judged > 0, (counts[:, 0] - counts[:, 2]) / np.maximum(judged, 1), 0.0)
    total = counts.sum(axis=1, keepdims=True)
    share = counts / np.where(total > 0, total, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        entropy = -np.where(share > 0, share * np.log2(share), 0.0).sum(axis=1)
    return likelihood, entropy


def kept_mask(counts: Any, likelihood: Any, entropy: Any, *, min_wiser: int = MIN_WISER,
              min_wiser_likelihood: float = MIN_WISER_LIKELIHOOD,
              max_entropy: float = MAX_ENTROPY) -> Any:
    """`is_kept` for every row of a count table at once."""
    return ((counts[:, 0] >= max(min_wiser, 1)) & (likelihood >= min_wiser_likelihood)
            & (entropy <= max_entropy))


def _kept_edges(votes: Sequence[Vote], table: _PairTable, kept: Any) -> tuple[EdgeSummary, ...]:
    contexts = _contexts_of_rows(votes, table, kept)
    n, ids = len(table.ids), table.ids
    keys = table.keys[kept]
    counts = table.counts[kept].astype(np.int64).tolist()
    return tuple(
        EdgeSummary(ids[source], ids[wiser], contexts[row], EdgeCounts(*count), likelihood,
                    entropy)
        for row, source, wiser, count, likelihood, entropy in zip(
            kept.tolist(), (keys // n).tolist(), (keys % n).tolist(), counts,
            table.likelihood[kept].tolist(), table.entropy[kept].tolist(), strict=True))


def _contexts_of_rows(votes: Sequence[Vote], table: _PairTable,
                      rows: Any) -> dict[int, tuple[str, ...]]:
    """Each row's contexts in order of first appearance over the forward pass, then the reverse
    pass (as MGE collects them), found with numpy rather than a loop over the votes."""
    context_ids = list(map(_CONTEXT, votes))
    names = list(dict.fromkeys(context_ids))
    context = _codes(context_ids, {name: i for i, name in enumerate(names)})
    wanted = np.zeros(len(table.keys), dtype=bool)
    wanted[rows] = True
    # table.inverse holds the row of every forward-pass entry, then every reverse-pass entry.
    seen = np.flatnonzero(wanted[table.inverse])
    pair_context = table.inverse[seen] * len(names) + np.tile(context, 2)[seen]
    found, first = np.unique(pair_context, return_index=True)
    if len(found) == 0:
        return {}
    order = np.lexsort((first, found // len(names)))
    found = found[order]
    row_of, context_of = found // len(names), found % len(names)
    starts = np.flatnonzero(np.r_[True, row_of[1:] != row_of[:-1]])
    return {int(row_of[start]): tuple(names[c] for c in group.tolist())
            for start, group in zip(starts.tolist(), np.split(context_of, starts[1:]),
                                    strict=True)}


def to_mge_json(summary: GraphSummary, cards: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The summary in MGE's export shape; `cards` maps value id to its values card."""
    ranked = sorted(summary.values.items(), key=lambda item: (-item[1], item[0]))
    return {
        "values": [_value_json(value_id, score, cards) for value_id, score in ranked],
        "edges": [_edge_json(edge) for edge in summary.edges],
    }


def _value_json(
    value_id: str, page_rank: float, cards: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any]:
    if value_id not in cards:
        raise KeyError(f"no values card for value {value_id!r} in the graph")
    card = cards[value_id]
    # 2023 cards had instructionsShort / evaluationCriteria where later ones have
    # description / policies; MGE's export accepts either.
    return {
        "id": value_id,
        "title": card.get("title", ""),
        "description": card.get("description", card.get("instructionsShort", "")),
        "policies": list(card.get("policies", card.get("evaluationCriteria", []))),
        "pageRank": page_rank,
    }


def _edge_json(edge: EdgeSummary) -> dict[str, Any]:
    counts = edge.counts
    return {
        "sourceValueId": edge.source_value_id,
        "wiserValueId": edge.wiser_value_id,
        "contexts": list(edge.contexts),
        "counts": {
            "markedWiser": counts.marked_wiser,
            "markedNotWiser": counts.marked_not_wiser,
            "markedLessWise": counts.marked_less_wise,
            "markedUnsure": counts.marked_unsure,
            "impressions": counts.impressions,
        },
        "summary": {"wiserLikelihood": edge.wiser_likelihood, "entropy": edge.entropy},
    }
