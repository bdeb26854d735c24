"""The researcher sees how an interview's language was chosen: the Interviews list names each
interview's language (its audit notes in the cell's tooltip), and an open interview shows its
notes above it, except in kiosk mode, where the participant sees only their interview."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.interview.protocol import InterviewSettings
from desktop.store import Study
from desktop.store.interview_setup import save_interview_settings
from desktop.store.interviews import interview_notes, list_interviews
from desktop.store.questions import add_question
from desktop.ui.interviews.interviews_page import InterviewsPage
from tests.support.interview_fakes import ScriptedInterviewer
from tests.support.interview_page import close_page, consent, make_page

FRENCH = "Comment un assistant devrait-il répondre à quelqu'un qui hésite à quitter son emploi ?"
SPANISH = "¿Cómo debería responder un asistente a alguien que duda si dejar su trabajo?"


@pytest.fixture
def page(qtbot: QtBot, study: Study):  # type: ignore[no-untyped-def]
    add_question(study, FRENCH, language="fr")  # no French interview texts ship
    add_question(study, SPANISH)
    save_interview_settings(study, InterviewSettings(follow_ups=1, question_style="free"))
    page = make_page(qtbot, study, ScriptedInterviewer())
    yield page
    close_page(page)


def language_cells(page: InterviewsPage) -> dict[str, tuple[str, str]]:
    """Each listed interview's question -> (language shown, its tooltip)."""
    cells = {}
    for row in range(page.table.rowCount()):
        language = page.table.item(row, 2)
        cells[page.table.item(row, 1).text()] = (language.text(), language.toolTip())
    return cells


def test_an_interview_that_fell_back_to_english_says_so_to_the_researcher(
        qtbot: QtBot, page: InterviewsPage, study: Study) -> None:
    page.question_choice.setCurrentIndex(0)
    consent(qtbot, page)
    interview = list_interviews(study)[0]
    notes = interview_notes(study, interview.id)
    assert notes and "'fr'" in notes[0]
    assert page.audit.isVisible() and notes[0] in page.audit.text()
    page.show_home()
    assert page.table.horizontalHeaderItem(2).text() == "Language"
    shown, tip = language_cells(page)[FRENCH]
    assert shown == "English" and interview.language == "en"
    assert notes[0] in tip


def test_a_spanish_question_is_listed_in_spanish_and_needs_no_note(
        qtbot: QtBot, page: InterviewsPage, study: Study) -> None:
    page.question_choice.setCurrentIndex(1)
    consent(qtbot, page)
    interview = list_interviews(study)[0]
    assert interview.language == "es"
    page.show_home()
    assert language_cells(page)[SPANISH][0] == "Español"
    page.table.selectRow(0)
    page.resume_selected()
    expected = bool(interview_notes(study, interview.id))
    assert page.audit.isVisible() is expected


def test_the_kiosk_never_shows_the_audit(qtbot: QtBot, page: InterviewsPage,
                                         study: Study) -> None:
    page.question_choice.setCurrentIndex(0)
    page.enter_kiosk("2468")
    qtbot.mouseClick(page.panel.consent.agree_button, Qt.MouseButton.LeftButton)
    assert interview_notes(study, list_interviews(study)[0].id)  # there are notes to hide
    assert not page.audit.isVisible()
    page.leave_kiosk()
