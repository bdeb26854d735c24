"""Kiosk mode: only the participant's interview on screen, leaving needs the researcher's PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.core.people import Role
from desktop.core.settings import Settings
from desktop.llm.protocol import LoadSettings
from desktop.store import create_study
from desktop.store.graph import add_vote
from desktop.store.people import add_person
from desktop.store.questions import add_question
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.window_menus import all_actions
from desktop.ui.widgets.kiosk_dialog import KioskDialog
from tests.support.fakes import fake_loader
from tests.support.interview_fakes import ScriptedInterviewer
from tests.support.voting import approve_stories, make_values


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path):  # type: ignore[no-untyped-def]
    service = LlmService(loader=fake_loader(ScriptedInterviewer()))  # type: ignore[arg-type]
    main = MainWindow(Settings(), service)  # closed below: pytest-qt's close would meet the PIN
    study = create_study(tmp_path / "kiosk.mgstudy", "Kiosk")
    add_question(study, "What should I do?")
    main.set_study(study)
    main.show()
    with qtbot.waitSignal(service.model_loaded):
        service.load(Path("fake.gguf"), LoadSettings())
    yield main
    if main.kiosk_page is not None:
        main.kiosk_page.leave_kiosk()
    main.close()
    main.deleteLater()
    service.shutdown()


def answer_dialog(pin: str) -> None:
    """Type into the PIN dialog that is about to open, then press OK."""
    def fill() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, KioskDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, fill)
            return
        dialog = dialogs[0]
        dialog.pin.setText(pin)
        dialog.accept()
        if dialog.result() != QDialog.DialogCode.Accepted:
            dialog.reject()
    QTimer.singleShot(20, fill)


def test_kiosk_shows_only_the_interview(qtbot: QtBot, window: MainWindow) -> None:
    page = window.interviews
    assert page.enter_kiosk("2468")
    assert window.kiosk and window.isFullScreen()
    assert not window.menuBar().isVisible() and not window.navigation.isVisible()
    assert not window.try_dock.isVisible() and not window.statusBar().isVisible()
    assert not any(action.isEnabled() for action in all_actions(window))
    assert page.stack.currentIndex() == 1 and not page.back_button.isVisible()
    assert page.leave_kiosk_button.isVisible()
    assert page.panel.pages.currentWidget() is page.panel.consent


def test_the_window_cannot_be_closed_without_the_pin(qtbot: QtBot,
                                                     window: MainWindow) -> None:
    page = window.interviews
    page.enter_kiosk("2468")
    answer_dialog("0000")  # wrong: the dialog stays open, then is cancelled
    window.close()
    assert window.kiosk and window.isVisible()
    answer_dialog("2468")
    assert page.ask_to_leave_kiosk()
    assert not window.kiosk and window.menuBar().isVisible() and window.navigation.isVisible()
    assert all(action.isEnabled() for action in window.actions())
    assert page.stack.currentIndex() == 0


def test_the_pin_dialog_checks_what_is_typed(qtbot: QtBot) -> None:
    choose = KioskDialog(None)
    qtbot.addWidget(choose)
    choose.pin.setText("12")
    assert "at least 4" in choose.check()
    choose.pin.setText("1234")
    choose.repeat.setText("1235")
    assert "differ" in choose.check()
    choose.repeat.setText("1234")
    assert choose.check() == ""
    leave = KioskDialog("1234")
    qtbot.addWidget(leave)
    leave.pin.setText("9999")
    assert leave.check() == "That is not the PIN."


def test_a_voting_session_runs_in_kiosk_mode_and_its_votes_reach_the_graph(
        qtbot: QtBot, window: MainWindow) -> None:
    study = window.study
    assert study is not None
    ids = make_values(study, 3)
    add_vote(study, add_person(study, Role.PARTICIPANT).id, "ctx", ids[1], ids[2], "upgrade")
    approve_stories(study, ids, ((0, 1, "ctx"), (0, 2, "ctx")))
    person = add_person(study, Role.PARTICIPANT)
    for each in window.pages:
        each.show_study(study)  # the rows added above
    graph = window.graph
    window.show_page(window.pages.index(graph))  # the study lead had the graph open
    qtbot.waitUntil(lambda: graph.replay is not None, timeout=10000)
    page = window.values
    page.participant.setCurrentIndex(page.participant.findData(person.id))
    assert page.enter_kiosk("1357")
    assert window.kiosk and window.kiosk_page is page and window.current_page() is page
    assert not window.menuBar().isVisible() and not window.navigation.isVisible()
    assert not page.tabs.tabBar().isVisible() and not page.setup.isVisible()
    assert page.tabs.currentWidget() is page.voting_tab and page.leave_kiosk_button.isVisible()
    shown = graph.frame
    assert shown is not None and shown.state.step == 1
    with qtbot.waitSignal(graph.frame_shown, timeout=10000) as drawn:
        page.voting_panel.answer("upgrade")
    assert drawn.args[0].state.step == 2  # the new vote is drawn without re-reading the study
    answer_dialog("0000")
    window.close()
    assert window.kiosk and window.isVisible()  # a participant cannot close or leave
    answer_dialog("1357")
    assert page.ask_to_leave_kiosk()
    assert not window.kiosk and page.tabs.tabBar().isVisible() and page.setup.isVisible()
