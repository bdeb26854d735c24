"""A table cell cut to "…" shows its whole text when hovered; a cell in full view, or one with
the model's own tooltip, is left as it is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QToolTip
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.cell_tips import show_cut_cells, whole_text_if_cut
from desktop.ui.widgets.fit import squeeze_columns

LONG = "Respecting the teenager's growing autonomy while keeping them safe online"


def table(qtbot: QtBot, tooltip: str = "") -> QTableWidget:
    view = QTableWidget(2, 2)
    qtbot.addWidget(view)
    view.setItem(0, 0, QTableWidgetItem(LONG))
    view.setItem(1, 0, QTableWidgetItem("Ok"))
    view.setItem(0, 1, QTableWidgetItem(LONG))
    if tooltip:
        view.item(0, 1).setToolTip(tooltip)
    view.setColumnWidth(0, 80)
    view.setColumnWidth(1, 80)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def hover(view: QTableWidget, row: int, column: int) -> str:
    """What the tooltip says after hovering the cell ('' when none shows)."""
    QToolTip.hideText()
    spot = view.visualRect(view.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, spot, view.viewport().mapToGlobal(spot))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cut_cell_shows_its_whole_text(qtbot: QtBot) -> None:
    view = table(qtbot)
    show_cut_cells(view)
    assert whole_text_if_cut(view, view.model().index(0, 0)) == LONG
    assert hover(view, 0, 0) == LONG


def test_a_cell_in_full_view_shows_no_tip(qtbot: QtBot) -> None:
    view = table(qtbot)
    show_cut_cells(view)
    assert whole_text_if_cut(view, view.model().index(1, 0)) == ""
    assert hover(view, 1, 0) == ""
    view.setColumnWidth(0, view.fontMetrics().horizontalAdvance(LONG) + 40)
    assert whole_text_if_cut(view, view.model().index(0, 0)) == ""  # widened: nothing cut


def test_the_models_own_tooltip_wins(qtbot: QtBot) -> None:
    view = table(qtbot, tooltip="Chosen by the model")
    show_cut_cells(view)
    assert hover(view, 0, 1) == "Chosen by the model"


def test_a_squeezed_table_gets_the_tips(qtbot: QtBot) -> None:
    view = table(qtbot)
    squeeze_columns(view)
    assert hover(view, 0, 0) == LONG
    assert view.property("cellTipsInstalled") is True


def test_without_the_tips_a_cut_cell_shows_nothing(qtbot: QtBot) -> None:
    """The hover check itself can fail: a plain table shows no tooltip for a cut cell."""
    view = table(qtbot)
    assert view.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert hover(view, 0, 0) == ""
