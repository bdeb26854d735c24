"""Bradley-Terry: hand-checked two-value fits, ties, chains, undefeated values, the bootstrap."""

from __future__ import annotations

import math

import numpy as np
import pytest

from desktop.core.graph import bradley_terry
from desktop.core.graph.bradley_terry import PRIOR, bootstrap_intervals, fit
from desktop.core.graph.synthetic import generate_votes


def test_two_values_match_the_win_ratio_with_a_negligible_prior(make_vote) -> None:
    # b wins 3 (upgrades a->b), a wins 1: strength ratio 3, log-difference log(3) = 1.0986.
    votes = make_vote.many(3, "a", "b") + make_vote.many(1, "a", "b", "no_upgrade")
    scores = fit(votes, prior=1e-9)
    assert scores["b"] - scores["a"] == pytest.approx(math.log(3), abs=1e-6)
    assert scores["a"] + scores["b"] == pytest.approx(0.0, abs=1e-12)


def test_not_sure_is_half_a_win_each(make_vote) -> None:
    # b: 1 + 0.5 + 0.5 = 2 wins, a: 0.5 + 0.5 = 1 win; ratio 2.
    votes = make_vote.many(1, "a", "b") + make_vote.many(2, "a", "b", "not_sure")
    scores = fit(votes, prior=1e-9)
    assert scores["b"] - scores["a"] == pytest.approx(math.log(2), abs=1e-6)


def test_default_prior_solves_the_hand_written_stationarity_condition(make_vote) -> None:
    # With b = t, a = -t the posterior is stationary where 3 - 4*sigmoid(2t) - PRIOR*t = 0.
    votes = make_vote.many(3, "a", "b") + make_vote.many(1, "a", "b", "no_upgrade")
    t = fit(votes)["b"]
    assert 3 - 4 / (1 + math.exp(-2 * t)) - PRIOR * t == pytest.approx(0.0, abs=1e-9)
    assert 0 < 2 * t < math.log(3)  # the prior shrinks the gap


def test_a_tie_gives_equal_scores_and_overlapping_intervals(make_vote) -> None:
    votes = make_vote.many(3, "a", "b") + make_vote.many(3, "a", "b", "no_upgrade")
    intervals = bootstrap_intervals(votes, samples=50, seed=1)
    assert intervals["a"].score == pytest.approx(intervals["b"].score, abs=1e-9)
    assert intervals["a"].score == pytest.approx(0.0, abs=1e-9)
    assert intervals["a"].low < intervals["b"].high and intervals["b"].low < intervals["a"].high


def test_a_chain_gives_a_monotone_order(make_vote) -> None:
    chain = ["a", "b", "c", "d", "e"]
    votes = []
    for lower, higher in zip(chain, chain[1:], strict=False):
        votes += make_vote.many(3, lower, higher) + make_vote.many(1, lower, higher, "no_upgrade")
    scores = fit(votes)
    assert sorted(chain, key=scores.__getitem__) == chain
    assert sum(scores.values()) == pytest.approx(0.0, abs=1e-9)


def test_an_undefeated_value_is_finite_and_first(make_vote) -> None:
    votes = [vote for loser in ("a", "b", "c") for vote in make_vote.many(4, loser, "w")]
    votes += make_vote.many(2, "a", "b") + make_vote.many(1, "b", "c", "no_upgrade")
    scores = fit(votes)
    assert all(math.isfinite(score) for score in scores.values())
    assert max(scores, key=scores.__getitem__) == "w"
    assert scores["w"] < 10


def test_disconnected_groups_stay_finite_and_centred(make_vote) -> None:
    votes = make_vote.many(5, "a", "b") + make_vote.many(5, "x", "y")
    scores = fit(votes)
    assert scores["b"] == pytest.approx(scores["y"])
    assert scores["b"] > 0 > scores["a"]
    assert sum(scores.values()) == pytest.approx(0.0, abs=1e-12)


def test_bootstrap_brackets_the_score_and_repeats_with_the_seed(make_vote) -> None:
    votes = (
        make_vote.many(6, "a", "b")
        + make_vote.many(2, "a", "b", "no_upgrade")
        + make_vote.many(3, "b", "c")
        + make_vote.many(1, "c", "a", "not_sure")
    )
    first = bootstrap_intervals(votes, samples=40, seed=7, level=0.9)
    assert first == bootstrap_intervals(votes, samples=40, seed=7, level=0.9)
    for interval in first.values():
        assert interval.low <= interval.score <= interval.high
        assert interval.low < interval.high
    assert first != bootstrap_intervals(votes, samples=40, seed=8, level=0.9)


def test_no_samples_collapses_the_interval_and_no_votes_is_empty(make_vote) -> None:
    votes = make_vote.many(2, "a", "b")
    interval = bootstrap_intervals(votes, samples=0)["b"]
    assert interval.low == interval.score == interval.high
    assert fit([]) == {} and bootstrap_intervals([]) == {}


def test_point_fit_is_at_a_stationary_point_on_a_random_graph() -> None:
    votes = generate_votes(200, 3000, seed=3)
    games = bradley_terry._games(votes)
    scores = fit(votes)
    theta = np.array([scores[value_id] for value_id in games.value_ids])
    played = np.bincount(games.vote_pair, minlength=len(games.first)).astype(float)
    won = np.bincount(games.vote_pair, games.vote_first_wins, len(games.first))
    p = 1 / (1 + np.exp(-(theta[games.first] - theta[games.second])))
    surprise = won - played * p
    n = len(theta)
    # The gradient of the log-posterior: data term minus the prior's pull towards 0.
    gradient = (
        np.bincount(games.first, surprise, n)
        - np.bincount(games.second, surprise, n)
        - PRIOR * theta
    )
    assert np.abs(gradient).max() < 1e-8
