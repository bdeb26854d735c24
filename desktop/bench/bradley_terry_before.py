"""The Bradley-Terry fit and vote bootstrap as they stood before pairs were collapsed and refits
batched: the anchor the ranking bench times, and the reference the tests compare estimates with.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from desktop.core.graph.votes import NO_UPGRADE, UPGRADE, Vote

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

PRIOR = 0.1  # precision of the N(0, 1/PRIOR) prior on each log-strength: sd about 3.2
TOLERANCE = 1e-9  # largest change of any score at which the point fit stops
BOOTSTRAP_TOLERANCE = 1e-5  # resampled fits only feed percentiles, so they can stop earlier
MAX_NEWTON_STEPS = 100
MAX_CG_STEPS = 500


class ScoreInterval(NamedTuple):
    """A value's fitted score and the bounds of its bootstrap percentile interval."""

    score: float
    low: float
    high: float


@dataclass(frozen=True)
class _Games:
    """Votes folded onto unordered pairs (first < second), kept per vote for resampling."""

    value_ids: list[str]
    first: Ints
    second: Ints
    vote_pair: Ints
    vote_first_wins: Floats  # the first value's share of the win in each vote


def _games(votes: Iterable[Vote]) -> _Games:
    index: dict[str, int] = {}
    froms, tos, to_wins = [], [], []
    for vote in votes:
        froms.append(index.setdefault(vote.from_value_id, len(index)))
        tos.append(index.setdefault(vote.to_value_id, len(index)))
        to_wins.append(
            1.0 if vote.relationship == UPGRADE else 0.0 if vote.relationship == NO_UPGRADE else 0.5
        )
    source, target = np.array(froms, dtype=np.int64), np.array(tos, dtype=np.int64)
    wins = np.array(to_wins, dtype=float)
    first, second = np.minimum(source, target), np.maximum(source, target)
    first_wins = np.where(source == first, 1.0 - wins, wins)
    n = max(len(index), 1)
    keys, vote_pair = np.unique(first * n + second, return_inverse=True)
    return _Games(list(index), keys // n, keys % n, vote_pair.reshape(-1), first_wins)


def _sum_by(index: Ints, weights: Floats, length: int) -> Floats:
    # np.bincount's stubs promise integers even with float weights; astype(copy=False) is free.
    return np.bincount(index, weights, length).astype(np.float64, copy=False)


def _win_probability(diff: Floats) -> Floats:
    # tanh form of the logistic function: no overflow for large differences.
    result: Floats = 0.5 * (1.0 + np.tanh(0.5 * diff))
    return result


@dataclass(frozen=True)
class _Posterior:
    """The log-posterior of log-strengths given per-pair games played and won by `first`."""

    games: _Games
    played: Floats
    won: Floats
    prior: float

    @classmethod
    def of(cls, games: _Games, vote_weights: Floats, prior: float) -> _Posterior:
        n_pairs = len(games.first)
        won = _sum_by(games.vote_pair, vote_weights * games.vote_first_wins, n_pairs)
        return cls(games, _sum_by(games.vote_pair, vote_weights, n_pairs), won, prior)

    def value(self, theta: Floats) -> float:
        diff = theta[self.games.first] - theta[self.games.second]
        lost = self.played - self.won
        log_lik = -(self.won * np.logaddexp(0.0, -diff) + lost * np.logaddexp(0.0, diff)).sum()
        return float(log_lik - 0.5 * self.prior * theta @ theta)

    def newton_step(self, theta: Floats) -> Floats:
        first, second, n = self.games.first, self.games.second, len(theta)
        p = _win_probability(theta[first] - theta[second])
        surprise = self.won - self.played * p
        gradient = _sum_by(first, surprise, n) - _sum_by(second, surprise, n)
        return self._solve(self.played * p * (1.0 - p), gradient - self.prior * theta)

    def _solve(self, curvature: Floats, rhs: Floats) -> Floats:
        """Conjugate gradient on (weighted Laplacian + prior*I) x = rhs, Jacobi-preconditioned.

        The matrix is only ever applied through the pair list, so memory stays O(pairs).
        """
        first, second, n = self.games.first, self.games.second, len(rhs)
        diagonal = _sum_by(first, curvature, n) + _sum_by(second, curvature, n) + self.prior

        def apply(v: Floats) -> Floats:
            flow = curvature * (v[first] - v[second])
            return _sum_by(first, flow, n) - _sum_by(second, flow, n) + self.prior * v

        x, residual = np.zeros(n), rhs.copy()
        z = residual / diagonal
        direction, rz = z.copy(), float(residual @ z)
        stop = 1e-10 * float(np.linalg.norm(rhs))
        for _ in range(MAX_CG_STEPS):
            if float(np.linalg.norm(residual)) <= stop:
                break
            applied = apply(direction)
            alpha = rz / float(direction @ applied)
            x += alpha * direction
            residual -= alpha * applied
            z = residual / diagonal
            rz, previous = float(residual @ z), rz
            direction = z + (rz / previous) * direction
        return x


def _fit(posterior: _Posterior, *, tolerance: float, start: Floats | None = None) -> Floats:
    """Maximum a posteriori log-strengths by damped Newton, centred to mean 0."""
    theta = np.zeros(len(posterior.games.value_ids)) if start is None else start.copy()
    value = posterior.value(theta)
    for _ in range(MAX_NEWTON_STEPS):
        step = posterior.newton_step(theta)
        if np.abs(step).max(initial=0.0) < tolerance:
            theta = theta + step
            break
        theta, value = _line_search(posterior, theta, step, value)
    centred: Floats = theta - theta.mean()
    return centred


def _line_search(
    posterior: _Posterior, theta: Floats, step: Floats, value: float
) -> tuple[Floats, float]:
    # The posterior is strictly concave, but a full Newton step from far away (an undefeated
    # value starting at 0) can overshoot; halving keeps every step an improvement.
    scale = 1.0
    while True:
        candidate = theta + scale * step
        candidate_value = posterior.value(candidate)
        if candidate_value >= value - 1e-12 * (1.0 + abs(value)) or scale < 1e-6:
            return candidate, candidate_value
        scale /= 2.0


def fit(votes: Iterable[Vote], *, prior: float = PRIOR) -> dict[str, float]:
    """Bradley-Terry log-strength per value id, centred to mean 0."""
    games = _games(votes)
    if not games.value_ids:
        return {}
    posterior = _Posterior.of(games, np.ones(len(games.vote_pair)), prior)
    theta = _fit(posterior, tolerance=TOLERANCE)
    return dict(zip(games.value_ids, theta.tolist(), strict=True))


def fit_counts(
    n_values: int,
    first: Ints,
    second: Ints,
    played: Floats,
    first_won: Floats,
    *,
    prior: float = PRIOR,
    start: Floats | None = None,
) -> Floats:
    """`fit` from games already summed per pair of value indices (0..n_values-1).

    `first_won` is the first value's share of the `played` games ("not sure" counts a half).
    A `start` close to the answer (the previous fit, when a few votes changed) saves steps.
    """
    if n_values == 0:
        return np.zeros(0)
    pairs = np.arange(len(first), dtype=np.int64)
    games = _Games([""] * n_values, first, second, pairs, np.zeros(len(first)))
    posterior = _Posterior(games, played.astype(float), first_won.astype(float), prior)
    return _fit(posterior, tolerance=TOLERANCE, start=start)


def bootstrap_intervals(
    votes: Iterable[Vote],
    samples: int = 200,
    seed: int = 0,
    level: float = 0.95,
    *,
    prior: float = PRIOR,
) -> dict[str, ScoreInterval]:
    """Point score and percentile interval per value, resampling votes with replacement.

    With `samples=0` the interval collapses to the point score.
    """
    games = _games(votes)
    if not games.value_ids:
        return {}
    n_votes = len(games.vote_pair)
    point = _fit(_Posterior.of(games, np.ones(n_votes), prior), tolerance=TOLERANCE)
    draws = np.tile(point, (max(samples, 1), 1))
    rng = np.random.default_rng(seed)
    for sample in range(samples):
        counts = np.bincount(rng.integers(0, n_votes, n_votes), minlength=n_votes).astype(float)
        # Warm start: a resample is close to the full data, so Newton needs few steps from there.
        resampled = _Posterior.of(games, counts, prior)
        draws[sample] = _fit(resampled, tolerance=BOOTSTRAP_TOLERANCE, start=point)
    low, high = np.quantile(draws, [(1.0 - level) / 2.0, (1.0 + level) / 2.0], axis=0)
    return {
        value_id: ScoreInterval(float(s), float(lo), float(hi))
        for value_id, s, lo, hi in zip(games.value_ids, point, low, high, strict=True)
    }
