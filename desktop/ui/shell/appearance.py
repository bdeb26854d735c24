"""The app's look, chosen under View: the stylesheet (standard or high contrast) and the text
size, applied through the application font so that every page grows with it."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from desktop.core import paths

THEMES = {"standard": QT_TRANSLATE_NOOP("Appearance", "Standard"),
          "high-contrast": QT_TRANSLATE_NOOP("Appearance", "High contrast")}
TEXT_SIZES = (100, 125, 150, 200)
BASE_POINT_SIZE = 10.5  # what annotators read for hours; 100 % text size
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def theme_names() -> dict[str, str]:
    """The themes' names in the interface's language."""
    return {key: QCoreApplication.translate("Appearance", name) for key, name in THEMES.items()}


def stylesheet(theme: str, text_size: int) -> str:
    """app.qss, then the theme's own rules; every size in points scaled to the text size."""
    names = ["app.qss"] + (["high_contrast.qss"] if theme == "high-contrast" else [])
    text = "\n".join(_read(name) for name in names)
    scale = text_size / 100
    return _POINTS.sub(lambda match: f"{float(match[1]) * scale:.1f}pt", text)


def _read(name: str) -> str:
    path = paths.resource("styles", name)
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def apply_appearance(theme: str, text_size: int) -> None:
    """Set the application font and stylesheet; a size or theme not offered falls back."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    text_size = text_size if text_size in TEXT_SIZES else 100
    font = app.font()
    font.setPointSizeF(BASE_POINT_SIZE * text_size / 100)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme if theme in THEMES else "standard", text_size))


def choice_menu(menu: QMenu, choices: Mapping[Any, str], current: Any,
                choose: Callable[[Any], None]) -> QActionGroup:
    """One checkable entry per choice (its value in `data()`), the current one checked."""
    group = QActionGroup(menu)
    for value, text in choices.items():
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(value == current)
        action.setData(value)
        group.addAction(action)
        action.triggered.connect(lambda _=False, v=value: choose(v))
    return group
