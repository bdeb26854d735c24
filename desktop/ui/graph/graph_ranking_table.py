"""The ranking beside the graph: one row per value shown, best first; a row chosen by mouse or
keyboard names its value."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.graph.graph_ranking_model import BRIDGING_COLUMN, GraphRankingModel
from desktop.ui.widgets.fit import squeeze_columns

COLUMN_CHARACTERS = (4, 22, 6, 7, 17, 6, 16)


class GraphRankingTable(QTableView):
    value_chosen = Signal(str)  # the value of the row made current

    def __init__(self, ranking: GraphRankingModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ranking = ranking
        self.setObjectName("graphRanking")
        self.setModel(ranking)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self._size_columns()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.moveSection(BRIDGING_COLUMN, 2)  # beside the title, not scrolled out of sight
        self.setColumnHidden(BRIDGING_COLUMN, True)
        squeeze_columns(self, self._column_widths)  # at a large text size cells elide
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def _column_widths(self) -> list[int]:
        # Fixed widths from the font, not ResizeToContents: that reads every row of a
        # 2,000-row table on each frame (80 ms here). The title takes what is left (elided,
        # whole in its tooltip): the table never scrolls sideways.
        digit = self.fontMetrics().horizontalAdvance("0")
        return [digit * characters + 12 for characters in COLUMN_CHARACTERS]

    def _size_columns(self) -> None:
        header = self.horizontalHeader()
        for column, width in enumerate(self._column_widths()):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0") * 3)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View > Text size
            self._size_columns()

    def show_bridging_column(self, on: bool) -> None:
        self.setColumnHidden(BRIDGING_COLUMN, not on)

    def select_value(self, value_id: str) -> None:
        """Select the value's row; no row when the value is not shown."""
        if value_id in self.ranking.value_ids:
            self.selectRow(self.ranking.value_ids.index(value_id))
        else:
            self.clearSelection()

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.value_chosen.emit(self.ranking.value_ids[current.row()])
