"""The incremental timeline (a step applies only its difference, PageRank is reused when no kept
edge changed, the Bradley-Terry fit may wait) equals counting from the start, at every step of
random walks over random vote streams."""

from __future__ import annotations

import random

import numpy as np
import pytest

from desktop.core.graph.synthetic import generate_votes
from desktop.core.graph.timeline import GraphState, Timeline, VotesSoFar
from desktop.core.graph.votes import Vote


def assert_same_state(walked: GraphState, fresh: GraphState) -> None:
    assert (walked.step, walked.moment, walked.active_votes) == (
        fresh.step, fresh.moment, fresh.active_votes)
    assert list(walked.value_ids) == list(fresh.value_ids)
    np.testing.assert_array_equal(walked.present, fresh.present)
    for name in ("source", "target", "counts", "kept", "reverse"):
        np.testing.assert_array_equal(getattr(walked.edges, name), getattr(fresh.edges, name))
    edges = walked.edges  # every pair voted on is there both ways round
    np.testing.assert_array_equal(edges.source[edges.reverse], edges.target)
    np.testing.assert_array_equal(edges.target[edges.reverse], edges.source)
    np.testing.assert_allclose(walked.edges.wiser_likelihood, fresh.edges.wiser_likelihood,
                               atol=1e-12)
    np.testing.assert_allclose(walked.edges.entropy, fresh.edges.entropy, atol=1e-12)
    np.testing.assert_allclose(walked.pagerank, fresh.pagerank, atol=1e-9)
    np.testing.assert_allclose(walked.mge_pagerank, fresh.mge_pagerank, atol=1e-12)
    np.testing.assert_array_equal(walked.votes_for, fresh.votes_for)
    np.testing.assert_array_equal(walked.votes_against, fresh.votes_against)


def random_stream(rng: random.Random) -> list[Vote]:
    """Few values and people (many changed minds) or many values (a sparse graph)."""
    values = rng.choice([4, 8, 25, 60])
    return generate_votes(values, rng.randrange(50, 400), n_contexts=rng.randrange(1, 3),
                          n_participants=rng.choice([3, 8, 40]), seed=rng.randrange(10**6))


def next_step(rng: random.Random, step: int, total: int) -> int:
    page = max(1, total // 20)
    move = rng.choice(["forward", "back", "page forward", "page back", "jump", "end", "start"])
    return {"forward": step + 1, "back": step - 1, "page forward": step + page,
            "page back": step - page, "jump": rng.randrange(0, total + 1), "end": total,
            "start": 0}[move]


@pytest.mark.parametrize("seed", range(12))
def test_random_walks_equal_counting_from_the_start(seed: int) -> None:
    rng = random.Random(seed)
    votes = random_stream(rng)
    known = rng.randrange(len(votes) // 2, len(votes))  # the rest arrive live, later
    walker, step = Timeline(votes[:known]), known
    for move in range(60):
        if move == 30:
            assert walker.append(votes[known:])  # newer votes: the walk goes on where it was
        step = max(0, min(next_step(rng, step, len(walker)), len(walker)))
        fit = rng.random() < 0.3
        walked = walker.seek(step, fit=fit)
        fresh = Timeline(walker.votes).seek(step)
        assert_same_state(walked, fresh)
        assert walked.bt_current or not fit
        if fit:
            np.testing.assert_allclose(walked.bt_score, fresh.bt_score, atol=1e-6)
        # A fit made later, at the rest, is the fit of the step shown.
        np.testing.assert_allclose(walker.fit().bt_score, fresh.bt_score, atol=1e-6)


def test_a_single_step_rarely_recomputes_pagerank() -> None:
    votes = generate_votes(300, 6000, seed=3)
    timeline = Timeline(votes)
    timeline.seek(3000)
    before = timeline.pagerank_runs
    for step in range(3001, 3201):
        timeline.seek(step, fit=False)
    runs = timeline.pagerank_runs - before
    # Only a vote that makes, breaks or reweighs a kept edge, or brings a new value, needs it.
    assert 0 < runs < 200
    fresh = Timeline(votes).seek(3200)
    np.testing.assert_allclose(timeline.seek(3200).pagerank, fresh.pagerank, atol=1e-9)


def test_a_deferred_fit_shows_the_last_fit_until_made() -> None:
    votes = generate_votes(20, 300, seed=4)
    timeline = Timeline(votes)
    fitted = timeline.seek(200)
    moved = timeline.seek(260, fit=False)
    assert fitted.bt_current and not moved.bt_current
    was_there = fitted.present & moved.present
    np.testing.assert_array_equal(moved.bt_score[was_there], fitted.bt_score[was_there])
    assert np.isnan(moved.bt_score[~moved.present]).all()
    assert timeline.fit().bt_current


def test_votes_so_far_is_a_view_that_reads_like_the_slice() -> None:
    votes = generate_votes(10, 50, seed=5)
    timeline = Timeline(votes)
    timeline.seek(30)
    view = timeline.votes_so_far()
    assert isinstance(view, VotesSoFar) and len(view) == 30
    assert list(view) == timeline.votes[:30] and view[-1] == timeline.votes[29]
    assert view[5:8] == timeline.votes[5:8]
    with pytest.raises(IndexError):
        view[30]  # noqa: B018 (the lookup is the test)
    later = generate_votes(10, 5, seed=6)
    timeline.append([Vote(f"late-{v.id}", v.participant_id, v.context_id, v.from_value_id,
                          v.to_value_id, v.relationship, "2099-01-01T00:00:00Z")
                     for v in later])
    assert len(view) == 30 and list(view) == timeline.votes[:30]  # appending leaves it be
