"""An area's interface in Spanish or Arabic for a test: its .ts files compiled with
pyside6-lrelease into the test's temp folder, installed as Qt translators, and Arabic laid out
right-to-left; all of it undone afterwards, so later tests see English again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
RIGHT_TO_LEFT = {"ar"}


def lrelease() -> str:
    """PySide6's lrelease beside the interpreter running the tests (the venv's)."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease is not installed beside this Python"
    return found


def compile_ts(area: str, language: str, folder: Path) -> Path:
    """resources/translations/<area>_<language>.ts as a .qm file in `folder`."""
    qm = folder / f"{area}_{language}.qm"
    subprocess.run([lrelease(), str(TRANSLATIONS / f"{area}_{language}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


@contextmanager
def translated(language: str, areas: Sequence[str], folder: Path) -> Iterator[None]:
    """Widgets built inside speak `language` (es, ar) for `areas` (graph, values, ...)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = []
    for area in areas:
        translator = QTranslator()
        assert translator.load(str(compile_ts(area, language, folder)))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
