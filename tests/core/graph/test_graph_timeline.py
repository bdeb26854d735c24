"""The replay timeline: every step equals ranking the votes cast so far, however it is reached."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from desktop.core.graph import bradley_terry, rank
from desktop.core.graph.synthetic import generate_votes
from desktop.core.graph.timeline import GraphState, Timeline
from desktop.core.graph.votes import Vote, latest_votes
from tests.support.graph import VoteFactory


def assert_matches_rank(state: GraphState, votes: list[Vote]) -> None:
    reference = rank(votes, bootstrap_samples=0)
    assert int(state.present.sum()) == len(reference.values)
    assert int(state.edges.kept.sum()) == len(reference.edges)
    for value in reference.values:
        i = list(state.value_ids).index(value.value_id)
        assert state.pagerank[i] == pytest.approx(value.pagerank, abs=1e-9)
        if value.mge_pagerank is None:
            assert math.isnan(state.mge_pagerank[i])
        else:
            assert state.mge_pagerank[i] == pytest.approx(value.mge_pagerank, abs=1e-12)
        assert state.bt_score[i] == pytest.approx(value.bt_score, abs=1e-6)
        assert (state.votes_for[i], state.votes_against[i]) == (value.votes_for,
                                                                 value.votes_against)


def test_every_step_reached_in_any_order_matches_ranking_the_votes_so_far() -> None:
    # Few participants on few pairs: many answers are superseded by a changed mind.
    votes = generate_votes(12, 300, n_contexts=2, n_participants=6, seed=5)
    timeline = Timeline(reversed(votes))  # input order must not matter
    steps = [300, 7, 150, 0, 299, 151, 152, 40, 300]
    for step in steps:
        state = timeline.seek(step)
        assert state.step == step
        if step == 0:
            assert not state.present.any() and len(state.edges.source) == 0
        else:
            assert_matches_rank(state, timeline.votes[:step])


def test_a_changed_mind_supersedes_only_from_its_own_step(make_vote: VoteFactory) -> None:
    first = make_vote("a", "b", "upgrade", participant="p1")
    between = make_vote("x", "y")
    changed = make_vote("a", "b", "no_upgrade", participant="p1")
    timeline = Timeline([changed, between, first])
    a = timeline.value_ids.index("a")
    assert timeline.seek(1).votes_against[a] == 1  # the first answer counts
    state = timeline.seek(3)
    assert (state.votes_for[a], state.votes_against[a], state.active_votes) == (1, 0, 2)
    assert timeline.seek(2).votes_against[a] == 1  # stepping back restores it


def test_steps_follow_time_then_id_and_step_at_finds_a_moment(make_vote: VoteFactory) -> None:
    late = make_vote("a", "b", at="2024-01-02T00:00:00Z", vote_id="v2")
    early = make_vote("b", "c", at="2024-01-01T00:00:00+00:00", vote_id="v9")
    tie = make_vote("c", "a", at="2024-01-02T00:00:00Z", vote_id="v1")
    timeline = Timeline([late, early, tie])
    assert [v.id for v in timeline.votes] == ["v9", "v1", "v2"]
    assert timeline.moment(0) == "" and timeline.moment(3) == "2024-01-02T00:00:00Z"
    assert timeline.step_at("2024-01-01T12:00:00Z") == 1
    assert timeline.step_at("2024-01-02T00:00:00Z") == 3
    assert timeline.step_at("2023-12-31T00:00:00Z") == 0


def test_appending_a_newer_vote_keeps_the_step_and_older_states() -> None:
    votes = generate_votes(20, 200, seed=2)
    timeline = Timeline(votes[:150])
    before = timeline.seek(150)
    assert timeline.append(votes[150:])
    assert timeline.step == 150 and len(timeline) == 200
    assert_matches_rank(timeline.seek(200), votes)
    assert before.step == 150 and int(before.present.sum()) > 0  # a snapshot, not a view


def test_appending_a_vote_from_the_past_rebuilds(make_vote: VoteFactory) -> None:
    newer = make_vote("a", "b", at="2024-02-01T00:00:00Z")
    older = make_vote("b", "c", at="2024-01-01T00:00:00Z")
    timeline = Timeline([newer])
    timeline.seek(1)
    assert not timeline.append([older])
    assert timeline.step == 0 and [v.id for v in timeline.votes] == [older.id, newer.id]


def test_random_walks_of_the_slider_agree_with_a_fresh_timeline() -> None:
    votes = generate_votes(40, 600, n_participants=20, seed=9)
    walker, rng = Timeline(votes), random.Random(4)
    for _ in range(25):
        step = rng.randrange(0, 601)
        state, fresh = walker.seek(step), Timeline(votes).seek(step)
        np.testing.assert_array_equal(state.present, fresh.present)
        np.testing.assert_allclose(state.pagerank, fresh.pagerank, atol=1e-12)
        np.testing.assert_allclose(state.bt_score, fresh.bt_score, atol=1e-6)
        np.testing.assert_array_equal(state.edges.counts, fresh.edges.counts)


def test_fit_counts_equals_fitting_the_votes() -> None:
    votes = generate_votes(15, 200, seed=1)
    timeline = Timeline(votes)
    state = timeline.seek(200)
    expected = bradley_terry.fit(latest_votes(votes))
    for value_id, score in expected.items():
        assert state.bt_score[list(state.value_ids).index(value_id)] == pytest.approx(score,
                                                                                    abs=1e-6)
    assert bradley_terry.fit_counts(0, *(np.zeros(0, np.int64),) * 2,
                                    np.zeros(0), np.zeros(0)).size == 0


def test_scores_by_measure_name() -> None:
    state = Timeline(generate_votes(10, 80, seed=3)).seek(80)
    for measure in ("pagerank", "mge_pagerank", "bt_score"):
        assert state.score(measure) is getattr(state, measure)


def test_standing_votes_at_any_step_are_the_latest_answers_so_far() -> None:
    votes = generate_votes(12, 300, n_contexts=2, n_participants=6, seed=5)
    timeline = Timeline(votes)
    for step in (300, 0, 41, 299, 150):
        timeline.seek(step)
        expected = latest_votes(timeline.votes[:step])
        assert timeline.standing() == expected
