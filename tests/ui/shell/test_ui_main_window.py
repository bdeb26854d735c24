"""The main window, driven with pytest-qt: pages, shortcuts, studies, the Try panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings, load_settings
from desktop.llm.protocol import LoadSettings
from desktop.store import create_study
from desktop.store.demo import DEMO_NAME
from desktop.ui.shell.application import startup_study
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from tests.support.fakes import FakeChatModel, fake_loader


def test_first_start_opens_the_demo_study(window: MainWindow) -> None:
    assert window.study is not None and window.study.meta.name == DEMO_NAME
    assert window.pages[0].questions.count() >= 3
    assert DEMO_NAME in window.windowTitle()


def test_every_page_is_one_shortcut_away(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for row in (2, 4, 3, 1, 0):
        qtbot.keyClick(window.navigation, Qt.Key(Qt.Key.Key_1.value + row),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == row
        assert window.stack.currentWidget().isVisible()


def test_status_shows_the_loaded_model(window: MainWindow) -> None:
    assert "fake.gguf" in window.model_label.text()
    assert "0" * 64 in window.model_label.toolTip()


def test_try_panel_streams_a_reply(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.try_panel
    with qtbot.waitSignal(window.service.generation_finished, timeout=5000):
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert panel.reply.toPlainText() == "Wise advice listens."
    assert "3 tokens" in panel.stats.text()
    assert panel.send_button.isEnabled() and not panel.stop_button.isEnabled()


def test_try_panel_refuses_an_empty_prompt(window: MainWindow) -> None:
    panel = window.try_panel
    panel.prompt.setPlainText("   ")
    panel.send()
    assert "nothing to send" in panel.stats.text()
    assert panel.request_id is None


def test_escape_stops_the_reply(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.try_panel
    panel.prompt.setFocus()
    with qtbot.waitSignal(window.service.generation_stopped, timeout=5000):
        panel.send()
        qtbot.keyClick(panel.prompt, Qt.Key.Key_Escape)
    assert panel.stats.text() == "Stopped."
    assert panel.send_button.isEnabled()


def test_model_text_is_shown_as_plain_text(qtbot: QtBot) -> None:
    service = LlmService(loader=fake_loader(FakeChatModel(["<b>bold</b>", " &amp;"])))
    main = MainWindow(Settings(), service)
    qtbot.addWidget(main)
    try:
        with qtbot.waitSignal(service.model_loaded):
            service.load(Path("fake.gguf"), LoadSettings())
        with qtbot.waitSignal(service.generation_finished):
            main.try_panel.send()
        assert main.try_panel.reply.toPlainText() == "<b>bold</b> &amp;"
    finally:
        main.close()
        service.shutdown()


def test_opening_a_bad_file_warns_and_keeps_the_current_study(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    bad = tmp_path / "notes.mgstudy"
    bad.write_text("not a study")
    before = window.study
    assert window.open_study_file(bad) is False
    assert "not a Moral Graph Studio study" in warnings[0] and str(bad) in warnings[0]
    assert window.study is before


def test_opened_studies_become_recent_files(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "field.mgstudy"
    create_study(path, "Field").close()
    assert window.open_study_file(path)
    assert window.study is not None and window.study.meta.name == "Field"
    assert load_settings().recent_studies[0] == str(path.resolve())
    actions = window.recent_menu.actions()
    assert "field.mgstudy" in actions[0].text()
    actions[1].trigger()  # back to the demo study, from the menu
    assert window.study.meta.name == DEMO_NAME


def test_a_recent_study_that_vanished_falls_back_to_the_demo(tmp_path: Path) -> None:
    settings = Settings(recent_studies=[str(tmp_path / "gone.mgstudy")])
    study, note = startup_study(settings)
    assert study.meta.name == DEMO_NAME
    assert note is not None and "gone.mgstudy" in note
    assert settings.recent_studies == []
    study.close()


def test_file_merge_runs_in_the_background_and_shows_the_result(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    from desktop.core.device import Device
    from desktop.store import open_study
    from desktop.store.questions import add_question, list_questions

    assert window.study is not None
    other = tmp_path / "laptop-b.mgstudy"
    with sqlite3.connect(other) as copy:  # a consistent copy of a study that is open (WAL)
        window.study.db.conn.backup(copy)
    copy.close()
    with open_study(other, device=Device("laptop-b", "B")) as copy:
        add_question(copy, "Asked on the other laptop")
    runner = window.merge_from(other)
    assert runner is not None
    with qtbot.waitSignal(runner.merge_finished, timeout=30_000):
        pass
    assert "Asked on the other laptop" in [q.text for q in list_questions(window.study)]
    assert "1 rows added" in window.statusBar().currentMessage()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    stranger = tmp_path / "stranger.mgstudy"
    create_study(stranger, "Another study").close()
    refused = window.merge_from(stranger)
    assert refused is not None
    with qtbot.waitSignal(refused.merge_failed, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(warnings))
    assert "different study" in warnings[0]
    runner.wait()
    refused.wait()
