"""Stable layout: deterministic for a seed, newcomers placed near neighbours, nobody else moves."""

from __future__ import annotations

import numpy as np

from desktop.core.graph.layout import LayoutEdges, StableLayout, force_layout, normalise_edges
from desktop.core.graph.synthetic import generate_votes


def chain(n: int) -> list[tuple[str, str, float]]:
    return [(f"v{i}", f"v{i + 1}", 1.0) for i in range(n - 1)]


def ids(n: int) -> list[str]:
    return [f"v{i}" for i in range(n)]


def test_same_seed_same_positions_whatever_the_input_order() -> None:
    first, second = StableLayout(seed=3), StableLayout(seed=3)
    first.relayout(ids(30), chain(30))
    second.relayout(list(reversed(ids(30))), list(reversed(chain(30))))
    assert first.positions() == second.positions()
    other = StableLayout(seed=4)
    other.relayout(ids(30), chain(30))
    assert other.positions() != first.positions()


def test_placing_a_newcomer_moves_nobody_else_and_puts_it_near_its_neighbour() -> None:
    layout = StableLayout(seed=1)
    layout.relayout(ids(40), chain(40))
    before = layout.positions()
    placed = layout.place([*ids(40), "new"], [*chain(40), ("new", "v7", 1.0)])
    assert placed == ["new"]
    after = layout.positions()
    assert all(after[v] == before[v] for v in before)
    spacing = np.median([np.hypot(*np.subtract(before[a], before[b])) for a, b, _ in chain(40)])
    assert np.hypot(*np.subtract(after["new"], after["v7"])) < 2.5 * spacing


def test_a_newcomer_without_neighbours_goes_outside_the_picture() -> None:
    layout = StableLayout()
    layout.relayout(ids(20), chain(20))
    centre = layout.array(ids(20)).mean(axis=0)
    radius = np.hypot(*(layout.array(ids(20)) - centre).T).max()
    layout.place(["loner"], [], iterations=0)
    assert np.hypot(*np.subtract(layout.position("loner"), centre)) > radius


def test_placing_again_is_a_no_op_and_placing_from_empty_works() -> None:
    layout = StableLayout()
    assert layout.place(["a", "b", "c"], [("a", "b", 2.0), ("b", "c", 1.0)]) == ["a", "b", "c"]
    snapshot = layout.positions()
    assert layout.place(["a", "b"], [("a", "b", 5.0)]) == []
    assert layout.positions() == snapshot and len(layout) == 3 and "b" in layout


def test_values_are_spread_out_not_piled_up() -> None:
    votes = generate_votes(300, 3000, seed=2)
    edges = [(v.from_value_id, v.to_value_id, 1.0) for v in votes]
    layout = StableLayout()
    value_ids = sorted({x for v in votes for x in (v.from_value_id, v.to_value_id)})
    layout.relayout(value_ids, edges)
    positions = layout.array(value_ids)
    gaps = np.hypot(*(positions[:, None] - positions[None]).transpose(2, 0, 1))
    np.fill_diagonal(gaps, np.inf)
    assert np.median(gaps.min(axis=1)) > 0.3
    assert np.isfinite(positions).all()


def test_large_graphs_stay_finite_and_spread() -> None:
    votes = generate_votes(3500, 12000, seed=1)
    edges = [(v.from_value_id, v.to_value_id, 1.0) for v in votes]
    value_ids = sorted({x for v in votes for x in (v.from_value_id, v.to_value_id)})
    layout = StableLayout()
    layout.relayout(value_ids, edges, iterations=40)
    positions = layout.array(value_ids)
    assert np.isfinite(positions).all()
    assert np.ptp(positions, axis=0).min() > 10  # not collapsed onto a point


def test_edges_are_undirected_and_summed() -> None:
    assert normalise_edges([("b", "a", 1.0), ("a", "b", 2.0), ("a", "a", 9.0)]) == {
        ("a", "b"): 3.0}
    built = LayoutEdges.build({"a": 0, "b": 1}, [("a", "b", 4.0), ("a", "zz", 1.0)])
    assert built.first.tolist() == [0] and built.weight.tolist() == [1.0]
    assert force_layout(0, built).shape == (0, 2)
