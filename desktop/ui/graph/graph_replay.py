"""The graph view's model: all votes, one stable layout, the timeline of the chosen filter.

Qt-free so that plain tests reach it; the page runs it on its worker thread, one call at a time,
and only immutable frames cross back to the window.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from desktop.core.graph.layout import StableLayout
from desktop.core.graph.ranking import groups_moving_towards
from desktop.core.graph.timeline import GraphState, Timeline
from desktop.core.graph.votes import Vote

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Frame:
    """What the window draws: the graph at one step and where its values sit."""

    state: GraphState
    positions: Floats  # (len(state.value_ids), 2)
    total_steps: int  # votes in the current filter's timeline
    context: str | None
    group: str | None
    votes: Sequence[Vote]  # the filter's votes up to `state.step`, superseded ones included
    # (a view of the timeline's list, not a copy)
    bridging_field: str | None = None  # the demographic field bridging is shown across
    # value -> groups of the field whose people moved towards it by `state.step` (counted
    # answers only), and the bridging values among them (two groups or more). Empty when off.
    towards: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bridges: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


class GraphReplay:
    """Votes in, frames out. The layout covers every voted value of the study, so switching
    the filter or moving the slider never moves a value; only "Re-layout" does."""

    def __init__(self, votes: Iterable[Vote], *, seed: int = 0) -> None:
        self.votes: list[Vote] = list(votes)
        self.layout = StableLayout(seed)
        self._pairs: dict[tuple[str, str], float] = {}
        self._values: set[str] = set()
        self._count_pairs(self.votes)
        self.context: str | None = None
        self.group: str | None = None
        self._participants: frozenset[str] | None = None
        self._bridging: tuple[str, Mapping[str, str]] | None = None
        self.timeline = Timeline(self.votes)
        self._layout_changes = 0  # counts layouts and placements: positions cached until then
        # The timeline's list of value ids (a new list whenever it changes), the layout
        # changes counted then, and the positions of those values.
        self._positions: tuple[Sequence[str], int, Floats] | None = None

    def relayout(self) -> None:
        """A fresh force-directed layout of every voted value (slow on big graphs)."""
        self.layout.relayout(self._values, self._edges())
        self._layout_changes += 1

    def select(self, context: str | None, group: str | None = None,
               participant_ids: Collection[str] | None = None) -> Frame:
        """Votes about one context and/or by one group (None: all); the frame at the end."""
        self.context, self.group = context, group
        self._participants = None if participant_ids is None else frozenset(participant_ids)
        self.timeline = Timeline(v for v in self.votes if self._wanted(v))
        return self.seek(len(self.timeline))

    def bridge(self, field_name: str | None, group_of: Mapping[str, str] | None = None) -> None:
        """Show bridging across the demographic field `field_name` (person -> group in
        `group_of`) in the frames from now on; None turns it off (and costs nothing)."""
        self._bridging = None if field_name is None else (field_name, group_of or {})

    def seek(self, step: int, *, fit: bool = True) -> Frame:
        """The frame at `step`; with `fit=False` the Bradley-Terry fit waits (see `fit`)."""
        return self._frame(self.timeline.seek(step, fit=fit))

    def fit(self) -> Frame:
        """The current step's frame with its Bradley-Terry fit, made now if it waited."""
        return self._frame(self.timeline.fit())

    def _frame(self, state: GraphState) -> Frame:
        self._place_newcomers()
        bridging_field, towards = None, {}
        if self._bridging is not None:
            bridging_field = self._bridging[0]
            towards = groups_moving_towards(self.timeline.standing(), self._bridging[1])
        return Frame(state, self._positions_of(state), len(self.timeline),
                     self.context, self.group, self.timeline.votes_so_far(state.step),
                     bridging_field, towards, {v: g for v, g in towards.items() if len(g) >= 2})

    def add_votes(self, votes: Sequence[Vote]) -> Frame:
        """New votes: newcomers placed without moving anyone; the frame follows the newest
        vote when it was showing the newest, else stays at its step. Its Bradley-Terry fit
        waits (see `fit`): votes may come in quick succession."""
        at_end = self.timeline.step == len(self.timeline)
        self.votes.extend(votes)
        self._count_pairs(votes)
        self._place_newcomers()
        step = self.timeline.step
        if not self.timeline.append(v for v in votes if self._wanted(v)):
            at_end = True  # a vote from the past rebuilt the timeline: show the whole of it
        return self.seek(len(self.timeline) if at_end else step, fit=False)

    def _place_newcomers(self) -> None:
        if len(self.layout) < len(self._values):
            self.layout.place(self._values, self._edges())
            self._layout_changes += 1

    def _positions_of(self, state: GraphState) -> Floats:
        """Where the state's values sit: the same array from step to step (frames only read
        it) until the layout or the timeline's values change."""
        cached = self._positions
        if (cached is None or cached[0] is not state.value_ids
                or cached[1] != self._layout_changes):
            cached = (state.value_ids, self._layout_changes, self.layout.array(state.value_ids))
            self._positions = cached
        return cached[2]

    def _wanted(self, vote: Vote) -> bool:
        return ((self.context is None or vote.context_id == self.context)
                and (self._participants is None or vote.participant_id in self._participants))

    def _count_pairs(self, votes: Iterable[Vote]) -> None:
        for vote in votes:
            a, b = sorted((vote.from_value_id, vote.to_value_id))
            self._pairs[(a, b)] = self._pairs.get((a, b), 0.0) + 1.0
            self._values.update((a, b))

    def _edges(self) -> list[tuple[str, str, float]]:
        return [(a, b, weight) for (a, b), weight in self._pairs.items()]
