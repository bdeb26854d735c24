"""Synthetic wiser-than votes drawn from a known latent order, for tests and benchmarks."""

from __future__ import annotations

import time

import numpy as np
import numpy.typing as npt

from desktop.core.graph import bradley_terry, mge_summary
from desktop.core.graph.pagerank import pagerank
from desktop.core.graph.votes import NO_UPGRADE, NOT_SURE, UPGRADE, Vote

LATENT_SPREAD = 1.5  # sd of true log-strengths: most pairs are clear, some are close calls
NOT_SURE_RATE = 0.1
START = np.datetime64("2024-01-01T00:00:00", "s")


def value_id(index: int) -> str:
    """The id of synthetic value `index`."""
    return f"value-{index:05d}"


def _strengths(n_values: int, seed: int) -> npt.NDArray[np.float64]:
    # Separate streams for truth and votes, so the truth does not depend on the vote count.
    strengths: npt.NDArray[np.float64] = np.random.default_rng([seed, 0]).normal(
        0.0, LATENT_SPREAD, n_values
    )
    return strengths


def latent_strengths(n_values: int, seed: int = 0) -> dict[str, float]:
    """The true log-strength of each value behind `generate_votes(n_values, ..., seed=seed)`."""
    return {value_id(i): s for i, s in enumerate(_strengths(n_values, seed).tolist())}


def _pair_pool(
    rng: np.random.Generator, n_values: int, pairs_per_value: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    # MGE shows each proposed upgrade to several people, so votes repeat over a limited pool.
    size = max(1, n_values * pairs_per_value)
    sources = rng.integers(0, n_values, size)
    offsets = rng.integers(1, n_values, size)  # never 0: a value is not paired with itself
    return sources, (sources + offsets) % n_values


def generate_votes(
    n_values: int,
    n_votes: int,
    n_contexts: int = 3,
    n_participants: int | None = None,
    seed: int = 0,
    *,
    pairs_per_value: int = 2,
    not_sure_rate: float = NOT_SURE_RATE,
) -> list[Vote]:
    """Votes whose answers follow Bradley-Terry odds of `latent_strengths(n_values, seed)`.

    Participants default to one per 10 votes; timestamps are 7 s apart from 2024-01-01 UTC.
    "Not sure" answers come at `not_sure_rate` whatever the strengths (so, counted as half a
    win each, they pull fitted scores towards 0: a known bias, absent at rate 0).
    """
    if n_values < 2:
        raise ValueError("need at least two values to compare")
    rng = np.random.default_rng([seed, 1])
    strengths = _strengths(n_values, seed)
    pool_from, pool_to = _pair_pool(rng, n_values, pairs_per_value)
    pool_context = rng.integers(0, max(n_contexts, 1), len(pool_from))
    picked = rng.integers(0, len(pool_from), n_votes)
    sources, targets = pool_from[picked], pool_to[picked]
    upgrade_odds = 1.0 / (1.0 + np.exp(strengths[sources] - strengths[targets]))
    draw = rng.random(n_votes)
    unsure = rng.random(n_votes) < not_sure_rate
    relationship = np.where(unsure, NOT_SURE, np.where(draw < upgrade_odds, UPGRADE, NO_UPGRADE))
    participants = rng.integers(0, n_participants or max(1, n_votes // 10), n_votes)
    stamps = np.datetime_as_string(START + 7 * np.arange(n_votes), unit="s")
    return [
        Vote(
            f"vote-{k:07d}",
            f"participant-{p:05d}",
            f"context-{c}",
            value_id(a),
            value_id(b),
            r,
            f"{t}Z",
        )
        for k, (p, c, a, b, r, t) in enumerate(
            zip(
                participants.tolist(),
                pool_context[picked].tolist(),
                sources.tolist(),
                targets.tolist(),
                relationship.tolist(),
                stamps.tolist(),
                strict=True,
            )
        )
    ]


def time_ranking(
    n_values: int = 10_000, n_votes: int = 200_000, bootstrap_samples: int = 200
) -> dict[str, float]:
    """Seconds taken by each ranking method on synthetic votes (generation is not timed)."""
    votes = generate_votes(n_values, n_votes)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    summary = mge_summary.summarize(votes)
    timings["mge_summary_and_pagerank"] = time.perf_counter() - start
    start = time.perf_counter()
    value_ids = sorted({v for vote in votes for v in (vote.from_value_id, vote.to_value_id)})
    pagerank(
        value_ids,
        ((e.source_value_id, e.wiser_value_id, e.wiser_likelihood) for e in summary.edges),
    )
    timings["pagerank"] = time.perf_counter() - start
    start = time.perf_counter()
    bradley_terry.fit(votes)
    timings["bradley_terry_fit"] = time.perf_counter() - start
    start = time.perf_counter()
    bradley_terry.bootstrap_intervals(votes, samples=bootstrap_samples)
    timings["bootstrap"] = time.perf_counter() - start
    return timings
