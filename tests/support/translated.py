"""An area's interface in Spanish or Arabic for a test: its .ts files compiled with
pyside6-lrelease into the test's temp folder, installed as Qt translators, and Arabic laid out
right-to-left; all of it undone afterwards, so later tests see English again."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.store.demo import open_or_create_demo
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from tests.support.fit_checks import fit_problems

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


def cut_off_in_window(qtbot: QtBot, language: str, folder: Path, row: int,
                      steps: Sequence[Callable[[AreaPage], None]] = ()) -> list[str]:
    """What is cut off or scrolls sideways on page `row` of the main window at 1366x768 with
    the demo study and the interview and labelling areas in `language` (after each step too)."""
    problems: list[str] = []
    with translated(language, ["interviews", "labelling"], folder):
        service = LlmService()
        window = MainWindow(Settings(), service)
        qtbot.addWidget(window)
        try:
            window.show()
            window.set_study(open_or_create_demo())
            window.resize(1366, 768)
            window.show_page(row)
            page = window.page_at(row)
            for step in [lambda _page: None, *steps]:
                step(page)
                qtbot.wait(30)
                problems += fit_problems(window.page_set.scrollers[row])
        finally:
            window.close()
            service.shutdown()
    return problems
