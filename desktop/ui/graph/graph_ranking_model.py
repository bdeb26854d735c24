"""The side table's model: values by rank, with their scores, Bradley-Terry intervals and,
when bridging is on, the groups that moved towards each bridging value."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from desktop.ui.graph.graph_picture import Picture
from desktop.ui.graph.graph_replay import Frame

COLUMN_COUNT = 7
INTERVAL_COLUMN, BRIDGING_COLUMN = 4, 6
SCORE_COLUMNS = (2, 3, INTERVAL_COLUMN)
LEFT_TO_RIGHT_MARK = "\u200e"  # keeps "-0.11 [-0.5, 0.3]" in its order in an Arabic table
Index = QModelIndex | QPersistentModelIndex
DISPLAY, ALIGNMENT = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class RankingColumns:
    """The table's numbers, one entry per row (the picture's order, best first); a cell is
    written only when the table paints it, so a frame of 2,000 values costs no loop."""

    value_ids: list[str]
    pagerank: npt.NDArray[np.float64]
    mge_pagerank: npt.NDArray[np.float64]
    bt_score: npt.NDArray[np.float64] | None  # None while the fit waits for the slider to rest
    won: npt.NDArray[np.int64]
    lost: npt.NDArray[np.int64]
    bridges: Mapping[str, tuple[str, ...]]


def ranking_columns(frame: Frame, picture: Picture) -> RankingColumns:
    """The columns of `picture`'s rows (Qt-free: the page's worker makes them)."""
    state, rows = frame.state, picture.state_index
    return RankingColumns(list(picture.value_ids), state.pagerank[rows],
                          state.mge_pagerank[rows],
                          state.bt_score[rows] if state.bt_current else None,
                          state.votes_for[rows], state.votes_against[rows], frame.bridges)


_EMPTY = RankingColumns([], np.zeros(0), np.zeros(0), None, np.zeros(0, dtype=np.int64),
                        np.zeros(0, dtype=np.int64), {})


class GraphRankingModel(QAbstractTableModel):
    """Rows follow the picture's order (best first by the measure the view sizes by)."""

    def __init__(self) -> None:
        super().__init__()
        self._columns = _EMPTY
        self._titles: Mapping[str, str] = {}
        self.value_ids: list[str] = []
        self._right_to_left = QGuiApplication.isRightToLeft()
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
        self.show_columns(ranking_columns(frame, picture), titles)

    def show_columns(self, columns: RankingColumns, titles: Mapping[str, str]) -> None:
        self.beginResetModel()
        self._columns, self._titles = columns, titles
        self.value_ids = columns.value_ids
        self._intervals = {}
        self._right_to_left = QGuiApplication.isRightToLeft()
        self.endResetModel()

    def set_intervals(self, intervals: Mapping[str, tuple[float, float]]) -> None:
        """Bootstrap intervals arrive later than the rest (they take a while): fill them in."""
        self._intervals = intervals
        if self.value_ids:
            column = INTERVAL_COLUMN
            self.dataChanged.emit(self.index(0, column),
                                  self.index(len(self.value_ids) - 1, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.value_ids)

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

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every role of every cell painted: plain ints, no enum arithmetic.
        role = int(role)
        if role == DISPLAY:
            column = index.column()
            text = self._text(index.row(), column)
            if column in SCORE_COLUMNS and self._right_to_left:
                return f"{LEFT_TO_RIGHT_MARK}{text}{LEFT_TO_RIGHT_MARK}"
            return text
        if role == ALIGNMENT and index.column() not in (1, BRIDGING_COLUMN):
            return RIGHT_ALIGNED
        if role == TOOLTIP and index.column() == 1:
            # The whole title of an elided cell; escaped, as a tooltip may be read as rich text.
            return f"<p>{html.escape(self._text(index.row(), 1))}</p>"
        return None

    def _text(self, row: int, column: int) -> str:
        columns, value_id = self._columns, self.value_ids[row]
        if column == 0:
            return str(row + 1)
        if column == 1:
            return self._titles.get(value_id, value_id)
        if column in (2, 3):
            score = float((columns.pagerank if column == 2 else columns.mge_pagerank)[row])
            return "–" if math.isnan(score) else f"{score:.3f}"
        if column == INTERVAL_COLUMN:
            if columns.bt_score is None:
                return "…"  # the fit waits until the slider rests
            score = float(columns.bt_score[row])
            interval = self._intervals.get(value_id)
            bounds = f"[{interval[0]:.2f}, {interval[1]:.2f}]" if interval else "[…]"
            return "–" if math.isnan(score) else f"{score:.2f} {bounds}"
        if column == 5:
            return f"{int(columns.won[row])} / {int(columns.lost[row])}"
        groups = columns.bridges.get(value_id)
        return _groups_text(groups) if groups else ""


def _groups_text(groups: tuple[str, ...]) -> str:
    return f"{len(groups)}: {', '.join(groups)}"
