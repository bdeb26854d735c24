"""The Moral Graph Elicitation summary: per-pair vote counts, the edge filter, their PageRank."""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

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


# Reading of "their PageRank": networkx.pagerank over the kept edges, nodes being the values that
# appear in a kept edge (MGE builds its node set from edges), weight wiserLikelihood, rank flowing
# source -> wiser. MGE's own TypeScript loop is different in one way: a value with no
# kept outgoing edge (a dangling node, typically the wisest) passes its rank nowhere, so total rank
# leaks every iteration and scores do not sum to 1. networkx hands dangling rank back uniformly and
# normalises, which is what we reproduce; pagerank.py goes further and keeps every voted value.
_HAS_SCIPY = importlib.util.find_spec("scipy") is not None


def mge_pagerank(
    edges: Iterable[EdgeSummary], *, damping: float = DAMPING, max_iterations: int = MAX_ITERATIONS
) -> dict[str, float]:
    """networkx PageRank over kept edges, weighted by wiserLikelihood."""
    graph = nx.DiGraph()
    for edge in edges:
        graph.add_edge(edge.source_value_id, edge.wiser_value_id, weight=edge.wiser_likelihood)
    if _HAS_SCIPY:
        return dict(nx.pagerank(graph, alpha=damping, max_iter=max_iterations, weight="weight"))
    # nx.pagerank needs scipy; without it use networkx's own pure-Python version of the same
    # algorithm (same dangling handling, start vector and tolerance).
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    return dict(_pagerank_python(graph, alpha=damping, max_iter=max_iterations, weight="weight"))


def summarize(
    votes: Iterable[Vote],
    *,
    min_wiser: int = MIN_WISER,
    min_wiser_likelihood: float = MIN_WISER_LIKELIHOOD,
    max_entropy: float = MAX_ENTROPY,
) -> GraphSummary:
    """MGE's MoralGraphSummary: the kept edges and the PageRank of the values they connect."""
    kept = tuple(
        edge
        for edge in all_edges(votes)
        if is_kept(
            edge,
            min_wiser=min_wiser,
            min_wiser_likelihood=min_wiser_likelihood,
            max_entropy=max_entropy,
        )
    )
    return GraphSummary(values=mge_pagerank(kept), edges=kept)


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
