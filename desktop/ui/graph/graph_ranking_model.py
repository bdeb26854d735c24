"""The side table's model: values by rank, with their scores, Bradley-Terry intervals and,
when bridging is on, the groups that moved towards each bridging value."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from desktop.ui.graph.graph_picture import Picture
from desktop.ui.graph.graph_replay import Frame

COLUMN_COUNT = 7
INTERVAL_COLUMN, BRIDGING_COLUMN = 4, 6
SCORE_COLUMNS = (2, 3, INTERVAL_COLUMN)
LEFT_TO_RIGHT_MARK = "\u200e"  # keeps "-0.11 [-0.5, 0.3]" in its order in an Arabic table
Index = QModelIndex | QPersistentModelIndex


class GraphRankingModel(QAbstractTableModel):
    """Rows follow the picture's order (best first by the measure the view sizes by)."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[Any, ...]] = []
        self.value_ids: list[str] = []
        self._intervals: Mapping[str, tuple[float, float]] = {}
        self.columns = (self.tr("#"), self.tr("Value"), self.tr("PR"), self.tr("MGE PR"),
                        self.tr("B-T [95%]"), self.tr("W/L"), self.tr("Bridging"))
        self.header_tips = (
            self.tr("Rank by the measure the discs are sized by"), self.tr("The value's title"),
            self.tr("Our PageRank (dangling values keep their rank)"),
            self.tr("PageRank as MGE computes it (– : not on an edge MGE's filter kept)"),
            self.tr("Bradley-Terry log-strength and its bootstrap 95% interval (… while "
                    "computed)"),
            self.tr("Votes the value won and lost"),
            self.tr("How many groups of the chosen field moved towards the value, and which "
                    "(shown when two or more did)"))

    def show(self, frame: Frame, picture: Picture, titles: Mapping[str, str]) -> None:
        self.show_rows(picture.value_ids, ranking_rows(frame, picture, titles))

    def show_rows(self, value_ids: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """Rows made by `ranking_rows` (on a worker: 2,000 rows take milliseconds)."""
        self.beginResetModel()
        self.value_ids = list(value_ids)
        self._rows = rows
        self._intervals = {}
        self.endResetModel()

    def set_intervals(self, intervals: Mapping[str, tuple[float, float]]) -> None:
        """Bootstrap intervals arrive later than the rest (they take a while): fill them in."""
        self._intervals = intervals
        if self._rows:
            column = INTERVAL_COLUMN
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(row, column)
            if column in SCORE_COLUMNS and QGuiApplication.isRightToLeft():
                return f"{LEFT_TO_RIGHT_MARK}{text}{LEFT_TO_RIGHT_MARK}"
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (1, BRIDGING_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            # The whole title of an elided cell; escaped, as a tooltip may be read as rich text.
            return f"<p>{html.escape(self._text(row, column))}</p>"
        return None

    def _text(self, row: int, column: int) -> str:
        value = self._rows[row][column]
        if column == INTERVAL_COLUMN:
            if value is None:
                return "…"  # the fit waits until the slider rests
            interval = self._intervals.get(self.value_ids[row])
            bounds = f"[{interval[0]:.2f}, {interval[1]:.2f}]" if interval else "[…]"
            return "–" if math.isnan(value) else f"{value:.2f} {bounds}"
        if isinstance(value, float):
            return "–" if math.isnan(value) else f"{value:.3f}"
        return str(value)


def ranking_rows(frame: Frame, picture: Picture,
                 titles: Mapping[str, str]) -> list[tuple[Any, ...]]:
    """One row per value of the picture, best first: rank, title, both PageRanks, the
    Bradley-Terry score (None while its fit waits for the slider to rest), won / lost and
    the groups that moved towards it. Qt-free: the page's worker makes them."""
    state = frame.state
    index = {value_id: i for i, value_id in enumerate(state.value_ids)}
    bridges, current = frame.bridges, state.bt_current
    pagerank, mge = state.pagerank.tolist(), state.mge_pagerank.tolist()
    bt = state.bt_score.tolist()
    won, lost = state.votes_for.tolist(), state.votes_against.tolist()
    rows = []
    for rank, value_id in enumerate(picture.value_ids, start=1):
        i = index[value_id]
        rows.append((rank, titles.get(value_id, value_id), pagerank[i], mge[i],
                     bt[i] if current else None, f"{won[i]} / {lost[i]}",
                     _groups_text(bridges[value_id]) if value_id in bridges else ""))
    return rows


def _groups_text(groups: tuple[str, ...]) -> str:
    return f"{len(groups)}: {', '.join(groups)}"
