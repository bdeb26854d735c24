"""The interface speaks the chosen language: Spanish menus and Study page, Arabic right to left;
the choice is remembered, offered under View > Language and by --language; what cannot be
loaded leaves the app in English with a warning, and a cached start costs next to nothing."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.cli import build_parser
from desktop.core import paths
from desktop.core.settings import Settings, load_settings, save_settings
from desktop.store.demo import open_or_create_demo
from desktop.ui.shell import translations
from desktop.ui.shell.language_menu import LanguageMenu
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.translations import install_language, remove_language, restart_command
from desktop.ui.study import study_page
from tests.support.fit_checks import fit_problems, unnamed_controls

ROOT = Path(__file__).resolve().parents[3]
# MGS_SCREENS=1 saves the Study, Interviews and Labelling pages in Spanish and Arabic under
# docs/screens (1366x768).
SCREENS = ROOT / "docs" / "screens"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    remove_language()


def open_window(qtbot: QtBot, language: str) -> tuple[MainWindow, LlmService]:
    install_language(language)
    service = LlmService()
    window = MainWindow(Settings(), service)
    qtbot.addWidget(window)
    window.set_study(open_or_create_demo())
    window.show()
    return window, service


def save_screen(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """With MGS_SCREENS=1: the Study, Interviews and Labelling pages of the demo study in the
    main window (the Values and graph pictures come from their own pages' tests)."""
    if not os.environ.get("MGS_SCREENS"):
        return
    window.resize(1366, 768)
    for row, name in ((1, "interviews"), (2, "labelling"), (0, "study")):
        window.show_page(row)
        qtbot.wait(100)
        window.grab().save(str(SCREENS / f"{name}_{language}.png"))


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_spanish_menus_and_study_page(qtbot: QtBot) -> None:
    window, service = open_window(qtbot, "es")
    try:
        assert menu_titles(window) == ["&Archivo", "&Ir", "&Modelo", "&Ver", "Ay&uda"]
        page = window.page_at(0)
        assert page.heading.text() == "Estudio"
        assert page.explanation.text().startswith("Todo este estudio vive en un solo archivo")
        tabs = page.tabs  # type: ignore[attr-defined]
        assert [tabs.tabText(i) for i in range(tabs.count())] == [
            "Preguntas (contextos)", "Campos demográficos", "Encuesta final",
            "Ajustes de la entrevista"]
        assert window.navigation.item(0).text() == "Estudio"
        assert window.study_label.text().startswith("Estudio: ")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        save_screen(qtbot, window, "es")
    finally:
        window.close()
        service.shutdown()


def test_arabic_is_right_to_left_with_arabic_menus(qtbot: QtBot) -> None:
    window, service = open_window(qtbot, "ar")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.isRightToLeft() and window.page_at(0).isRightToLeft()
        assert menu_titles(window)[0] == "&ملف"
        assert window.page_at(0).heading.text() == "الدراسة"
        assert window.navigation.x() > window.stack.x()  # the page list moved to the right
        save_screen(qtbot, window, "ar")
    finally:
        window.close()
        service.shutdown()


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_the_study_page_fits_small_laptop_screens_and_names_its_controls(
        qtbot: QtBot, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every tab of the Study page fits 1366x768 and 1280x720 at 100 % and 200 % text size,
    with the longer Spanish texts and right to left too; whatever the interview texts' hash
    (its widest digits shown: a hash of wider digits once cut off the Spanish tab)."""
    real_prompts = study_page.load_prompts
    widest = max("0123456789abcdef", key=QFontMetrics(QApplication.font()).horizontalAdvance)
    monkeypatch.setattr(study_page, "load_prompts", lambda *args, **kwargs: replace(
        real_prompts(*args, **kwargs), sha256=widest * 64))
    window, service = open_window(qtbot, language)
    try:
        problems = []
        tabs = window.page_at(0).tabs  # type: ignore[attr-defined]
        for percent in (100, 200):
            window.set_text_size(percent)
            for size in ((1366, 768), (1280, 720)):
                window.resize(*size)
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    qtbot.wait(20)
                    problems += [f"{percent} % {size} tab {tab}: {problem}"
                                 for problem in fit_problems(window)]
        assert problems == []
        assert unnamed_controls(window) == []
    finally:
        window.set_text_size(100)  # the application's font is shared by the next tests
        window.close()
        service.shutdown()


def test_english_installs_nothing_and_an_unknown_code_follows_the_system() -> None:
    assert install_language("en").translators == []
    assert translations.resolve("xx") == translations.system_language()
    assert translations.resolve("es-MX") == "es" and translations.resolve("AR") == "ar"


def test_the_language_setting_round_trips(tmp_path: Path) -> None:
    save_settings(Settings(language="ar"))
    assert load_settings().language == "ar"
    assert Settings().language == ""  # the system's language until one is chosen


def test_view_language_saves_the_choice_and_offers_a_restart(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window, service = open_window(qtbot, "en")
    asked: list[str] = []
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(LanguageMenu, "ask_to_restart",
                        lambda self, language: asked.append(language) or True)
    monkeypatch.setattr(QProcess, "startDetached",
                        lambda program, args: started.append((program, args)) or (True, 1))
    try:
        menu = window.language_menu
        assert [a.text() for a in menu.actions()][1:] == ["English", "Español", "العربية"]
        next(a for a in menu.actions() if a.data() == "es").trigger()
        assert load_settings().language == "es" and asked == ["es"]
        assert not window.isVisible() and started and "--language" not in started[0][1]
    finally:
        window.close()
        service.shutdown()


def test_restart_leaves_out_a_language_given_on_the_command_line() -> None:
    command = restart_command(["--language", "ar", "--quit-when-shown", "--language=es"])
    assert command[-1] == "--quit-when-shown" and "ar" not in command


def test_the_command_line_takes_a_language() -> None:
    assert build_parser([]).parse_args(["--language", "es"]).language == "es"


def test_compiled_files_are_cached_and_loading_them_is_fast() -> None:
    first = install_language("es")
    assert {"shell", "study", "widgets"} <= set(first.areas) and first.problems == []
    cached = paths.cache_dir() / "translations" / "shell_es.qm"
    stamp = cached.stat().st_mtime_ns
    remove_language()
    started = time.perf_counter()
    again = install_language("es")
    elapsed = time.perf_counter() - started
    assert again.areas == first.areas and cached.stat().st_mtime_ns == stamp
    assert elapsed < 0.05, f"loading cached translations took {elapsed * 1000:.1f} ms"


def _resources_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ts: str | None) -> None:
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    if ts is not None:
        (folder / "shell_es.ts").write_text(ts, encoding="utf-8")
    monkeypatch.setenv(paths.RESOURCES_ENV, str(tmp_path / "resources"))


@pytest.mark.parametrize("case", ["no files", "broken file", "no lrelease"])
def test_what_cannot_be_loaded_is_logged_and_the_app_stays_in_english(
        case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    if case == "no files":
        _resources_with(tmp_path, monkeypatch, None)
    elif case == "broken file":
        _resources_with(tmp_path, monkeypatch, "<TS><context><name>Broken")
    else:
        monkeypatch.setattr(translations, "lrelease", lambda: None)
    with caplog.at_level(logging.WARNING):
        loaded = install_language("es")
    assert loaded.problems and "shell" not in loaded.areas
    assert any("shown in English" in record.getMessage() for record in caplog.records)
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_the_app_starts_with_a_language_from_the_command_line(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--language", "ar",
                             "--quit-when-shown"], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0 and "main window shown" in result.stdout, result.stderr[-2000:]
    assert (paths.cache_dir() / "translations" / "shell_ar.qm").is_file()
