"""The ranking entry point: filters, the side-by-side scores, and bridging values."""

from __future__ import annotations

import pytest

from desktop.core.graph.ranking import bridging, groups_moving_towards, rank


def test_rank_puts_the_value_everyone_moves_to_first(make_vote) -> None:
    votes = (
        make_vote.many(2, "a", "w")
        + make_vote.many(2, "b", "w")
        + make_vote.many(2, "c", "w")
        + make_vote.many(1, "a", "b")
    )
    ranking = rank(votes, bootstrap_samples=20)
    assert [v.value_id for v in ranking.values][0] == "w"
    top = ranking.values[0]
    assert top.votes_for == 6 and top.votes_against == 0
    assert top.bt_low <= top.bt_score <= top.bt_high
    assert top.bt_score == max(v.bt_score for v in ranking.values)
    assert {(e.source_value_id, e.wiser_value_id) for e in ranking.edges} == {
        ("a", "w"),
        ("b", "w"),
        ("c", "w"),
    }


def test_rank_sorts_by_pagerank_and_marks_values_outside_the_mge_graph(make_vote) -> None:
    votes = make_vote.many(2, "a", "b") + [make_vote("c", "d", "no_upgrade")]
    ranking = rank(votes, bootstrap_samples=0)
    scores = [v.pagerank for v in ranking.values]
    assert scores == sorted(scores, reverse=True)
    assert sum(scores) == pytest.approx(1.0)
    by_id = {v.value_id: v for v in ranking.values}
    assert by_id["c"].mge_pagerank is None and by_id["d"].mge_pagerank is None
    assert by_id["b"].mge_pagerank == pytest.approx(0.075 + 0.85 * 0.075)  # MGE: no dangling fix
    # "No upgrade" from c to d is a vote that c was the wiser one.
    assert (by_id["c"].votes_for, by_id["c"].votes_against) == (1, 0)
    assert (by_id["d"].votes_for, by_id["d"].votes_against) == (0, 1)


def test_rank_filters_by_context_participants_and_time(make_vote) -> None:
    early = make_vote("a", "b", participant="p1", context="c1", at="2024-01-01T09:00:00Z")
    late = make_vote("a", "c", participant="p2", context="c1", at="2024-01-02T09:00:00Z")
    elsewhere = make_vote("x", "y", participant="p1", context="c2", at="2024-01-01T09:00:00Z")
    votes = [early, late, elsewhere]

    def ids(**filters):
        return {v.value_id for v in rank(votes, bootstrap_samples=0, **filters).values}

    assert ids() == {"a", "b", "c", "x", "y"}
    assert ids(context="c1") == {"a", "b", "c"}
    assert ids(participant_ids={"p2"}) == {"a", "c"}
    assert ids(as_of="2024-01-01T12:00:00Z") == {"a", "b", "x", "y"}


def test_rank_counts_only_the_latest_answer_as_it_stood_at_the_time(make_vote) -> None:
    said_yes = make_vote("a", "b", "upgrade", participant="p1", at="2024-01-01T09:00:00Z")
    said_no = make_vote("a", "b", "no_upgrade", participant="p1", at="2024-01-03T09:00:00Z")
    now = {v.value_id: v for v in rank([said_yes, said_no], bootstrap_samples=0).values}
    assert (now["b"].votes_for, now["b"].votes_against) == (0, 1)
    then = {
        v.value_id: v
        for v in rank([said_yes, said_no], as_of="2024-01-02T00:00:00Z", bootstrap_samples=0).values
    }
    assert (then["b"].votes_for, then["b"].votes_against) == (1, 0)


def test_rank_of_no_votes_is_empty() -> None:
    ranking = rank([])
    assert ranking.values == [] and ranking.edges == []


def test_bridging_needs_two_groups_and_sorts_by_groups_then_votes(make_vote) -> None:
    group_of = {"r1": "red", "r2": "red", "b1": "blue", "g1": "green"}
    votes = [
        make_vote("a", "x", participant="r1"),
        make_vote("a", "x", participant="b1"),
        make_vote("b", "x", participant="g1"),
        make_vote("a", "y", participant="r1"),
        make_vote("b", "y", participant="r2"),
        make_vote("c", "y", participant="b1"),
        make_vote("a", "z", participant="r1"),
        make_vote("b", "z", participant="r2"),
        make_vote("a", "u", participant="r1"),
        make_vote("a", "u", participant="b1", relationship="no_upgrade"),
        make_vote("a", "v", participant="r1"),
        make_vote("a", "v", participant="nobody"),
    ]
    assert bridging(votes, group_of) == [("x", ("blue", "green", "red")), ("y", ("blue", "red"))]


def test_bridging_uses_the_latest_answer(make_vote) -> None:
    group_of = {"r1": "red", "b1": "blue"}
    votes = [
        make_vote("a", "x", participant="r1"),
        make_vote("a", "x", participant="b1", at="2024-01-01T00:00:00Z"),
        make_vote("a", "x", "not_sure", participant="b1", at="2024-02-01T00:00:00Z"),
    ]
    assert bridging(votes, group_of) == []


def test_groups_moving_towards_names_every_group_of_upgrades(make_vote) -> None:
    group_of = {"r1": "red", "r2": "red", "b1": "blue"}
    votes = [
        make_vote("a", "x", participant="r1"),
        make_vote("b", "x", participant="b1"),
        make_vote("a", "y", participant="r2"),
        make_vote("a", "z", "no_upgrade", participant="b1"),
        make_vote("a", "w", participant="nobody"),
    ]
    assert groups_moving_towards(votes, group_of) == {"x": ("blue", "red"), "y": ("red",)}
