"""Cells cut short show their whole text: in a table or list whose column is too narrow (a small
screen, a large text size) Qt shortens a cell's text to "…"; hovering it then shows all of it,
unless the model gives that cell a tooltip of its own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QToolTip, QWidget

_INSTALLED = "cellTipsInstalled"


class _CutCellTips(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # nothing there, or the model's own tooltip
        text = whole_text_if_cut(self.view, index)
        if not text:
            QToolTip.hideText()
            return True  # the whole text is in sight: no tooltip
        QToolTip.showText(event.globalPos(), text, self.view.viewport(),
                          self.view.visualRect(index))
        return True


def whole_text_if_cut(view: QAbstractItemView, index: QModelIndex) -> str:
    """The cell's text if its column is too narrow to show all of it, else ''."""
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    if shown is None or str(shown) == "":
        return ""
    text = str(shown)
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.visualRect(index).width() - 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= view.iconSize().width() + margin
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        room -= view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view)
    widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [text])
    return text if widest > room else ""


def show_cut_cells(root: QWidget) -> None:
    """Every table and list in `root` (and `root` itself, if it is one) from now on."""
    views = root.findChildren(QAbstractItemView)
    if isinstance(root, QAbstractItemView):
        views.append(root)
    for view in views:
        if not view.property(_INSTALLED):
            view.setProperty(_INSTALLED, True)
            _CutCellTips(view)
