"""Data shown inside interface text keeps its own direction: in the right-to-left (Arabic)
interface an English question or a file path is not reordered around it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"
LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"  # keeps a line that is all data right to left around it


def isolate(text: object, left_to_right: bool = False) -> str:
    """`text` laid out in the direction of its own first letter (or left to right: a file
    path) when the interface runs right to left; left to right, the text as it is."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return str(text)
    first = LEFT_TO_RIGHT_MARK if left_to_right else ""  # a path's "/" is no letter
    return f"{RIGHT_TO_LEFT_MARK}{FIRST_STRONG_ISOLATE}{first}{text}{POP_ISOLATE}"
