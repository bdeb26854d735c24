"""The bootstrap: same estimates as before the rewrite, resampling participants or votes,
refits close to exact, and intervals that hold the truth on synthetic studies."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.bench import bradley_terry_before
from desktop.core.graph import bradley_terry, resampling
from desktop.core.graph.bradley_terry import bootstrap_intervals, fit
from desktop.core.graph.coverage import coverage
from desktop.core.graph.ranking import rank
from desktop.core.graph.synthetic import generate_votes, latent_strengths
from desktop.core.graph.votes import Vote


def test_the_fit_matches_the_previous_implementation() -> None:
    votes = generate_votes(300, 4000, seed=2)
    now, before = fit(votes), bradley_terry_before.fit(votes)
    assert list(now) == list(before)
    assert max(abs(now[key] - before[key]) for key in now) < 1e-9


def test_the_fit_recovers_known_strengths() -> None:
    votes = generate_votes(20, 20_000, seed=1, not_sure_rate=0.0)
    truth = latent_strengths(20, seed=1)
    true = np.array([truth[key] for key in sorted(truth)])
    scores = fit(votes)
    fitted = np.array([scores[key] for key in sorted(truth)])
    assert np.abs((true - true.mean()) - fitted).max() < 0.25


def test_each_refit_is_within_a_hundredth_of_the_exact_fit() -> None:
    votes = generate_votes(400, 6000, seed=4)
    games = bradley_terry._games(votes)
    units = resampling.units("participants", games.vote_pair, games.vote_first_wins,
                             games.vote_participant, len(games.first))
    pairs, _, _, point = bradley_terry._point_fit(games, bradley_terry.PRIOR)
    for played, won in resampling.samples(units, 5, seed=3):
        quick = bradley_terry._refit(pairs, played, won, bradley_terry.PRIOR, point)
        exact = bradley_terry.fit_counts(len(point), games.first, games.second, played, won)
        assert np.abs(quick - exact).max() < 2e-2


def _one_person_votes(make_vote, person: str, times: int, source: str, wiser: str,
                      relationship: str = "upgrade") -> list[Vote]:
    # Each about another question, so that none supersedes another.
    return [make_vote(source, wiser, relationship, participant=person, context=f"c{k}")
            for k in range(times)]


def test_resampling_participants_keeps_each_persons_votes_together(make_vote) -> None:
    # Two people who disagree completely: redrawing people gives wide intervals, while redrawing
    # their 40 votes one by one pretends there were 40 independent opinions.
    votes = (_one_person_votes(make_vote, "p1", 20, "a", "b")
             + _one_person_votes(make_vote, "p2", 20, "a", "b", "no_upgrade"))
    people = bootstrap_intervals(votes, samples=200, seed=1)["b"]
    single = bootstrap_intervals(votes, samples=200, seed=1, resample="votes")["b"]
    assert people.high - people.low > 2 * (single.high - single.low)


def test_votes_without_a_participant_are_redrawn_one_by_one(make_vote) -> None:
    anonymous = [make_vote("a", "b", participant="") for _ in range(6)]
    anonymous += [make_vote("a", "b", "no_upgrade", participant="") for _ in range(2)]
    by_person = bootstrap_intervals(anonymous, samples=100, seed=5)
    by_vote = bootstrap_intervals(anonymous, samples=100, seed=5, resample="votes")
    assert by_person["b"].low < by_person["b"].score < by_person["b"].high
    assert by_person["b"].high - by_person["b"].low == pytest.approx(
        by_vote["b"].high - by_vote["b"].low, rel=0.5)


def test_an_unknown_resampling_mode_is_refused(make_vote) -> None:
    with pytest.raises(ValueError, match="participants, votes"):
        bootstrap_intervals(make_vote.many(2, "a", "b"), resample="people")
    with pytest.raises(ValueError):
        bootstrap_intervals([], resample="people")


def test_rank_passes_the_resampling_mode_on(make_vote) -> None:
    votes = (_one_person_votes(make_vote, "p1", 10, "a", "b")
             + _one_person_votes(make_vote, "p2", 10, "a", "b", "no_upgrade"))
    widths = {mode: next(v.bt_high - v.bt_low for v in rank(votes, resample=mode).values
                         if v.value_id == "b") for mode in resampling.RESAMPLE_MODES}
    assert widths["participants"] > 2 * widths["votes"]


@pytest.mark.parametrize("mode", resampling.RESAMPLE_MODES)
def test_intervals_hold_the_true_centred_strengths(mode: str) -> None:
    # 40 studies of 12 values, 60 participants casting 16 votes each; the bench runs 200 and
    # finds about 0.93. Zero-width intervals (no resampling) hold almost nothing.
    assert coverage(40, resample=mode, samples=100).share >= 0.85
    assert coverage(10, resample=mode, samples=0).share < 0.2
