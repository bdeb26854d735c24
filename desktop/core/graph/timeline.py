"""The moral graph replayed vote by vote: the graph as it stood after the first k votes.

Votes are sorted by time once. Moving from step k to step k' applies the difference: it only
adds (or takes back) the votes in between and the answers they supersede, and recomputes MGE's
statistics (wiserLikelihood, entropy, the filter) of the pairs those votes touch, so a slider
step costs what it changes, not the whole history. The counts follow MGE's summary exactly (a
test checks every step against it, and against a timeline that counted from the start). The
rankings at each step are MGE's PageRank, our PageRank and a Bradley-Terry point fit; see
`timeline_scores` for when each is recomputed. Bootstrap intervals are too slow for every
step: see `rank`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np
import numpy.typing as npt

from desktop.core.graph.mge_summary import kept_mask, pair_statistics
from desktop.core.graph.timeline_scores import StepScores
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
    reverse: Ints  # the row of the same pair the other way round (always voted on too)

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
    bt_current: bool = True  # False: `bt_score` is an earlier step's fit (see Timeline.fit)

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
        self._pair_reverse = np.zeros(0, dtype=np.int64)
        self._last_of_key: dict[tuple[str, str, str, str], int] = {}
        self._arrays = {name: np.zeros(0, dtype=np.int64) for name in _COLUMNS}
        self._step = 0
        self._counts = np.zeros((0, 5))
        self._likelihood, self._entropy = np.zeros(0), np.zeros(0)  # per pair, as counted
        self._kept = np.zeros(0, dtype=bool)
        self._scores = StepScores()
        self._appearances, self._wins, self._losses = np.zeros(0), np.zeros(0), np.zeros(0)
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

    def seek(self, step: int, *, fit: bool = True) -> GraphState:
        """The graph after the first `step` votes (clamped to 0..len).

        With `fit=False` the Bradley-Terry fit is left for later (`fit`): the state then
        carries the last fit made (`bt_current` False), so a slider moving fast costs less.
        """
        step = max(0, min(step, len(self.votes)))
        added, removed = self._changes(self._step, step)
        self._apply(added, 1.0)
        self._apply(removed, -1.0)
        self._step = step
        return self._state(fit)

    def fit(self) -> GraphState:
        """The current step with its Bradley-Terry fit (made now if it was left for later)."""
        return self._state(True)

    def votes_so_far(self, step: int | None = None) -> VotesSoFar:
        """The first `step` votes (default: the current step's) as a view, not a copy."""
        return VotesSoFar(self.votes, self._step if step is None else step)

    @property
    def pagerank_runs(self) -> int:
        """How many times PageRank was really computed (most single steps reuse it)."""
        return self._scores.pagerank_runs

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
        self._pair_reverse = np.concatenate([self._pair_reverse, np.array(
            [self._pair_index[(target, source)] for source, target in new_pairs],
            dtype=np.int64)])
        self._counts = np.vstack([self._counts, np.zeros((len(new_pairs), 5))])
        self._likelihood, self._entropy = (np.concatenate([array, np.zeros(len(new_pairs))])
                                           for array in (self._likelihood, self._entropy))
        self._kept = np.concatenate([self._kept, np.zeros(len(new_pairs), dtype=bool)])
        extra = len(self.value_ids) - len(self._appearances)
        self._appearances, self._wins, self._losses = (
            np.concatenate([array, np.zeros(extra)]) for array in
            (self._appearances, self._wins, self._losses))
        self._scores.grow(len(self.value_ids))

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
        values = np.unique(np.concatenate([source, target]))
        present_before = self._appearances[values] > 0
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
        self._scores.changed(kept_edges=self._restate(np.concatenate([forward, backward])),
                             values=bool(np.any(present_before
                                                != (self._appearances[values] > 0))))

    def _restate(self, touched: Ints) -> bool:
        """MGE's statistics and filter again for the `touched` pairs only; True if a kept
        edge came, went or changed its weight (PageRank must then be computed again)."""
        rows = np.unique(touched)
        counts = self._counts[rows]
        likelihood, entropy = pair_statistics(counts)
        kept = kept_mask(counts, likelihood, entropy)
        was_kept, weight_before = self._kept[rows], self._likelihood[rows]
        self._likelihood[rows], self._entropy[rows], self._kept[rows] = likelihood, entropy, kept
        return bool(np.any((was_kept != kept) | (kept & (weight_before != likelihood))))

    def _state(self, fit: bool) -> GraphState:
        pair_ids = self._pair_ends
        voted = np.flatnonzero(self._counts[:, _IMPRESSIONS] > 0)
        row = np.full(len(pair_ids), -1, dtype=np.int64)
        row[voted] = np.arange(len(voted))
        edges = EdgeTable(pair_ids[voted, 0], pair_ids[voted, 1], self._counts[voted],
                          self._likelihood[voted], self._entropy[voted], self._kept[voted],
                          row[self._pair_reverse[voted]])
        present = self._appearances > 0
        kept = np.flatnonzero(self._kept)
        pagerank, mge_pagerank = self._scores.pageranks(
            present, pair_ids[kept, 0], pair_ids[kept, 1], self._likelihood[kept])
        scores = self._scores
        bt_score = scores.fit_bt(present, self._games()) if fit else scores.last_bt(present)
        return GraphState(
            step=self._step, moment=self.moment(self._step), value_ids=self.value_ids,
            present=present, pagerank=pagerank, mge_pagerank=mge_pagerank, bt_score=bt_score,
            votes_for=self._wins.astype(np.int64), votes_against=self._losses.astype(np.int64),
            edges=edges, active_votes=int(self._appearances.sum()) // 2,
            bt_current=scores.bt_current)

    def _games(self) -> tuple[Ints, Ints, Floats, Floats]:
        """Per directed pair with votes: its source "plays" its target. An upgrade is a win for
        the target, a "no" for the source, "not sure" half each (as `bradley_terry` counts)."""
        pair_ids, counts = self._pair_ends, self._counts
        played = counts[:, _WISER] + counts[:, _NOT_WISER] + counts[:, _UNSURE]
        games = np.flatnonzero(played > 0)
        source_won = counts[games, _NOT_WISER] + 0.5 * counts[games, _UNSURE]
        return pair_ids[games, 0], pair_ids[games, 1], played[games], source_won


class VotesSoFar(Sequence[Vote]):
    """The first `stop` votes of a timeline's list, read in place: a frame keeps one of these
    instead of a copy of up to the whole history. The timeline only ever appends to the list
    (a rebuild makes a new one), so the view never changes under its holder."""

    def __init__(self, votes: list[Vote], stop: int) -> None:
        self._votes, self._stop = votes, max(0, min(stop, len(votes)))

    def __len__(self) -> int:
        return self._stop

    @overload
    def __getitem__(self, index: int) -> Vote: ...
    @overload
    def __getitem__(self, index: slice) -> list[Vote]: ...
    def __getitem__(self, index: int | slice) -> Vote | list[Vote]:
        if isinstance(index, slice):
            return self._votes[:self._stop][index]
        if not -self._stop <= index < self._stop:
            raise IndexError("vote index out of range")
        return self._votes[index % self._stop]

    def __iter__(self) -> Iterator[Vote]:
        votes = self._votes
        return (votes[i] for i in range(self._stop))


def _order(vote: Vote) -> tuple[float, str]:
    # The order `latest_votes` uses to decide which answer supersedes which.
    return parse_time(vote.created_at).timestamp(), vote.id
