"""The moral graph replayed vote by vote: the graph as it stood after the first k votes.

Votes are sorted by time once. Moving from step k to step k' only adds (or takes back) the votes
in between and the answers they supersede, so a slider step costs what it changes, not the
whole history. The counts follow MGE's summary exactly (a test checks every step against it);
the rankings at each step are MGE's PageRank, our PageRank and a Bradley-Terry point fit (warm
started from the previous step). Bootstrap intervals are too slow for every step: see `rank`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.core.graph import bradley_terry
from desktop.core.graph.mge_summary import (
    kept_mask,
    mge_pagerank_arrays,
    pair_statistics,
)
from desktop.core.graph.pagerank import pagerank_arrays
from desktop.core.graph.votes import NO_UPGRADE, UPGRADE, Vote, parse_time

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

# MGE's count columns: wiser, not wiser, less wise, unsure, impressions.
_WISER, _NOT_WISER, _LESS_WISE, _UNSURE, _IMPRESSIONS = range(5)
_NEVER = 2**62  # "next" of a vote nobody superseded
_COLUMNS = ("source", "target", "forward", "backward", "kind", "previous", "next")
_KINDS = {UPGRADE: _WISER, NO_UPGRADE: _NOT_WISER, "not_sure": _UNSURE}


@dataclass(frozen=True)
class EdgeTable:
    """Every directed pair voted on so far (either way), with MGE's counts and filter."""

    source: Ints  # value indices
    target: Ints  # the value judged wiser when the edge is kept
    counts: Floats  # (edges, 5): wiser, not wiser, less wise, unsure, impressions
    wiser_likelihood: Floats
    entropy: Floats
    kept: Bools  # MGE's filter

    @property
    def wiser(self) -> Floats:
        column: Floats = self.counts[:, _WISER]
        return column


@dataclass(frozen=True)
class GraphState:
    """The graph after the first `step` votes. Arrays are indexed like `value_ids`.

    Scores of values not yet voted on are NaN (and 0 for our PageRank); `mge_pagerank` is NaN
    for a value MGE's filter left out.
    """

    step: int
    moment: str  # time of the last vote counted; "" at step 0
    value_ids: Sequence[str]
    present: Bools
    pagerank: Floats
    mge_pagerank: Floats
    bt_score: Floats
    votes_for: Ints
    votes_against: Ints
    edges: EdgeTable
    active_votes: int  # votes counted, once superseded answers are left out

    def score(self, measure: str) -> Floats:
        """One of "pagerank", "mge_pagerank", "bt_score" by name."""
        scores: Floats = getattr(self, measure)
        return scores


class Timeline:
    """Votes in time order and the graph at any step, moved there incrementally by `seek`."""

    def __init__(self, votes: Iterable[Vote]) -> None:
        self._load(sorted(votes, key=_order))

    def _load(self, ordered: Sequence[Vote]) -> None:
        self.votes: list[Vote] = []
        self.value_ids: list[str] = []
        self._times: list[float] = []
        self._value_index: dict[str, int] = {}
        self._pair_index: dict[tuple[int, int], int] = {}
        self._pair_ends = np.zeros((0, 2), dtype=np.int64)
        self._last_of_key: dict[tuple[str, str, str, str], int] = {}
        self._arrays = {name: np.zeros(0, dtype=np.int64) for name in _COLUMNS}
        self._step = 0
        self._counts = np.zeros((0, 5))
        self._appearances, self._wins, self._losses = np.zeros(0), np.zeros(0), np.zeros(0)
        self._bt_start = np.zeros(0)  # the last Bradley-Terry fit, per value: the next start
        self._extend(ordered)

    def __len__(self) -> int:
        return len(self.votes)

    @property
    def step(self) -> int:
        return self._step

    def moment(self, step: int) -> str:
        """The time of the `step`-th vote (the last one counted at that step); "" for 0."""
        return self.votes[step - 1].created_at if step > 0 else ""

    def step_at(self, moment: str) -> int:
        """How many votes were cast at or before `moment`."""
        return bisect_right(self._times, parse_time(moment).timestamp())

    def append(self, votes: Iterable[Vote]) -> bool:
        """Add new votes; True if they came after every known vote (the usual live case).

        A vote from the past (a merged laptop's, say) means rebuilding: False then, and the
        timeline is rebuilt and back at step 0.
        """
        fresh = sorted(votes, key=_order)
        if not fresh:
            return True
        if self.votes and _order(fresh[0]) <= _order(self.votes[-1]):
            self._load(sorted([*self.votes, *fresh], key=_order))
            return False
        self._extend(fresh)
        return True

    def seek(self, step: int) -> GraphState:
        """The graph after the first `step` votes (clamped to 0..len)."""
        step = max(0, min(step, len(self.votes)))
        added, removed = self._changes(self._step, step)
        self._apply(added, 1.0)
        self._apply(removed, -1.0)
        self._step = step
        return self._state()

    def standing(self) -> list[Vote]:
        """The votes counted at the current step: one answer per person per question, in
        time order (what `latest_votes` keeps of the first `step` votes, without parsing)."""
        step = self._step
        counted = np.flatnonzero(self._arrays["next"][:step] >= step)
        return [self.votes[i] for i in counted.tolist()]

    # Building -------------------------------------------------------------------------------

    def _extend(self, votes: Sequence[Vote]) -> None:
        offset = len(self.votes)
        columns: dict[str, list[int]] = {name: [] for name in _COLUMNS}
        superseded: list[tuple[int, int]] = []
        for position, vote in enumerate(votes, start=offset):
            source = self._value_index.setdefault(vote.from_value_id, len(self._value_index))
            target = self._value_index.setdefault(vote.to_value_id, len(self._value_index))
            key = (vote.participant_id, vote.context_id, vote.from_value_id, vote.to_value_id)
            previous = self._last_of_key.get(key, -1)
            self._last_of_key[key] = position
            if previous >= 0:
                superseded.append((previous, position))
            for name, value in zip(_COLUMNS, (
                    source, target, self._pair(source, target), self._pair(target, source),
                    _KINDS[vote.relationship], previous, _NEVER), strict=True):
                columns[name].append(value)
            self.votes.append(vote)
            self._times.append(parse_time(vote.created_at).timestamp())
        self._arrays = {name: np.concatenate([self._arrays[name],
                                              np.array(columns[name], dtype=np.int64)])
                        for name in _COLUMNS}
        for previous, position in superseded:
            self._arrays["next"][previous] = position
        self.value_ids = list(self._value_index)
        self._grow()

    def _pair(self, source: int, target: int) -> int:
        return self._pair_index.setdefault((source, target), len(self._pair_index))

    def _grow(self) -> None:
        """Room in the count arrays for the pairs and values `_extend` met."""
        new_pairs = list(self._pair_index)[len(self._pair_ends):]
        self._pair_ends = np.vstack([self._pair_ends,
                                     np.array(new_pairs, dtype=np.int64).reshape(-1, 2)])
        self._counts = np.vstack([self._counts, np.zeros((len(new_pairs), 5))])
        extra = len(self.value_ids) - len(self._appearances)
        self._appearances, self._wins, self._losses, self._bt_start = (
            np.concatenate([array, np.zeros(extra)]) for array in
            (self._appearances, self._wins, self._losses, self._bt_start))

    # Stepping -------------------------------------------------------------------------------

    def _changes(self, old: int, new: int) -> tuple[Ints, Ints]:
        """Votes that start and stop counting when moving from step `old` to step `new`.

        At step k a vote i counts if i < k and the answer superseding it (next[i]) is not yet
        in, i.e. next[i] >= k. Between two steps only votes in the window and the ones they
        supersede change; `previous` finds the latter without scanning the history.
        """
        low, high = min(old, new), max(old, new)
        window = np.arange(low, high)
        in_window_at_high = window[self._arrays["next"][low:high] >= high]
        previous = self._arrays["previous"][low:high]
        superseded_before_window = previous[(previous >= 0) & (previous < low)]
        if new > old:
            return in_window_at_high, superseded_before_window
        return superseded_before_window, in_window_at_high

    def _apply(self, votes: Ints, sign: float) -> None:
        if len(votes) == 0:
            return
        arrays = self._arrays
        kind, forward = arrays["kind"][votes], arrays["forward"][votes]
        backward = arrays["backward"][votes]
        source, target = arrays["source"][votes], arrays["target"][votes]
        np.add.at(self._counts, (forward, kind), sign)
        np.add.at(self._counts[:, _IMPRESSIONS], forward, sign)  # a view: adds in place
        np.add.at(self._counts[:, _IMPRESSIONS], backward, sign)
        upgrade = kind == _WISER
        np.add.at(self._counts[:, _LESS_WISE], backward[upgrade], sign)
        np.add.at(self._appearances, source, sign)
        np.add.at(self._appearances, target, sign)
        no_upgrade = kind == _NOT_WISER
        np.add.at(self._wins, target[upgrade], sign)
        np.add.at(self._losses, source[upgrade], sign)
        np.add.at(self._wins, source[no_upgrade], sign)
        np.add.at(self._losses, target[no_upgrade], sign)

    def _state(self) -> GraphState:
        n_values = len(self.value_ids)
        pair_ids = self._pair_ends
        voted = np.flatnonzero(self._counts[:, _IMPRESSIONS] > 0)
        counts = self._counts[voted]
        likelihood, entropy = pair_statistics(counts)
        edges = EdgeTable(pair_ids[voted, 0], pair_ids[voted, 1], counts, likelihood, entropy,
                          kept_mask(counts, likelihood, entropy))
        present = self._appearances > 0
        return GraphState(
            step=self._step, moment=self.moment(self._step), value_ids=self.value_ids,
            present=present, pagerank=_our_pagerank(n_values, present, edges),
            mge_pagerank=_mge_pagerank(n_values, edges), bt_score=self._bradley_terry(present),
            votes_for=self._wins.astype(np.int64), votes_against=self._losses.astype(np.int64),
            edges=edges, active_votes=int(self._appearances.sum()) // 2)

    def _bradley_terry(self, present: Bools) -> Floats:
        """Point fit over the counted votes; NaN for values not voted on yet."""
        scores = np.full(len(self.value_ids), np.nan)
        local = np.cumsum(present) - 1  # value index -> index among present values
        first, second, played, first_won = self._games()
        if len(first) == 0:
            return scores
        fitted = bradley_terry.fit_counts(int(present.sum()), local[first], local[second],
                                          played, first_won, start=self._bt_start[present])
        self._bt_start[present] = fitted
        scores[present] = fitted
        return scores

    def _games(self) -> tuple[Ints, Ints, Floats, Floats]:
        """Per directed pair with votes: its source "plays" its target. An upgrade is a win for
        the target, a "no" for the source, "not sure" half each (as `bradley_terry` counts)."""
        pair_ids, counts = self._pair_ends, self._counts
        played = counts[:, _WISER] + counts[:, _NOT_WISER] + counts[:, _UNSURE]
        games = np.flatnonzero(played > 0)
        source_won = counts[games, _NOT_WISER] + 0.5 * counts[games, _UNSURE]
        return pair_ids[games, 0], pair_ids[games, 1], played[games], source_won


def _our_pagerank(n_values: int, present: Bools, edges: EdgeTable) -> Floats:
    """Our PageRank over the values voted on so far, along MGE's kept edges."""
    scores = np.zeros(n_values)
    if not present.any():
        return scores
    local = np.cumsum(present) - 1
    kept = edges.kept
    scores[present] = pagerank_arrays(int(present.sum()), local[edges.source[kept]],
                                      local[edges.target[kept]], edges.wiser_likelihood[kept])
    return scores


def _mge_pagerank(n_values: int, edges: EdgeTable) -> Floats:
    """MGE's PageRank over the values on kept edges; NaN for the others."""
    scores = np.full(n_values, np.nan)
    kept = edges.kept
    if not kept.any():
        return scores
    nodes, inverse = np.unique(np.concatenate([edges.source[kept], edges.target[kept]]),
                               return_inverse=True)
    half = int(kept.sum())
    scores[nodes] = mge_pagerank_arrays(len(nodes), inverse[:half], inverse[half:],
                                        edges.wiser_likelihood[kept])
    return scores


def _order(vote: Vote) -> tuple[float, str]:
    # The order `latest_votes` uses to decide which answer supersedes which.
    return parse_time(vote.created_at).timestamp(), vote.id
