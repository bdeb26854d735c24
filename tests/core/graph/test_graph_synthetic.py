"""Synthetic votes: reproducible, shaped like MGE's, and the rankings recover their latent order."""

from __future__ import annotations

import numpy as np

from desktop.core.graph.ranking import rank
from desktop.core.graph.synthetic import generate_votes, latent_strengths, time_ranking


def _spearman(first: list[float], second: list[float]) -> float:
    # Scores here are continuous, so ties are not a concern and plain ranks do.
    first_ranks = np.argsort(np.argsort(first))
    second_ranks = np.argsort(np.argsort(second))
    return float(np.corrcoef(first_ranks, second_ranks)[0, 1])


def test_votes_are_reproducible_and_well_formed() -> None:
    votes = generate_votes(20, 300, n_contexts=2, n_participants=15, seed=4)
    assert votes == generate_votes(20, 300, n_contexts=2, n_participants=15, seed=4)
    assert votes != generate_votes(20, 300, n_contexts=2, n_participants=15, seed=5)
    assert len(votes) == 300
    assert {v.context_id for v in votes} == {"context-0", "context-1"}
    assert len({v.participant_id for v in votes}) <= 15
    assert {v.relationship for v in votes} == {"upgrade", "no_upgrade", "not_sure"}
    assert [v.created_at for v in votes] == sorted(v.created_at for v in votes)
    assert votes[0].created_at == "2024-01-01T00:00:00Z"


def test_bradley_terry_recovers_the_latent_order() -> None:
    truth = latent_strengths(30, seed=0)
    ranking = rank(generate_votes(30, 600, seed=0), bootstrap_samples=10)
    ids = [value.value_id for value in ranking.values]
    fitted = [value.bt_score for value in ranking.values]
    assert _spearman([truth[value_id] for value_id in ids], fitted) > 0.8


def test_time_ranking_reports_every_stage() -> None:
    timings = time_ranking(n_values=50, n_votes=500, bootstrap_samples=3)
    assert set(timings) == {
        "mge_summary_and_pagerank",
        "pagerank",
        "bradley_terry_fit",
        "bootstrap",
    }
    assert all(seconds >= 0 for seconds in timings.values())
