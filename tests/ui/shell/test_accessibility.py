"""Every control a screen reader meets has a name; focus is framed; the high-contrast theme and
the text size are chosen under View and remembered."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.core.people import Role
from desktop.core.settings import Settings, load_settings
from desktop.store import create_study
from desktop.store.demo import open_or_create_demo
from desktop.store.people import list_people
from desktop.ui.interviews.participant_dialog import ParticipantDialog
from desktop.ui.shell.appearance import stylesheet
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.model_settings_dialog import ModelSettingsDialog
from desktop.ui.shell.model_shelf_dialog import ModelShelfDialog
from desktop.ui.study.question_dialog import QuestionDialog
from desktop.ui.widgets.kiosk_dialog import KioskDialog
from tests.support.fit_checks import unnamed_controls
from tests.support.voting import approve_stories, make_values


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    service = LlmService()
    main = MainWindow(Settings(), service)
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()
    service.shutdown()


def test_every_control_of_every_page_has_a_name(window: MainWindow, tmp_path: Path) -> None:
    study = create_study(tmp_path / "named.mgstudy", "Named")
    ids = make_values(study, 4)
    approve_stories(study, ids, [(0, 1, "c"), (2, 3, "c")])
    for opened in (open_or_create_demo(), study):
        window.set_study(opened)
        window.try_dock.show()
        for row in range(len(window.pages)):
            window.show_page(row)
            assert unnamed_controls(window) == []


def test_every_dialog_names_its_controls(qtbot: QtBot, tmp_path: Path) -> None:
    study = open_or_create_demo()
    person = list_people(study, Role.ANNOTATOR)[0]
    dialogs: list[QDialog] = [ModelSettingsDialog(Settings()), ModelShelfDialog(Settings()),
                              ParticipantDialog(study, person), QuestionDialog(),
                              KioskDialog(None), KioskDialog("2468")]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
    study.close()


def test_focus_is_framed_in_both_themes() -> None:
    for theme in ("standard", "high-contrast"):
        sheet = stylesheet(theme, 100)
        for control in ("QPushButton:focus", "QLineEdit:focus", "QAbstractItemView:focus",
                        "QCheckBox:focus", "QComboBox:focus", "QSlider:focus"):
            assert control in sheet, (theme, control)


def test_theme_and_text_size_are_chosen_under_view_and_remembered(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font().pointSizeF()
    size = next(a for a in window.text_size_actions.actions() if a.data() == 150)
    size.trigger()
    assert app.font().pointSizeF() == pytest.approx(normal * 1.5)
    assert "25.5pt" in app.styleSheet()  # the page heading grows with the text (17pt x 1.5)
    contrast = next(a for a in window.theme_actions.actions() if a.data() == "high-contrast")
    contrast.trigger()
    assert "#ffd700" in app.styleSheet()
    saved = load_settings()
    assert (saved.theme, saved.text_size) == ("high-contrast", 150)
    window.set_text_size(100)
    window.set_theme("standard")
    assert app.font().pointSizeF() == pytest.approx(normal)
    assert "#ffd700" not in app.styleSheet()
