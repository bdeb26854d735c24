"""The Moral graph page: the graph growing vote by vote, its ranking and each value's card.

The page lays its widgets out and draws what its GraphController says; the controller holds
the state and the steps (rows, replay frames, filters, bridging, intervals, live votes).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QWidget

from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.services.graph import GraphRows
from desktop.store import Study
from desktop.ui.graph.graph_bridging import GraphBridgingPanel
from desktop.ui.graph.graph_controller import GraphController
from desktop.ui.graph.graph_details_panel import GraphDetailsPanel
from desktop.ui.graph.graph_drawing import Drawing
from desktop.ui.graph.graph_filter_panel import GraphFilterPanel
from desktop.ui.graph.graph_picture import Picture
from desktop.ui.graph.graph_ranking_model import GraphRankingModel
from desktop.ui.graph.graph_ranking_table import GraphRankingTable
from desktop.ui.graph.graph_replay import Frame, GraphReplay
from desktop.ui.graph.graph_timeline_panel import GraphTimelinePanel
from desktop.ui.graph.graph_view import GraphView
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.widgets.fit import accessible, wrap

RANKING_WHILE_MOVING_MS = 250
IMPORT_COMMAND = "moral-graph-studio import STUDY values.json"  # a command: not translated


class GraphPage(AreaPage):
    title = "Moral graph"
    summary = ("Values are nodes, wiser-than votes are edges. Watch the graph grow, rank it "
               "and export it for analysis.")
    frame_shown = Signal(object)  # Frame, once drawn
    intervals_shown = Signal()

    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.heading.setText(self.tr("Moral graph"))
        self.explanation.setText(self.tr("Values are nodes, wiser-than votes are edges. Watch "
                                         "the graph grow, rank it and export it for analysis."))
        self._build()
        self._pending_ranking: tuple[Drawing, dict[str, str]] | None = None
        self._ranking_timer = QTimer(self)
        self._ranking_timer.setSingleShot(True)
        self._ranking_timer.setInterval(RANKING_WHILE_MOVING_MS)
        self._ranking_timer.timeout.connect(self.show_ranking)
        self.controller = GraphController(self)
        self._connect()

    def _build(self) -> None:
        self.filters = GraphFilterPanel()
        self.status = wrap(QLabel())
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.bridging = GraphBridgingPanel()
        self.view = GraphView()
        self.empty = QLabel(self.tr(
            "No wiser-than votes in this study yet. The graph appears here as participants "
            "vote; an online MGE run can be brought in with\n{command} --kind mge-cards, "
            "then --kind mge-votes.").format(
                command=IMPORT_COMMAND))
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        self.details = GraphDetailsPanel()
        self.ranking = GraphRankingModel()
        self.table = GraphRankingTable(self.ranking)
        accessible(self.table, self.tr("Ranking of the values shown"))
        accessible(self.details, self.tr("Card of the chosen value"))
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.details)
        side.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 520])  # the ranking's columns fit beside the picture
        side.setSizes([300, 300])
        self.timeline = GraphTimelinePanel()
        for widget, stretch in ((self.filters, 0), (self.status, 0), (self.bridging, 0),
                                (self.splitter, 1), (self.timeline, 0)):
            self.body.addWidget(widget, stretch)

    def _connect(self) -> None:
        c = self.controller
        self.filters.filter_changed.connect(c.choose_filter)
        self.filters.measure_changed.connect(lambda _measure: c.draw())
        self.filters.relayout_requested.connect(c.relayout)
        self.filters.export_requested.connect(self.export_picture)
        self.bridging.field_changed.connect(c.choose_bridging_field)
        self.timeline.step_changed.connect(c.seek)
        self.timeline.playing_changed.connect(c.set_playing)
        self.timeline.playing_changed.connect(lambda playing: playing or self.show_ranking())
        self.timeline.slider.sliderReleased.connect(self.show_ranking)
        self.view.value_hovered.connect(c.hover)
        self.view.value_clicked.connect(c.select_value)
        self.table.value_chosen.connect(c.choose_row)
        c.frame_shown.connect(self.frame_shown)
        c.intervals_shown.connect(self.intervals_shown)

    # What the window, the benchmark and tests call ---------------------------------------

    def show_study(self, study: Study | None) -> None:
        self.controller.show_study(study)

    def refresh(self) -> None:
        """Read the study again (votes cast elsewhere, a merge): filters are kept."""
        self.controller.refresh()

    def show_graph(self, rows: GraphRows) -> None:
        """Show rows not read from a study (the benchmark's made-up graph)."""
        self.controller.show_graph(rows)

    def add_votes(self, votes: Sequence[Vote]) -> None:
        """Votes just cast: drawn without moving the values already shown."""
        self.controller.add_votes(votes)

    def relayout(self) -> None:
        self.controller.relayout()

    def select_value(self, value_id: str) -> None:
        self.controller.select_value(value_id)

    @property
    def replay(self) -> GraphReplay | None:
        """None until the study's rows are read and laid out."""
        return self.controller.replay

    @property
    def frame(self) -> Frame | None:
        return self.controller.frame

    @property
    def picture(self) -> Picture | None:
        return self.controller.picture

    @property
    def values(self) -> dict[str, Value]:
        return self.controller.values

    @property
    def titles(self) -> dict[str, str]:
        return self.controller.titles

    def export_picture(self, path: Path) -> Path:
        """The graph as shown, as PNG or SVG by the file's suffix."""
        saved = self.view.export_picture(Path(path))
        self.show_status(self.tr("Saved the picture to {path}").format(path=saved))
        return saved

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.controller.refresh_if_votes_changed()

    def shutdown(self) -> None:
        self.controller.shutdown()

    # What the controller shows -----------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def show_empty(self, empty: bool) -> None:
        """The explanation of how to get votes instead of the graph."""
        self.stack.setCurrentWidget(self.empty if empty else self.view)

    def showing_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def show_frame(self, shown: Drawing, titles: dict[str, str]) -> None:
        """The drawing, the ranking and the bridging line of one frame, the selection kept.

        While the replay plays or the slider is dragged, frames come faster than anyone reads
        a table of numbers: the ranking then follows at most every RANKING_WHILE_MOVING_MS
        (repainting it took a third of each frame), and exactly once the motion stops."""
        frame = shown.frame
        self.view.show_picture(shown.picture, titles, frame.bridges, shown.arrows)
        self.bridging.show_frame(frame, self.filters.group)
        self._pending_ranking = (shown, titles)
        if self.timeline.playing or self.timeline.slider.isSliderDown():
            if not self._ranking_timer.isActive():
                self._ranking_timer.start()
        else:
            self.show_ranking()

    def show_ranking(self) -> None:
        """The ranking of the last frame shown, if it is not in the table yet."""
        self._ranking_timer.stop()
        if self._pending_ranking is None:
            return
        (shown, titles), self._pending_ranking = self._pending_ranking, None
        self.ranking.show_columns(shown.ranking, titles)
        self.table.show_bridging_column(shown.frame.bridging_field is not None)
        self.table.select_value(self.view.selected)
