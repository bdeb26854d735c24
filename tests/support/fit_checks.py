"""Checks for a window on a small screen: horizontal scroll bars, text that does not fit its
widget, and controls that a screen reader could not name."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
            QAbstractItemView, QAbstractSlider)


def _name(widget: QWidget) -> str:
    chain, node = [], widget
    while node is not None and len(chain) < 4:
        chain.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return "/".join(reversed(chain))


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def scroll_bar_problems(root: QWidget) -> list[str]:
    """Every visible horizontal scroll bar of a scroll area (graph pictures excepted)."""
    problems = []
    for area in root.findChildren(QAbstractScrollArea):
        if isinstance(area, QGraphicsView) or not _shown(area):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            problems.append(f"horizontal scroll bar in {_name(area)} ({bar.maximum()} px)")
    return problems


def label_problems(label: QLabel) -> list[str]:
    text = _plain(label)
    if not text.strip() or not _shown(label) or label.pixmap() is not None and not text:
        return []
    width = label.contentsRect().width() - 2 * label.margin() - 2 * max(label.indent(), 0)
    if hasattr(label, "is_elided"):  # desktop.ui.widgets.fit.ElidedLabel
        if label.is_elided() and text not in label.toolTip():
            return [f"elided label {_name(label)} has no whole text in its tooltip"]
        return []
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return [f"wrapped label {_name(label)} needs {needed} px, has {label.height()}: "
                    f"{text[:60]!r}"]
        words = re.split(r"[\s\u200b]+", text.strip())  # Qt also breaks at zero-width spaces
        longest = max(label.fontMetrics().horizontalAdvance(word) for word in words)
        if longest > width + 1:
            return [f"a word of {_name(label)} is wider than it: {text[:60]!r}"]
        return []
    advance = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines())
    if advance > width + 1:
        return [f"label {_name(label)} needs {advance} px, has {width}: {text[:60]!r}"]
    return []


def button_problems(button: QAbstractButton) -> list[str]:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text or not _shown(button) or isinstance(button.parentWidget(), QScrollBar):
        return []
    if isinstance(button, (QCheckBox, QRadioButton)):
        needed, width = button.sizeHint().width(), button.width()
    else:
        extra = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        needed = button.fontMetrics().horizontalAdvance(text) + extra
        width = button.contentsRect().width() - (8 if isinstance(button, QPushButton) else 4)
    if needed > width + 1:
        return [f"button {_name(button)} needs {needed} px, has {width}: {text!r}"]
    return []


def cut_by_container(widget: QWidget) -> list[str]:
    """A widget wider than what its containers let be seen of it."""
    seen = widget.visibleRegion().boundingRect()
    if _shown(widget) and not seen.isEmpty() and seen.width() < widget.width() - 1:
        return [f"{_name(widget)} is cut off on the side: {seen.width()} of "
                f"{widget.width()} px seen"]
    return []


def clipped_text_problems(root: QWidget) -> list[str]:
    problems: list[str] = []
    for label in root.findChildren(QLabel):
        problems += label_problems(label) + cut_by_container(label)
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button.parentWidget(), (QTabBar, QScrollBar)):
            problems += button_problems(button) + cut_by_container(button)
    return problems


def fit_problems(root: QWidget) -> list[str]:
    """Everything a person would see cut off or scrolling sideways in `root`."""
    return scroll_bar_problems(root) + clipped_text_problems(root)


def _has_buddy_label(widget: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is widget and _plain(label).strip()
               for label in root.findChildren(QLabel))


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive controls with no accessible name, no text of their own and no label buddy."""
    top = root.window()
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if isinstance(widget.parentWidget(), (QTabBar, QScrollBar, QAbstractSpinBox, QComboBox,
                                              QAbstractItemView)) or _inner_part(widget):
            continue
        if widget.accessibleName().strip():
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        if _has_buddy_label(widget, top):
            continue
        problems.append(f"{type(widget).__name__} {_name(widget)}")
    return problems


def _inner_part(widget: QWidget) -> bool:
    """Parts Qt builds inside another control (a combo box's line edit, a view's corner)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        if isinstance(parent, QAbstractItemView) and isinstance(widget, QToolButton | QLineEdit):
            return widget.objectName().startswith("qt_") or isinstance(widget, QToolButton)
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")
