"""Our PageRank: hand-computed small graphs, dangling mass kept, agreement with networkx."""

from __future__ import annotations

import importlib.util

import networkx as nx
import numpy as np
import pytest

from desktop.core.graph.pagerank import pagerank


def _networkx_reference(nodes, edges) -> dict[str, float]:
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from(edges)
    if importlib.util.find_spec("scipy") is not None:
        return dict(nx.pagerank(graph, alpha=0.85, tol=1e-13, max_iter=1000))
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    return dict(_pagerank_python(graph, alpha=0.85, tol=1e-13, max_iter=1000))


def test_chain_is_hand_computed() -> None:
    # c is dangling; its rank is spread evenly. s = 1 / (3 + 2d + d^2), d = 0.85:
    # a = s, b = s(1 + d), c = s(1 + d + d^2).
    scores = pagerank(["a", "b", "c"], [("a", "b", 1.0), ("b", "c", 1.0)])
    assert scores == pytest.approx(
        {"a": 0.18441678192715535, "b": 0.34117104656523745, "c": 0.4744121715076071}
    )


def test_weights_split_the_rank_a_value_passes_on() -> None:
    # a sends 1/4 of its rank to b and 3/4 to c; b and c dangle. s = 1 / (3 + d):
    # a = s, b = s(1 + d/4), c = s(1 + 3d/4).
    scores = pagerank(["a", "b", "c"], [("a", "b", 0.5), ("a", "c", 1.5)])
    assert scores == pytest.approx(
        {"a": 0.2597402597402597, "b": 0.3149350649350649, "c": 0.42532467532467527}
    )


def test_cycle_is_uniform() -> None:
    scores = pagerank(["a", "b", "c"], [("a", "b", 0.5), ("b", "c", 0.5), ("c", "a", 0.5)])
    assert scores == pytest.approx({"a": 1 / 3, "b": 1 / 3, "c": 1 / 3})


def test_a_value_everyone_moves_to_ranks_first() -> None:
    edges = [(loser, "w", 1.0) for loser in ("a", "b", "c")] + [("a", "b", 0.4)]
    scores = pagerank(["a", "b", "c", "w"], edges)
    assert max(scores, key=scores.__getitem__) == "w"


def test_values_without_edges_are_nodes_and_scores_sum_to_one() -> None:
    scores = pagerank(["a", "b", "lonely"], [("a", "b", 1.0)])
    # Three nodes, a and lonely only get the teleport share plus spread dangling rank.
    assert scores["lonely"] == pytest.approx(scores["a"])
    assert scores["lonely"] > 0
    assert sum(scores.values()) == pytest.approx(1.0)


def test_edge_ends_missing_from_the_node_list_are_added() -> None:
    assert set(pagerank(["a"], [("a", "b", 1.0)])) == {"a", "b"}
    assert pagerank([], []) == {}


def test_negative_weights_are_refused() -> None:
    with pytest.raises(ValueError, match="non-negative"):
        pagerank(["a", "b"], [("a", "b", -0.5)])


@pytest.mark.parametrize("seed", range(5))
def test_agrees_with_networkx_on_random_graphs(seed: int) -> None:
    rng = np.random.default_rng(seed)
    nodes = [f"v{i}" for i in range(12)]
    edges, seen = [], set()
    for _ in range(20):
        a, b = rng.choice(12, 2, replace=False)
        if (a, b) not in seen:  # networkx keeps one edge per ordered pair
            seen.add((a, b))
            edges.append((nodes[a], nodes[b], float(rng.uniform(0.33, 1.0))))
    assert pagerank(nodes, edges) == pytest.approx(_networkx_reference(nodes, edges), abs=1e-9)
