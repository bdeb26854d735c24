"""The rankings of a timeline's current step, kept between steps and recomputed only when
what they depend on changed.

Both PageRanks depend on the kept edges and their wiserLikelihood weights only (ours also on
which values have been voted on), so a step whose votes touch no kept edge, before or after,
reuses them. Ours is then warm-started from the last result; MGE's runs its fixed 100 rounds
from 1/N, as MGE does, so it stays exact. The Bradley-Terry fit is the slow one: it is made
only when asked (`fit`), warm-started from the previous fit.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from desktop.core.graph import bradley_terry
from desktop.core.graph.mge_summary import mge_pagerank_arrays
from desktop.core.graph.pagerank import pagerank_arrays

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]


class StepScores:
    """PageRanks and the Bradley-Terry fit of one timeline, for its current step."""

    def __init__(self) -> None:
        self._pagerank = np.zeros(0)  # per value; the warm start of the next computation
        self._mge = np.zeros(0)
        self._stale = True  # the kept edges or the values voted on changed since computed
        self._bt = np.zeros(0)  # the last fit per value (NaN: never fitted); the next start
        self._bt_current = False  # the last fit is of the current step's votes
        self.pagerank_runs = 0  # how often PageRank really ran (tests check it is rare)

    def grow(self, n_values: int) -> None:
        extra = n_values - len(self._pagerank)
        if extra > 0:
            self._pagerank = np.concatenate([self._pagerank, np.zeros(extra)])
            self._mge = np.concatenate([self._mge, np.full(extra, np.nan)])
            self._bt = np.concatenate([self._bt, np.full(extra, np.nan)])
            self._stale = True

    def changed(self, *, kept_edges: bool, values: bool) -> None:
        """Some votes counted or stopped counting; what they touched."""
        self._bt_current = False
        if kept_edges or values:
            self._stale = True

    def pageranks(self, present: Bools, source: Ints, target: Ints,
                  weight: Floats) -> tuple[Floats, Floats]:
        """Ours and MGE's over the kept edges (`source` -> `target`, by value index)."""
        if self._stale:
            self._pagerank = _our_pagerank(present, source, target, weight, self._pagerank)
            self._mge = _mge_pagerank(len(present), source, target, weight)
            self._stale = False
            self.pagerank_runs += 1
        return self._pagerank.copy(), self._mge.copy()

    @property
    def bt_current(self) -> bool:
        return self._bt_current

    def last_bt(self, present: Bools) -> Floats:
        """The last fit, for values voted on now (NaN for the others): stale unless current."""
        return np.where(present, self._bt, np.nan)

    def fit_bt(self, present: Bools, games: tuple[Ints, Ints, Floats, Floats]) -> Floats:
        """Bradley-Terry point fit over the counted games; NaN for values not voted on yet."""
        if not self._bt_current:
            first, second, played, first_won = games
            fitted = np.full(len(present), np.nan)
            if len(first):
                local = np.cumsum(present) - 1  # value index -> index among present values
                start = np.nan_to_num(self._bt[present])
                fitted[present] = bradley_terry.fit_counts(
                    int(present.sum()), local[first], local[second], played, first_won,
                    start=start)
            self._bt = np.where(present, fitted, self._bt)
            self._bt_current = True
        return self.last_bt(present)


def _our_pagerank(present: Bools, source: Ints, target: Ints, weight: Floats,
                  previous: Floats) -> Floats:
    """Our PageRank over the values voted on so far, along MGE's kept edges."""
    scores = np.zeros(len(present))
    if not present.any():
        return scores
    local = np.cumsum(present) - 1
    start = previous[present]
    start = np.where(start > 0, start, 1.0 / len(start))
    scores[present] = pagerank_arrays(int(present.sum()), local[source], local[target], weight,
                                      start=start / start.sum())
    return scores


def _mge_pagerank(n_values: int, source: Ints, target: Ints, weight: Floats) -> Floats:
    """MGE's PageRank over the values on kept edges; NaN for the others."""
    scores = np.full(n_values, np.nan)
    if len(source) == 0:
        return scores
    nodes, inverse = np.unique(np.concatenate([source, target]), return_inverse=True)
    half = len(source)
    scores[nodes] = mge_pagerank_arrays(len(nodes), inverse[:half], inverse[half:], weight)
    return scores
