"""Small helpers that keep text readable on a small laptop screen: labels that elide with the
whole text in a tooltip, labels that wrap, combo boxes that do not ask for their longest item's
width, and accessible names for controls that have no visible label of their own."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QListView,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)

LONGEST_UNBROKEN = 12
_BREAK_AFTER = re.compile(r"[\\/_.-]")
_NOT_A_BREAK = r"[^\\/_.\u200b\s-]"
_LONG_RUN = re.compile(f"{_NOT_A_BREAK}{{{LONGEST_UNBROKEN}}}(?={_NOT_A_BREAK})")


class ElidedLabel(QLabel):
    """A one-line plain-text label that shows "…" when it is too narrow; `text()` stays whole
    and the tooltip then shows all of it. It asks for its whole text's width but makes do with
    a few letters, so it never makes its window wider."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.mode = mode  # ElideMiddle for a path: its file name stays in sight
        self._own_tip = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        self._update_tip()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt's name)
        self._own_tip = tip
        self._update_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint()
                     .height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self.mode,
                                              rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)

    def _update_tip(self) -> None:
        whole = self.text() if self.is_elided() else ""
        tip = "\n\n".join(part for part in (whole, self._own_tip) if part)
        QLabel.setToolTip(self, tip)


def wrap(label: QLabel) -> QLabel:
    """Let a label take as many lines as it needs instead of widening its page."""
    label.setWordWrap(True)
    label.setMinimumWidth(0)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
    return label


def wrap_items(view: QListView) -> QListView:
    """A list whose long items wrap at its width instead of scrolling sideways."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def breakable(path: object) -> str:
    """A file path that may wrap after each separator, hyphen, underscore or dot, and inside a
    run of more than LONGEST_UNBROKEN letters (a zero-width space marks each place)."""
    text = _BREAK_AFTER.sub(lambda found: found.group(0) + "\u200b", str(path))
    return _LONG_RUN.sub(lambda found: found.group(0) + "\u200b", text)


def narrow_combo(box: QComboBox, characters: int = 14) -> QComboBox:
    """A combo box as wide as `characters` letters at least, not as its longest item; the
    current item's whole text is its tooltip."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    box.currentTextChanged.connect(box.setToolTip)
    return box


def accessible(widget: QWidget, accessible: str, description: str = "") -> QWidget:
    """The name a screen reader says for a control with no visible label of its own."""
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def label_for(text: str, control: QWidget) -> QLabel:
    """A visible label that names `control` (its buddy: Alt+letter focuses it too)."""
    label = QLabel(text)
    label.setBuddy(control)
    return label


class FlowLayout(QLayout):
    """Widgets left to right (right to left in Arabic), wrapping onto the next line when the row
    is too narrow (a row of buttons at a large text size)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._heights: dict[int, int] = {}  # by width, until an item or its size changes
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)
        self.invalidate()

    def invalidate(self) -> None:
        """Qt calls this when an item's size hint, font or style changes, as Qt's own layouts
        drop their height-for-width cache."""
        self._heights.clear()
        super().invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        """Asked many times per layout pass, for the same few widths."""
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        shown = [item.sizeHint() for item in self._items if not item.isEmpty()]
        width = sum(size.width() for size in shown) + self._gap * max(0, len(shown) - 1)
        return QSize(width, max((size.height() for size in shown), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = rect.x()
        for item in (item for item in self._items if not item.isEmpty()):
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > rect.right() + 1:
                lines.append([])
                x = rect.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._gap
        y, direction = rect.y(), self._direction()
        for line in lines:
            height = max((hint.height() for _, hint in line), default=0)
            x = rect.x()
            for item, hint in line:  # centred on the line: labels level with combo boxes
                if move:
                    place = QRect(QPoint(x, y + (height - hint.height()) // 2), hint)
                    item.setGeometry(QStyle.visualRect(direction, rect, place))
                x += hint.width() + self._gap
            y += height + self._gap
        return max(0, y - self._gap - rect.y())

    def _direction(self) -> Qt.LayoutDirection:
        """Mirrored like Qt's own layouts when the widget is laid out right to left."""
        owner = self.parentWidget()
        return owner.layoutDirection() if owner is not None else Qt.LayoutDirection.LeftToRight


class _NarrowWatcher(QObject):
    def __init__(self, owner: QWidget, box: QBoxLayout | None) -> None:
        super().__init__(owner)
        self.owner, self.box = owner, box
        owner.installEventFilter(self)

    def parts(self) -> list[QSize]:
        if isinstance(self.owner, QSplitter):
            return [self.owner.widget(i).minimumSizeHint() for i in range(self.owner.count())]
        box = self.box
        return [box.itemAt(i).minimumSize() for i in range(box.count())] if box else []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.adapt()
        return False

    def adapt(self) -> None:
        widths = [size.width() for size in self.parts()]
        margins = self.owner.contentsMargins()
        side = margins.left() + margins.right() + 24
        self.owner.setMinimumWidth(max(widths, default=0) + side)
        wide = self.owner.width() >= sum(widths) + 12 * len(widths) + side
        if isinstance(self.owner, QSplitter):
            self.owner.setOrientation(Qt.Orientation.Horizontal if wide
                                      else Qt.Orientation.Vertical)
        elif self.box is not None:
            self.box.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                  else QBoxLayout.Direction.TopToBottom)


def stack_when_narrow(owner: QWidget, box: QBoxLayout | None = None) -> None:
    """Side by side when there is room, one above the other when not: a splitter's panes, or
    the items of `box` (a layout inside `owner`). The page then never scrolls sideways."""
    _NarrowWatcher(owner, box).adapt()


class _ColumnFitter(QObject):
    def __init__(self, view: QTableView, widths: Callable[[], list[int]] | None) -> None:
        super().__init__(view)
        self.view, self.header, self.widths = view, view.horizontalHeader(), widths
        self.modes = [self.header.sectionResizeMode(i) for i in range(self.header.count())]
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header, room = self.header, self.view.viewport().width()
        for column, mode in enumerate(self.modes):  # as the page made them, then squeeze
            header.setSectionResizeMode(column, mode)
        for column, width in enumerate(self.widths() if self.widths else []):
            if self.modes[column] != QHeaderView.ResizeMode.Stretch:
                header.resizeSection(column, width)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if header.length() <= room or not shown:
            return
        header.setMinimumSectionSize(min(header.minimumSectionSize(),
                                         header.fontMetrics().horizontalAdvance("0…") + 8))
        scale = room / header.length()
        for column in shown:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, int(header.sectionSize(column) * scale))
        widest = max(shown, key=header.sectionSize)  # what rounding and minimums left over
        header.resizeSection(widest, header.sectionSize(widest) - max(0, header.length() - room))


def squeeze_columns(view: QTableView,
                    widths: Callable[[], list[int]] | None = None) -> QTableView:
    """When its columns are wider than the table, narrow them all in proportion (their text
    elides) instead of scrolling sideways; back to the page's own sizes (`widths`, else as
    the sections were) when there is room."""
    from desktop.ui.widgets.cell_tips import show_cut_cells  # Qt's tooltip classes: when used

    _ColumnFitter(view, widths)
    show_cut_cells(view)  # a squeezed cell shows its whole text when hovered
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return view
