"""The Moral graph page: the graph growing vote by vote, its ranking and each value's card.

The study's rows are read here, on the GUI thread (one query each); everything that computes
(layout, timeline, bootstrap intervals) runs on the page's GraphWorker and comes back as
immutable frames, newest first, so the window never waits for a large graph.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

from desktop.core.graph import rank
from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.store import Study
from desktop.store.graph import Story
from desktop.ui.graph.graph_bridging import GraphBridgingPanel, bridge_and_seek
from desktop.ui.graph.graph_card import card_html, value_facts
from desktop.ui.graph.graph_details_panel import GraphDetailsPanel
from desktop.ui.graph.graph_filter_panel import GraphFilterPanel
from desktop.ui.graph.graph_picture import Picture, picture
from desktop.ui.graph.graph_ranking_model import BRIDGING_COLUMN, GraphRankingModel
from desktop.ui.graph.graph_replay import Frame, GraphReplay
from desktop.ui.graph.graph_rows import GraphRows, Loaded, group_label, prepare, read_graph_rows
from desktop.ui.graph.graph_timeline_panel import GraphTimelinePanel
from desktop.ui.graph.graph_view import GraphView
from desktop.ui.graph.graph_worker import GraphWorker
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService

INTERVAL_DELAY_MS = 400  # bootstrap once the slider rests, not on every step
BOOTSTRAP_SAMPLES = 200
EMPTY = ("No wiser-than votes in this study yet. The graph appears here as participants vote; "
         "an online MGE run can be brought in with\n"
         "moral-graph-studio import STUDY values.json --kind mge-cards, then --kind mge-votes.")


class GraphPage(AreaPage):
    title = "Moral graph"
    summary = ("Values are nodes, wiser-than votes are edges. Watch the graph grow, rank it "
               "and export it for analysis.")
    frame_shown = Signal(object)  # Frame, once drawn
    intervals_shown = Signal()

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.study: Study | None = None
        self.values: dict[str, Value] = {}
        self.titles: dict[str, str] = {}
        self.stories: list[Story] = []
        self.groups: dict[str, dict[str, str]] = {}
        self.frame: Frame | None = None
        self.picture: Picture | None = None
        self.replay: GraphReplay | None = None
        self.intervals: dict[str, tuple[float, float]] = {}
        self._vote_count = 0
        self._fit_next = False
        self.intervals_enabled = True  # bootstrap intervals once the slider rests
        self.worker = GraphWorker(self)
        self._build()
        self._connect()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.worker.shutdown)

    def _build(self) -> None:
        self.filters = GraphFilterPanel()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.bridging = GraphBridgingPanel()
        self.view = GraphView()
        self.empty = QLabel(EMPTY)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.details = GraphDetailsPanel()
        self.ranking = GraphRankingModel()
        self.table = QTableView()
        self.table.setObjectName("graphRanking")
        self.table.setModel(self.ranking)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._size_columns()
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.details)
        side.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 440])
        side.setSizes([300, 300])
        self.timeline = GraphTimelinePanel()
        for widget, stretch in ((self.filters, 0), (self.status, 0), (self.bridging, 0),
                                (self.splitter, 1), (self.timeline, 0)):
            self.body.addWidget(widget, stretch)
        self._interval_timer = QTimer(self)
        self._interval_timer.setSingleShot(True)
        self._interval_timer.setInterval(INTERVAL_DELAY_MS)

    def _size_columns(self) -> None:
        # Fixed widths from the font, not ResizeToContents: that reads every row of a
        # 2,000-row table on each frame (80 ms here). The title keeps a readable width and
        # the table scrolls sideways when the page is narrow.
        header = self.table.horizontalHeader()
        digit = self.table.fontMetrics().horizontalAdvance("0")
        for column, characters in enumerate((4, 22, 6, 7, 17, 6, 16)):
            header.resizeSection(column, digit * characters + 12)
        header.setStretchLastSection(True)
        header.moveSection(BRIDGING_COLUMN, 2)  # beside the title, not scrolled out of sight
        self.table.setColumnHidden(BRIDGING_COLUMN, True)

    def _connect(self) -> None:
        self.filters.filter_changed.connect(self._on_filter_changed)
        self.filters.measure_changed.connect(self._on_measure_changed)
        self.bridging.field_changed.connect(self._on_bridging_changed)
        self.filters.relayout_requested.connect(self.relayout)
        self.filters.export_requested.connect(self.export_picture)
        self.timeline.step_changed.connect(self._on_step_changed)
        self.timeline.playing_changed.connect(self._on_playing_changed)
        self.view.value_hovered.connect(self._on_value_hovered)
        self.view.value_clicked.connect(self.select_value)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.worker.result_ready.connect(self._on_result_ready)
        self.worker.job_failed.connect(self._on_job_failed)
        self._interval_timer.timeout.connect(self._request_intervals)

    # Loading ------------------------------------------------------------------------------

    def show_study(self, study: Study | None) -> None:
        self.study = study
        self.frame, self.picture, self.intervals = None, None, {}
        self.details.show_placeholder()
        if study is None:
            self.replay = None
            self.worker.forget("frame")
            self.status.setText("No study is open.")
            self.stack.setCurrentWidget(self.empty)
            return
        self._load(study)

    def refresh(self) -> None:
        """Read the study again (votes cast elsewhere, a merge): filters are kept."""
        if self.study is not None:
            self._load(self.study)

    def _load(self, study: Study) -> None:
        path = study.path
        self._prepare(lambda: read_graph_rows(path))

    def show_graph(self, rows: GraphRows) -> None:
        """Show rows not read from a study (the benchmark's made-up graph)."""
        self._prepare(lambda: rows)

    def _prepare(self, read: Callable[[], GraphRows]) -> None:
        filters = self.filters
        context, group, field = filters.context, filters.group, self.bridging.field
        self.replay = None  # until the new one is ready, slider and filters wait
        self._fit_next = True
        self.status.setText("Reading the votes and laying the graph out…")
        self.worker.submit("frame", lambda: prepare(read(), context, group, field),
                           skippable=False)

    def _on_loaded(self, loaded: Loaded) -> None:
        rows = loaded.rows
        self.values = {value.id: value for value in rows.values}
        self.titles = {value_id: value.title for value_id, value in self.values.items()}
        self.stories, self.groups = rows.stories, rows.groups
        self._vote_count = len(rows.votes)
        self.filters.set_groups(self.groups)
        self.bridging.set_fields(list(self.groups))
        self.filters.set_contexts(rows.contexts())
        self.stack.setCurrentWidget(self.view if rows.votes else self.empty)
        self.replay = loaded.replay
        self._show_frame(loaded.frame)
        if not rows.votes:
            self.status.setText("")
        if (self.filters.context, group_label(self.filters.group)) != (
                loaded.frame.context, loaded.frame.group):
            self._on_filter_changed()  # the study lead chose another while it loaded
        if self.bridging.field != loaded.frame.bridging_field:
            self._on_bridging_changed()

    def _filter(self) -> tuple[str | None, str | None, set[str] | None]:
        group = self.filters.group
        people = None
        if group is not None:
            people = {p for p, given in self.groups.get(group[0], {}).items()
                      if given == group[1]}
        return self.filters.context, group_label(group), people

    # Requests -----------------------------------------------------------------------------

    def add_votes(self, votes: Sequence[Vote]) -> None:
        """Votes just cast: drawn without moving the values already shown."""
        replay = self.replay
        if replay is None or not votes:
            return
        self._vote_count += len(votes)
        if self.stack.currentWidget() is self.empty:
            self.stack.setCurrentWidget(self.view)
            self._fit_next = True
        self.worker.submit("frame", lambda: replay.add_votes(list(votes)), skippable=False)

    def relayout(self) -> None:
        replay = self.replay
        if replay is None:
            return
        # At the newest vote: stay there, counting votes still queued for drawing.
        step = None if self.timeline.step >= self.timeline.total else self.timeline.step
        self._fit_next = True
        self.status.setText("Laying the graph out afresh…")
        self.worker.submit("frame", lambda: (replay.relayout(), replay.seek(
            len(replay.timeline) if step is None else step))[1], skippable=False)

    def _on_filter_changed(self) -> None:
        replay = self.replay
        if replay is None:
            return
        context, group, participants = self._filter()
        self._fit_next = True
        self.worker.submit("frame", lambda: replay.select(context, group, participants),
                           skippable=False)

    def _on_bridging_changed(self) -> None:
        replay, field, timeline = self.replay, self.bridging.field, self.timeline
        step = None if timeline.step >= timeline.total else timeline.step
        if replay is not None:
            group_of = self.groups.get(field) if field else None
            self.worker.submit("frame", lambda: bridge_and_seek(replay, field, group_of, step),
                               skippable=False)

    def _on_step_changed(self, step: int) -> None:
        replay = self.replay
        if replay is None:
            return
        self.timeline.waiting = True
        self.worker.submit("frame", lambda: replay.seek(step))

    def _on_playing_changed(self, playing: bool) -> None:
        if not playing and self.frame is not None:
            self._interval_timer.start()

    def _request_intervals(self) -> None:
        frame = self.frame
        if frame is None or not frame.votes or self.timeline.playing or not self.intervals_enabled:
            return
        votes = list(frame.votes)
        self.worker.submit("intervals", lambda: (frame, _intervals(votes)), lane="intervals")

    # Results ------------------------------------------------------------------------------

    def _on_result_ready(self, kind: str, result: Any) -> None:
        if isinstance(result, Loaded):
            self._on_loaded(result)
        elif kind == "frame":
            self._show_frame(result)
        elif kind == "intervals":
            frame, intervals = result
            if frame is self.frame:
                self.intervals = intervals
                self.ranking.set_intervals(intervals)
                self._refresh_details()
                self.intervals_shown.emit()

    def _on_job_failed(self, kind: str, problem: str) -> None:
        self.timeline.waiting = False
        self.status.setText(f"The graph could not be computed: {problem}")

    def _show_frame(self, frame: Frame) -> None:
        previous, self.frame = self.frame, frame
        if previous is None or (previous.total_steps, previous.context, previous.group) != (
                frame.total_steps, frame.context, frame.group):
            self.timeline.reset(frame.total_steps, frame.state.step)
        self.timeline.show_moment(frame.state.step, frame.total_steps, frame.state.moment)
        self.intervals = {}  # they were for the previous frame's votes
        self._draw()
        if self._fit_next:
            self._fit_next = False
            self.view.fit(frame.positions)
        self.timeline.waiting = False
        if not self.timeline.playing:
            self._interval_timer.start()
        self.frame_shown.emit(frame)

    def _draw(self) -> None:
        frame = self.frame
        if frame is None:
            return
        self.picture = picture(frame, self.filters.measure)
        self.view.show_picture(self.picture, self.titles, frame.bridges)
        self.ranking.show(frame, self.picture, self.titles)
        self.table.setColumnHidden(BRIDGING_COLUMN, frame.bridging_field is None)
        self.bridging.show_frame(frame, self.filters.group)
        self._select_row(self.view.selected)
        self._refresh_details()
        state = frame.state
        self.status.setText(
            f"{len(self.picture.value_ids):,} values · {state.active_votes:,} votes counted "
            f"(a changed mind replaces the earlier answer) · {int(state.edges.kept.sum()):,} "
            "edges kept by MGE's filter: at least 2 wiser votes and a clear direction")

    def _on_measure_changed(self, measure: str) -> None:
        self._draw()

    # Details ------------------------------------------------------------------------------

    def select_value(self, value_id: str) -> None:
        self.view.set_selected(value_id)
        self._select_row(value_id)
        self._show_card(value_id)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Mouse and keyboard alike; selecting the row of the selected value is no change.
        if current.isValid() and self.ranking.value_ids[current.row()] != self.view.selected:
            self.select_value(self.ranking.value_ids[current.row()])

    def _select_row(self, value_id: str) -> None:
        if value_id in self.ranking.value_ids:
            self.table.selectRow(self.ranking.value_ids.index(value_id))
        else:
            self.table.clearSelection()

    def _on_value_hovered(self, value_id: str) -> None:
        shown = value_id or self.view.selected
        if shown:
            self._show_card(shown)
        else:
            self.details.show_placeholder()

    def _refresh_details(self) -> None:
        if self.details.value_id:
            self._show_card(self.details.value_id)

    def _show_card(self, value_id: str) -> None:
        frame, shown = self.frame, self.picture
        if frame is None or shown is None:
            return
        facts = value_facts(frame, value_id, self.filters.measure, shown.value_ids,
                            self.intervals.get(value_id))
        comments = [v for v in frame.votes if v.comment and value_id in (v.from_value_id,
                                                                          v.to_value_id)]
        stories = [s for s in self.stories if value_id in (s.from_value_id, s.to_value_id)
                   and frame.context in (None, s.context)]
        bridging = (None if frame.bridging_field is None
                    else (frame.bridging_field, frame.towards.get(value_id, ())))
        self.details.show_card(value_id, card_html(self.values.get(value_id), facts, self.titles,
                                                   comments, stories, bridging))

    # Export and lifecycle -----------------------------------------------------------------

    def export_picture(self, path: Path) -> Path:
        """The graph as shown, as PNG or SVG by the file's suffix."""
        saved = self.view.export_picture(Path(path))
        self.status.setText(f"Saved the picture to {saved}")
        return saved

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Votes cast on another page (or merged in) since the graph was read: read again.
        if (self.study is not None and self.replay is not None
                and self.study.table_counts().get("votes") != self._vote_count):
            self.refresh()

    def shutdown(self) -> None:
        self.timeline.pause()
        self.worker.shutdown()


def _intervals(votes: list[Vote]) -> dict[str, tuple[float, float]]:
    ranking = rank(votes, bootstrap_samples=BOOTSTRAP_SAMPLES)
    return {value.value_id: (value.bt_low, value.bt_high) for value in ranking.values}

