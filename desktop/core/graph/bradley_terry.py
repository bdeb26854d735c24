"""Bradley-Terry strengths of values from wiser-than votes, with bootstrap intervals.

Each vote A -> B is a game between A and B: "upgrade" is a win for B, "no_upgrade" a win for A
(the participant judged that moving to B was not wiser), "not_sure" half a win each. Scores are
log-strengths, fitted by Newton's method with a small Gaussian (L2) prior so that values that never
lost, or never met the rest of the graph, stay finite; they are centred to mean 0.

Votes are collapsed to games played and won per unordered pair first, so a fit costs O(pairs),
not O(votes); a bootstrap sample is a weight vector over those pairs (see `resampling`), refitted
from the full-data fit, which is close, so Newton needs few steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import scipy.sparse as sparse

from desktop.core.graph import resampling

try:  # the kernel behind csr_matrix @ vector; a scipy without it takes the operator
    from scipy.sparse._sparsetools import csr_matvec as _csr_matvec
except ImportError:  # pragma: no cover
    _csr_matvec = None
from desktop.core.graph.votes import NO_UPGRADE, NOT_SURE, UPGRADE, Vote

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

PRIOR = 0.1  # precision of the N(0, 1/PRIOR) prior on each log-strength: sd about 3.2
TOLERANCE = 1e-9  # largest change of any score at which the point fit stops
CG_TOLERANCE = 1e-10  # relative residual at which a point-fit Newton step is solved
# Resampled fits only feed percentiles. A refit stops once a Newton step (solved to a relative
# residual of BOOTSTRAP_CG_TOLERANCE) moved no score by BOOTSTRAP_TOLERANCE: Newton converges
# quadratically, so the step after would be far smaller: refits were within 0.005 of the exact
# ones on graphs of 400 to 10,000 values (a test checks 2e-2). On the bench's 10,000 values
# it moved no interval bound by more than 0.004 (against refits to 1e-4), far below the Monte
# Carlo error of 200 samples (about 0.1 at the 2.5 % quantile).
BOOTSTRAP_TOLERANCE = 0.1
BOOTSTRAP_CG_TOLERANCE = 0.1
# Steps that move a score further than this are checked against the posterior (and halved
# until it improves); nearer the answer a full Newton step is taken unchecked.
CHECKED_STEP = 1.0
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
    vote_participant: Ints  # index of the vote's participant; -1 for a vote without one


def _games(votes: Iterable[Vote]) -> _Games:
    votes = list(votes)
    # Columns pulled out by map and attrgetter rather than a Python loop over the votes.
    froms = list(map(attrgetter("from_value_id"), votes))
    tos = list(map(attrgetter("to_value_id"), votes))
    # Values numbered in order of first appearance, from before to, vote by vote.
    seen = dict.fromkeys(chain.from_iterable(zip(froms, tos, strict=True)))
    index = {value: i for i, value in enumerate(seen)}
    people = list(map(attrgetter("participant_id"), votes))
    person_index = {person: i for i, person in enumerate(dict.fromkeys(people))}
    person_index[""] = -1  # no participant recorded: resampled as a participant of its own
    source, target = _codes(froms, index), _codes(tos, index)
    person = _codes(people, person_index)
    to_wins = np.fromiter(map(_TO_WINS.__getitem__, map(attrgetter("relationship"), votes)),
                          dtype=np.float64, count=len(votes))
    first, second = np.minimum(source, target), np.maximum(source, target)
    first_wins = np.where(source == first, 1.0 - to_wins, to_wins)
    n = max(len(index), 1)
    keys, vote_pair = np.unique(first * n + second, return_inverse=True)
    return _Games(list(index), keys // n, keys % n, vote_pair.reshape(-1), first_wins, person)


_TO_WINS = {UPGRADE: 1.0, NO_UPGRADE: 0.0, NOT_SURE: 0.5}  # the later value's share of a vote


def _codes(keys: list[str], code: dict[str, int]) -> Ints:
    return np.fromiter(map(code.__getitem__, keys), dtype=np.int64, count=len(keys))


def _sum_by(index: Ints, weights: Floats, length: int) -> Floats:
    # np.bincount's stubs promise integers even with float weights; astype(copy=False) is free.
    return np.bincount(index, weights, length).astype(np.float64, copy=False)


def _dot(a: Floats, b: Floats) -> float:
    # Not `a @ b`: OpenBLAS threads dot products over 10,000 entries, and on a busy machine its
    # spinning threads made the whole bootstrap three times slower (measured).
    return float(np.multiply(a, b).sum())


def _win_probability(diff: Floats) -> Floats:
    # tanh form of the logistic function: no overflow for large differences.
    result: Floats = 0.5 * (1.0 + np.tanh(0.5 * diff))
    return result


class _Pairs:
    """The pair graph as sparse matrices: score differences per pair, and the Hessian's shape.

    The Hessian (weighted graph Laplacian + prior) has the same sparsity for every weighting,
    so each Newton step only refills the values of one CSR matrix.
    """

    def __init__(self, n_values: int, first: Ints, second: Ints) -> None:
        n_pairs, n = len(first), n_values
        self.n, self.first, self.second = n, first, second
        pairs, signs = np.arange(n_pairs), np.r_[np.ones(n_pairs), -np.ones(n_pairs)]
        self.difference = sparse.csr_matrix(
            (signs, (np.r_[pairs, pairs], np.r_[first, second])), shape=(n_pairs, n))
        self.spread = self.difference.T.tocsr()  # a per-pair flow summed onto both its values
        slot = np.arange(2 * n_pairs + n, dtype=float)  # where each entry lands in CSR order
        rows, cols = np.r_[first, second, np.arange(n)], np.r_[second, first, np.arange(n)]
        self.hessian = sparse.csr_matrix((slot + 1.0, (rows, cols)), shape=(n, n))
        self.hessian.sort_indices()
        origin = self.hessian.data.astype(np.int64) - 1
        # Entry k of the CSR data is -curvature[pair] or diagonal[value]: its index in the two
        # laid end to end.
        self.csr_order = np.where(origin < 2 * n_pairs, origin % n_pairs, origin - n_pairs)
        self.touches = abs(self.spread).tocsr()  # sums a per-pair amount onto both its values


def _log_posterior(pairs: _Pairs, played: Floats, won: Floats, prior: float,
                   theta: Floats) -> float:
    diff = pairs.difference @ theta
    # log-likelihood = won * d - played * softplus(d), with softplus computed without overflow
    softplus = np.log1p(np.exp(-np.abs(diff))) + np.maximum(diff, 0.0)
    return _dot(won, diff) - _dot(played, softplus) - 0.5 * prior * _dot(theta, theta)


def _newton_step(pairs: _Pairs, played: Floats, won: Floats, prior: float, theta: Floats,
                 cg_tolerance: float, diff: Floats | None = None) -> Floats:
    """The Newton step from `theta` (whose score differences per pair `diff` may be given)."""
    p = _win_probability(pairs.difference @ theta if diff is None else diff)
    gradient = pairs.spread @ (won - played * p) - prior * theta
    curvature = played * p * (1.0 - p)
    diagonal = pairs.touches @ curvature + prior
    # The Hessian's values in CSR order, taken from -curvature (per pair) and the diagonal.
    np.take(np.concatenate((-curvature, diagonal)), pairs.csr_order, out=pairs.hessian.data)
    return _conjugate_gradient(pairs.hessian, diagonal, gradient, cg_tolerance)


def _conjugate_gradient(matrix: sparse.csr_matrix, diagonal: Floats, rhs: Floats,
                        tolerance: float) -> Floats:
    """Solve matrix @ x = rhs (symmetric positive definite), Jacobi-preconditioned."""
    n = len(rhs)
    x, residual, inverse = np.zeros(n), rhs.copy(), 1.0 / diagonal
    z = residual * inverse
    direction, rz = z.copy(), _dot(residual, z)
    applied = np.empty(n)
    stop = tolerance * tolerance * _dot(rhs, rhs)
    for _ in range(MAX_CG_STEPS):
        if _dot(residual, residual) <= stop:
            break
        _product(matrix, direction, applied)
        alpha = rz / _dot(direction, applied)
        x += alpha * direction
        residual -= alpha * applied
        np.multiply(residual, inverse, out=z)
        rz, previous = _dot(residual, z), rz
        direction *= rz / previous
        direction += z
    return x


def _product(matrix: sparse.csr_matrix, vector: Floats, out: Floats) -> None:
    """out = matrix @ vector, into a buffer: the conjugate gradient's inner loop runs this
    thousands of times, and scipy's operator dispatch cost as much as the product."""
    if _csr_matvec is None:
        out[:] = matrix @ vector
        return
    out.fill(0.0)
    rows, columns = matrix.shape
    _csr_matvec(rows, columns, matrix.indptr, matrix.indices, matrix.data, vector, out)


def _fit(pairs: _Pairs, played: Floats, won: Floats, prior: float, *, tolerance: float,
         cg_tolerance: float, start: Floats | None = None) -> Floats:
    """Maximum a posteriori log-strengths by damped Newton, centred to mean 0."""
    theta = np.zeros(pairs.n) if start is None else start.copy()
    value = _log_posterior(pairs, played, won, prior, theta)
    for _ in range(MAX_NEWTON_STEPS):
        step = _newton_step(pairs, played, won, prior, theta, cg_tolerance)
        last = float(np.abs(step).max(initial=0.0))
        if last < tolerance:
            theta = theta + step
            break
        # The posterior is strictly concave, but a full Newton step from far away (an undefeated
        # value starting at 0) can overshoot; halving keeps every step an improvement.
        scale = 1.0
        while True:
            candidate = theta + scale * step
            candidate_value = _log_posterior(pairs, played, won, prior, candidate)
            if candidate_value >= value - 1e-12 * (1.0 + abs(value)) or scale < 1e-6:
                theta, value = candidate, candidate_value
                break
            scale /= 2.0
    centred: Floats = theta - theta.mean()
    return centred


def _refit(pairs: _Pairs, played: Floats, won: Floats, prior: float, start: Floats) -> Floats:
    """A bootstrap refit from the full-data fit `start`, which is close: Newton steps solved
    loosely, checked against the posterior only while they are long, stopped after the first
    one that moved no score by BOOTSTRAP_TOLERANCE. Centred to mean 0."""
    theta = start.copy()
    diff = pairs.difference @ theta
    for _ in range(MAX_NEWTON_STEPS):
        step = _newton_step(pairs, played, won, prior, theta, BOOTSTRAP_CG_TOLERANCE, diff)
        size = float(np.abs(step).max(initial=0.0))
        if size > CHECKED_STEP:
            # An undefeated value far from its start can overshoot: halve until the posterior
            # improves (it is strictly concave, so a short enough step always does).
            value = _log_posterior(pairs, played, won, prior, theta)
            scale = 1.0
            while True:
                candidate = theta + scale * step
                if (_log_posterior(pairs, played, won, prior, candidate)
                        >= value - 1e-12 * (1.0 + abs(value)) or scale < 1e-6):
                    break
                scale /= 2.0
            theta = candidate
        else:
            theta += step
        diff = pairs.difference @ theta
        if size < BOOTSTRAP_TOLERANCE:
            break
    centred: Floats = theta - theta.mean()
    return centred


def _point_fit(games: _Games, prior: float) -> tuple[_Pairs, Floats, Floats, Floats]:
    n_pairs = len(games.first)
    played = _sum_by(games.vote_pair, np.ones(len(games.vote_pair)), n_pairs)
    won = _sum_by(games.vote_pair, games.vote_first_wins, n_pairs)
    pairs = _Pairs(len(games.value_ids), games.first, games.second)
    theta = _fit(pairs, played, won, prior, tolerance=TOLERANCE, cg_tolerance=CG_TOLERANCE)
    return pairs, played, won, theta


def fit(votes: Iterable[Vote], *, prior: float = PRIOR) -> dict[str, float]:
    """Bradley-Terry log-strength per value id, centred to mean 0."""
    games = _games(votes)
    if not games.value_ids:
        return {}
    theta = _point_fit(games, prior)[3]
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
    # Pairs may come directed and repeated (a -> b and b -> a): fold them onto unordered pairs,
    # as the Hessian's sparsity pattern holds each pair once.
    low, high = np.minimum(first, second), np.maximum(first, second)
    low_won = np.where(first == low, first_won, played - first_won).astype(float)
    keys, pair = np.unique(low * n_values + high, return_inverse=True)
    pairs = _Pairs(n_values, keys // n_values, keys % n_values)
    return _fit(pairs, _sum_by(pair, played.astype(float), len(keys)),
                _sum_by(pair, low_won, len(keys)), prior,
                tolerance=TOLERANCE, cg_tolerance=CG_TOLERANCE, start=start)


def bootstrap_intervals(
    votes: Iterable[Vote],
    samples: int = 200,
    seed: int = 0,
    level: float = 0.95,
    *,
    prior: float = PRIOR,
    resample: str = resampling.PARTICIPANTS,
) -> dict[str, ScoreInterval]:
    """Point score and percentile interval per value, from `samples` refits on resampled votes.

    `resample="participants"` (the default) redraws participants with replacement, each with
    all their votes; `"votes"` redraws single votes. With `samples=0` the interval collapses to
    the point score.
    """
    games = _games(votes)
    if not games.value_ids:
        resampling.check_mode(resample)
        return {}
    units = resampling.units(resample, games.vote_pair, games.vote_first_wins,
                             games.vote_participant, len(games.first))
    pairs, _, _, point = _point_fit(games, prior)
    draws = np.tile(point, (max(samples, 1), 1))
    for sample, (played, won) in enumerate(resampling.samples(units, samples, seed)):
        # Warm start: a resample is close to the full data, so Newton needs few steps from there.
        draws[sample] = _refit(pairs, played, won, prior, point)
    low, high = np.quantile(draws, [(1.0 - level) / 2.0, (1.0 + level) / 2.0], axis=0)
    return {
        value_id: ScoreInterval(float(s), float(lo), float(hi))
        for value_id, s, lo, hi in zip(games.value_ids, point, low, high, strict=True)
    }
