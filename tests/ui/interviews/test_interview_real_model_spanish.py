"""A Spanish question's interview through the real Interviews page in kiosk mode, with the real
default model: consent, follow-ups streamed through the worker thread, the card drafted from
the participant's phrases, confirmation, survey and closing, all in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.core.interview.languages import load_language
from desktop.core.interview.protocol import InterviewSettings, Stage
from desktop.llm.protocol import LoadSettings
from desktop.services.interview_export import interview_record
from desktop.store import create_study
from desktop.store.cards import survey_answers
from desktop.store.interview_setup import save_interview_settings
from desktop.store.interviews import interview_notes, list_interviews, list_messages
from desktop.store.questions import add_question
from desktop.ui.interviews.interviews_page import InterviewsPage
from desktop.ui.shell import translations
from desktop.ui.shell.llm_service import LlmService
from tests.support.languages import (
    ANSWERS,
    QUESTIONS,
    check_card_is_grounded,
    frame_or_fallback,
)

MODEL_WAIT_MS = 240_000


@pytest.mark.slow
def test_a_spanish_interview_in_the_kiosk_with_the_real_model(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    prompts = load_language("es").prompts
    study = create_study(tmp_path / "es.mgstudy", "Español")
    add_question(study, QUESTIONS["es"])
    save_interview_settings(study, InterviewSettings(follow_ups=len(ANSWERS["es"]) - 1,
                                                     votes_after_card=0))
    service = LlmService()
    path = paths.default_model_file()
    assert path is not None
    with qtbot.waitSignal(service.model_loaded, timeout=60_000):
        service.load(path, LoadSettings(n_threads=2, n_ctx=4096))
    page = InterviewsPage(service)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show_study(study)
    page.show()
    try:
        assert page.enter_kiosk("2468")
        panel = page.panel
        assert translations.current().language == "es"
        assert panel.consent.text.toPlainText() == prompts.consent_text
        assert panel.consent.agree_button.text() not in ("I agree", "")
        qtbot.mouseClick(panel.consent.agree_button, Qt.MouseButton.LeftButton)
        for answer in ANSWERS["es"]:
            qtbot.waitUntil(panel.answer.send_button.isEnabled, timeout=MODEL_WAIT_MS)
            assert panel.stage.stage == Stage.CONVERSATION
            panel.answer.edit.setPlainText(answer)
            qtbot.keyClick(panel.answer.edit, Qt.Key.Key_Return)
        editor = panel.card_editor
        qtbot.waitUntil(lambda: not editor.title.isReadOnly(), timeout=MODEL_WAIT_MS)
        assert [label.text() for label in editor.field_labels.values()] == list(
            prompts.card_fields.values())
        qtbot.waitUntil(editor.confirm_button.isEnabled, timeout=5000)
        editor.confirm_button.click()
        qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.survey, timeout=10_000)
        shown = " ".join(label.text() for label in panel.survey.findChildren(QLabel))
        assert all(item.text in shown for item in prompts.survey)
        panel.survey.scales["card_expresses"].button(4).click()
        panel.survey.finish_button.click()
        qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.done, timeout=10_000)
        assert panel.done.text() == prompts.closing
        check_stored(study, prompts)
    finally:
        page.leave_kiosk()
        page.panel.close_interview()
        service.shutdown()
        study.close()
        translations.remove_language()


def check_stored(study, prompts) -> None:  # type: ignore[no-untyped-def]
    [info] = list_interviews(study)
    assert info.language == "es" and info.stage == Stage.DONE and info.source == "kiosk"
    assert interview_notes(study, info.id) == [
        "Language 'es' detected from the question's text."]
    assistant = [r["text"] for r in list_messages(study, info.id) if r["role"] == "assistant"]
    assert assistant[0] == prompts.opening(QUESTIONS["es"])
    for number, text in enumerate(assistant[1:]):
        assert frame_or_fallback(prompts, number, text, ANSWERS["es"][number]), text
    record = interview_record(study, info.id)
    check_card_is_grounded(prompts, record["card"], ANSWERS["es"])
    assert survey_answers(study, info.id)["card_expresses"] == "4"
