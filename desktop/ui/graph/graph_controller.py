"""The Moral graph page's state and steps: the study's rows, the replay's frames, filters,
bridging, bootstrap intervals and live votes. The page's widgets only draw what it says.

Everything that computes (reading the rows, layout, timeline, the picture and the ranking's
rows, bootstrap intervals) runs as a background job, newest request first, and comes back as
immutable drawings that the GUI thread only swaps in, so the window never waits for a large
graph. The Bradley-Terry fit waits until the slider rests (its column shows "…" meanwhile).
The slow bootstrap has a lane of its own: it never holds up the slider.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.graph import rank
from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.services.graph import GraphRows, Story, read_graph_rows
from desktop.store import Study
from desktop.ui.graph.graph_bridging import bridge_and_seek
from desktop.ui.graph.graph_card import card_html, value_facts
from desktop.ui.graph.graph_drawing import Drawing, drawing
from desktop.ui.graph.graph_picture import Picture
from desktop.ui.graph.graph_replay import Frame, GraphReplay
from desktop.ui.graph.graph_rows import Loaded, group_label, prepare
from desktop.ui.shell.jobs import JobContext, JobRunner

if TYPE_CHECKING:
    from desktop.ui.graph.graph_page import GraphPage

INTERVAL_DELAY_MS = 400  # bootstrap once the slider rests, not on every step
FIT_DELAY_MS = 50  # the Bradley-Terry fit once the slider pauses this long
BOOTSTRAP_SAMPLES = 200


class GraphController(QObject):
    frame_shown = Signal(object)  # Frame, once drawn
    intervals_shown = Signal()

    def __init__(self, page: GraphPage) -> None:
        super().__init__(page)
        self.page = page
        self.study: Study | None = None
        self.values: dict[str, Value] = {}
        self.titles: dict[str, str] = {}
        self.stories: list[Story] = []
        self.groups: dict[str, dict[str, str]] = {}
        self.frame: Frame | None = None
        self.picture: Picture | None = None
        self.drawing: Drawing | None = None  # the last drawing shown (the bench reads it)
        self.replay: GraphReplay | None = None
        self.intervals: dict[str, tuple[float, float]] = {}
        self._vote_count = 0
        self._fit_next = False
        self.intervals_enabled = True  # bootstrap intervals once the slider rests
        self.jobs = JobRunner(self)
        self._interval_timer = QTimer(self)
        self._interval_timer.setSingleShot(True)
        self._interval_timer.setInterval(INTERVAL_DELAY_MS)
        self._interval_timer.timeout.connect(self._request_intervals)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(FIT_DELAY_MS)
        self._fit_timer.timeout.connect(self._request_fit)

    # Loading ------------------------------------------------------------------------------

    def show_study(self, study: Study | None) -> None:
        self.study = study
        self.frame, self.picture, self.intervals = None, None, {}
        self.page.details.show_placeholder()
        if study is None:
            self.replay = None
            self.jobs.forget("frame")
            self.page.show_status(self.tr("No study is open."))
            self.page.show_empty(True)
            return
        self._load(study)

    def refresh(self) -> None:
        """Read the study again (votes cast elsewhere, a merge): filters are kept."""
        if self.study is not None:
            self._load(self.study)

    def refresh_if_votes_changed(self) -> None:
        """Votes cast on another page (or merged in) since the graph was read: read again."""
        if (self.study is not None and self.replay is not None
                and self.study.table_counts().get("votes") != self._vote_count):
            self.refresh()

    def _load(self, study: Study) -> None:
        self._prepare(lambda job: read_graph_rows(job.study), study.path)

    def show_graph(self, rows: GraphRows) -> None:
        """Show rows not read from a study (the benchmark's made-up graph)."""
        self._prepare(lambda _job: rows, None)

    def _prepare(self, read: Callable[[JobContext], GraphRows], study: Path | None) -> None:
        filters = self.page.filters
        context, group, field = filters.context, filters.group, self.page.bridging.field
        self.replay = None  # until the new one is ready, slider and filters wait
        self._fit_next = True
        self.page.show_status(self.tr("Reading the votes and laying the graph out…"))
        self._frame_job(lambda job: prepare(read(job), context, group, field), study=study,
                        on_frame=self._on_loaded)

    def _on_loaded(self, loaded: Loaded) -> None:
        rows, page = loaded.rows, self.page
        self.values = {value.id: value for value in rows.values}
        self.titles = {value_id: value.title for value_id, value in self.values.items()}
        self.stories, self.groups = rows.stories, rows.groups
        self._vote_count = len(rows.votes)
        page.filters.set_groups(self.groups)
        page.bridging.set_fields(list(self.groups))
        page.filters.set_contexts(rows.contexts())
        page.show_empty(not rows.votes)
        self.replay = loaded.replay
        self._show_drawing(drawing(loaded.frame, page.filters.measure))
        if not rows.votes:
            page.show_status("")
        if (page.filters.context, group_label(page.filters.group)) != (
                loaded.frame.context, loaded.frame.group):
            self.choose_filter()  # the study lead chose another while it loaded
        if page.bridging.field != loaded.frame.bridging_field:
            self.choose_bridging_field()

    def _filter(self) -> tuple[str | None, str | None, set[str] | None]:
        group = self.page.filters.group
        people = None
        if group is not None:
            people = {p for p, given in self.groups.get(group[0], {}).items()
                      if given == group[1]}
        return self.page.filters.context, group_label(group), people

    # Requests -----------------------------------------------------------------------------

    def add_votes(self, votes: Sequence[Vote]) -> None:
        """Votes just cast: drawn without moving the values already shown."""
        replay = self.replay
        if replay is None or not votes:
            return
        self._vote_count += len(votes)
        if self.page.showing_empty():
            self.page.show_empty(False)
            self._fit_next = True
        self._frame_job(lambda _job: replay.add_votes(list(votes)))

    def relayout(self) -> None:
        replay, timeline = self.replay, self.page.timeline
        if replay is None:
            return
        # At the newest vote: stay there, counting votes still queued for drawing.
        step = None if timeline.step >= timeline.total else timeline.step
        self._fit_next = True
        self.page.show_status(self.tr("Laying the graph out afresh…"))
        self._frame_job(lambda _job: _relayout_and_seek(replay, step))

    def choose_filter(self) -> None:
        replay = self.replay
        if replay is None:
            return
        context, group, participants = self._filter()
        self._fit_next = True
        self._frame_job(lambda _job: replay.select(context, group, participants))

    def choose_bridging_field(self) -> None:
        replay, field, timeline = self.replay, self.page.bridging.field, self.page.timeline
        step = None if timeline.step >= timeline.total else timeline.step
        if replay is not None:
            group_of = self.groups.get(field) if field else None
            self._frame_job(lambda _job: bridge_and_seek(replay, field, group_of, step))

    def seek(self, step: int) -> None:
        replay = self.replay
        if replay is None:
            return
        self.page.timeline.waiting = True
        self._frame_job(lambda _job: replay.seek(step, fit=False), replaceable=True)

    def set_playing(self, playing: bool) -> None:
        if not playing and self.frame is not None:
            self._fit_timer.start()
            self._interval_timer.start()

    def _request_fit(self) -> None:
        replay, frame = self.replay, self.frame
        if (replay is None or frame is None or frame.state.bt_current
                or self.page.timeline.playing or self.jobs.is_busy("frame")):
            return  # a newer frame is on its way: it will ask again
        self._frame_job(lambda _job: replay.fit(), replaceable=True)

    def _frame_job(self, work: Callable[[JobContext], Frame | Loaded], *,
                   study: Path | None = None, on_frame: Callable[..., None] | None = None,
                   replaceable: bool = False) -> None:
        """A new frame from the replay; only a step of the slider may be skipped: the other
        requests change the replay's state (votes, layout, filter, bridging). A frame is
        drawn on the worker too (`Drawing`), by the measure chosen when it was asked for."""
        measure = self.page.filters.measure

        def compute(job: JobContext) -> Drawing:
            started = time.perf_counter()
            return drawing(cast(Frame, work(job)), measure, started)

        if on_frame is None:
            job = self.jobs.run(compute, study=study, kind="frame", lane="replay",
                                replaceable=replaceable)
            job.finished.connect(self._show_drawing)
        else:
            job = self.jobs.run(work, study=study, kind="frame", lane="replay",
                                replaceable=replaceable)
            job.finished.connect(on_frame)
        job.failed.connect(self._on_job_failed)

    def _request_intervals(self) -> None:
        frame = self.frame
        if (frame is None or not frame.votes or self.page.timeline.playing
                or not self.intervals_enabled):
            return
        votes = list(frame.votes)
        job = self.jobs.run(lambda _job: _intervals(votes), kind="intervals", lane="intervals")
        job.finished.connect(lambda intervals: self._on_intervals(frame, intervals))
        job.failed.connect(self._on_job_failed)

    # Results ------------------------------------------------------------------------------

    def _on_intervals(self, frame: Frame, intervals: dict[str, tuple[float, float]]) -> None:
        if frame is self.frame:
            self.intervals = intervals
            self.page.ranking.set_intervals(intervals)
            self._refresh_details()
            self.intervals_shown.emit()

    def _on_job_failed(self, problem: str) -> None:
        self.page.timeline.waiting = False
        self.page.show_status(self.tr("The graph could not be computed: {problem}").format(
            problem=problem))

    def _show_drawing(self, shown: Drawing) -> None:
        frame = shown.frame
        previous, self.frame, timeline = self.frame, frame, self.page.timeline
        if previous is None or (previous.total_steps, previous.context, previous.group) != (
                frame.total_steps, frame.context, frame.group):
            timeline.reset(frame.total_steps, frame.state.step)
        timeline.show_moment(frame.state.step, frame.total_steps, frame.state.moment)
        self.intervals = {}  # they were for the previous frame's votes
        if shown.measure != self.page.filters.measure:  # changed while it was computed
            shown = drawing(frame, self.page.filters.measure)
        self._draw(shown)
        if self._fit_next:
            self._fit_next = False
            self.page.view.fit(frame.positions)
        timeline.waiting = False
        if not timeline.playing:
            if not frame.state.bt_current:
                self._fit_timer.start()
            self._interval_timer.start()
        self.frame_shown.emit(frame)

    def draw(self) -> None:
        """The frame again, sized by the measure chosen."""
        if self.frame is not None:
            self._draw(drawing(self.frame, self.page.filters.measure))

    def _draw(self, shown: Drawing) -> None:
        frame = shown.frame
        self.drawing, self.picture = shown, shown.picture
        self.page.show_frame(shown, self.titles)
        self._refresh_details()
        state = frame.state
        self.page.show_status(self.tr(
            "{values} values · {votes} votes counted (a changed mind replaces the earlier "
            "answer) · {edges} edges kept by MGE's filter: at least 2 wiser votes and a clear "
            "direction").format(values=f"{len(self.picture.value_ids):,}",
                                votes=f"{state.active_votes:,}",
                                edges=f"{int(state.edges.kept.sum()):,}"))

    # Details ------------------------------------------------------------------------------

    def select_value(self, value_id: str) -> None:
        self.page.view.set_selected(value_id)
        self.page.table.select_value(value_id)
        self._show_card(value_id)

    def choose_row(self, value_id: str) -> None:
        """A row chosen by mouse or keyboard; choosing the selected value's row is no change."""
        if value_id != self.page.view.selected:
            self.select_value(value_id)

    def hover(self, value_id: str) -> None:
        shown = value_id or self.page.view.selected
        if shown:
            self._show_card(shown)
        else:
            self.page.details.show_placeholder()

    def _refresh_details(self) -> None:
        if self.page.details.value_id:
            self._show_card(self.page.details.value_id)

    def _show_card(self, value_id: str) -> None:
        frame, shown = self.frame, self.picture
        if frame is None or shown is None:
            return
        facts = value_facts(frame, value_id, self.page.filters.measure, shown.value_ids,
                            self.intervals.get(value_id))
        comments = [v for v in frame.votes if v.comment and value_id in (v.from_value_id,
                                                                          v.to_value_id)]
        stories = [s for s in self.stories if value_id in (s.from_value_id, s.to_value_id)
                   and frame.context in (None, s.context)]
        bridging = (None if frame.bridging_field is None
                    else (frame.bridging_field, frame.towards.get(value_id, ())))
        self.page.details.show_card(value_id, card_html(self.values.get(value_id), facts,
                                                        self.titles, comments, stories, bridging))

    def shutdown(self) -> None:
        self.page.timeline.pause()
        self.jobs.shutdown()


def _relayout_and_seek(replay: GraphReplay, step: int | None) -> Frame:
    """A fresh layout of the same votes, at `step`; None for the newest vote."""
    replay.relayout()
    return replay.seek(len(replay.timeline) if step is None else step)


def _intervals(votes: list[Vote]) -> dict[str, tuple[float, float]]:
    ranking = rank(votes, bootstrap_samples=BOOTSTRAP_SAMPLES)
    return {value.value_id: (value.bt_low, value.bt_high) for value in ranking.values}
