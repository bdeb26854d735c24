"""The Interviews page in Spanish and Arabic: its own texts translated, Arabic right-to-left,
the participant's flow (consent, conversation) unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.interview.card import ValuesCard, card_hints, card_problems
from desktop.core.interview.participants import DemographicField, clean_value
from desktop.core.interview.protocol import InterviewSettings, Stage
from desktop.services.demo_study import add_demo_questions
from desktop.store import Study
from desktop.store.interview_setup import save_interview_settings
from desktop.ui.interviews.card_notes import card_note
from desktop.ui.interviews.demographics_panel import DemographicsPanel
from desktop.ui.interviews.interviews_page import InterviewsPage
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.lazy_pages import INTERVIEWS_ROW
from tests.support.interview_fakes import ScriptedInterviewer
from tests.support.interview_page import close_page, make_page
from tests.support.translated import cut_off_in_window, translated

SPANISH = {"heading": "Entrevistas", "start": "Iniciar entrevista", "column": "Participante",
           "agree": "Acepto", "consent": "1. Consentimiento", "send": "Enviar  (Enter)",
           "conversation": "2. Conversación", "stage": "Conversación"}
ARABIC = {"heading": "المقابلات", "start": "بدء المقابلة", "column": "المشارك",
          "agree": "أوافق", "consent": "1. الموافقة", "send": "إرسال  (Enter)",
          "conversation": "2. المحادثة", "stage": "المحادثة"}


@pytest.fixture
def demo_study(study: Study) -> Study:
    """The shared study with the demo's questions, interviewed in the free style."""
    add_demo_questions(study)
    save_interview_settings(study, InterviewSettings(follow_ups=2, question_style="free"))
    return study


@pytest.fixture(params=["es", "ar"])
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def page(qtbot: QtBot, demo_study: Study, tmp_path: Path, lang: str) -> Iterator[InterviewsPage]:
    """The page built and used with the translation installed."""
    with translated(lang, ["interviews"], tmp_path):
        page = make_page(qtbot, demo_study, ScriptedInterviewer())
        yield page
        close_page(page)


def test_the_page_and_an_interview_speak_the_language(qtbot: QtBot, page: InterviewsPage,
                                                      lang: str) -> None:
    words = SPANISH if lang == "es" else ARABIC
    rtl = Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    assert page.layoutDirection() == rtl
    assert page.heading.text() == words["heading"]
    assert page.start_button.text() == words["start"]
    assert page.table.horizontalHeaderItem(0).text() == words["column"]
    page.start_button.click()
    panel = page.panel
    assert panel.pages.currentWidget() is panel.consent
    assert panel.consent.agree_button.text() == words["agree"]
    assert panel.stage.labels[Stage.CONSENT].text() == words["consent"]
    qtbot.mouseClick(panel.consent.agree_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.answer.send_button.isEnabled, timeout=5000)
    assert panel.answer.send_button.text() == words["send"]
    assert panel.stage.labels[Stage.CONVERSATION].text().startswith(words["conversation"])
    page.show_home()
    assert page.table.item(0, 3).text() == words["stage"]
    isolated = page.table.item(0, 1).text().startswith("\u2068")  # the question's own direction
    assert isolated == (lang == "ar")


def test_the_cards_notes_from_core_are_all_translated(demo_study: Study,
                                                      tmp_path: Path) -> None:
    empty = ValuesCard("", "", (), "")
    long = ValuesCard("word " * 30, "I " + "care " * 100, ("lowercase " * 50,) * 8, "x" * 300)
    sentences = {*card_problems(empty), *card_problems(long), *card_hints(long),
                 *card_hints(ValuesCard("A b", "I care.", ("MOMENTS when",), "When"))}
    assert len(sentences) >= 9
    with translated("es", ["interviews"], tmp_path):
        untranslated = [line for line in sentences if card_note(line) == line]
    assert untranslated == []


def test_the_demographic_answers_problems_from_core_are_translated(qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    fields = [DemographicField("f1", "Edad", "number", (), 1.0),
              DemographicField("f2", "Región", "choice", ("Norte", "Sur"), 2.0)]
    problems = []
    for field, value in ((fields[0], "muchos"), (fields[1], "Este"), (fields[0], "9" * 600)):
        with pytest.raises(ValueError) as raised:
            clean_value(field, value)
        problems.append(str(raised.value))
    with translated("es", ["interviews"], tmp_path):
        panel = DemographicsPanel()
        qtbot.addWidget(panel)
        shown = []
        for problem in problems:
            panel.show_problem(problem)
            shown.append(panel.problem.text())
    assert shown == ["Edad: escriba un número.",
                     "Región: elija una de estas opciones: Norte, Sur.",
                     "Edad: como máximo 500 caracteres."]


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_nothing_is_cut_off_on_a_laptop_screen(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    def start(page: AreaPage) -> None:
        assert isinstance(page, InterviewsPage)
        page.start_button.click()  # the consent
        page.panel.consent.agree_button.click()  # the conversation (no model: its fallbacks)
        qtbot.waitUntil(page.panel.answer.send_button.isEnabled, timeout=5000)

    assert cut_off_in_window(qtbot, lang, tmp_path, INTERVIEWS_ROW, [start]) == []
