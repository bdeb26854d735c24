"""Driving the interviews page as a participant does (scripted model, keyboard and mouse)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.interview.protocol import Stage
from desktop.llm.protocol import LoadSettings
from desktop.store import Study
from desktop.ui.interviews.interviews_page import InterviewsPage
from desktop.ui.shell.llm_service import LlmService
from tests.support.fakes import fake_loader
from tests.support.interview_fakes import ScriptedInterviewer


def make_page(qtbot: QtBot, study: Study, model: ScriptedInterviewer) -> InterviewsPage:
    """The interviews page, shown on `study`, its LLM service loaded with `model`."""
    service = LlmService(loader=fake_loader(model))  # type: ignore[arg-type]
    with qtbot.waitSignal(service.model_loaded):
        service.load(Path("fake.gguf"), LoadSettings())
    page = InterviewsPage(service)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show_study(study)
    page.show()
    return page


def type_answer(qtbot: QtBot, page: InterviewsPage, text: str) -> None:
    """Type `text` as the participant's answer and send it with Return."""
    edit = page.panel.answer.edit
    qtbot.waitUntil(lambda: page.panel.answer.send_button.isEnabled(), timeout=5000)
    edit.setFocus()
    edit.setPlainText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def consent(qtbot: QtBot, page: InterviewsPage) -> None:
    """Start an interview and agree to the consent text."""
    page.start_button.click()
    assert page.panel.pages.currentWidget() is page.panel.consent
    assert page.panel.stage.stage == Stage.CONSENT
    qtbot.mouseClick(page.panel.consent.agree_button, Qt.MouseButton.LeftButton)


def close_page(page: InterviewsPage) -> None:
    """Close the open interview and stop the page's LLM service."""
    page.panel.close_interview()
    page.service.shutdown()
