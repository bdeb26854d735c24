"""The interview page with a scripted model: consent to survey by keyboard, commits before
acknowledgement, Stop, resume, plain text, and the participant's own edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.interview.protocol import InterviewSettings, Stage
from desktop.core.people import Role
from desktop.store import Study
from desktop.store.cards import card_history, survey_answers
from desktop.store.interview_setup import save_interview_settings
from desktop.store.interviews import get_interview, list_interviews, list_messages
from desktop.store.participants import add_demographic_field, demographic_answers
from desktop.store.people import list_people
from desktop.store.questions import add_question
from desktop.ui.interviews.interviews_page import InterviewsPage
from tests.support.interview_fakes import ScriptedInterviewer
from tests.support.interview_page import close_page, consent, make_page, type_answer

QUESTION = 'My friend asked me "honestly" — should I tell?\nשאלה 🙂'


@pytest.fixture
def study_with_question(study: Study) -> Study:
    """The shared study with QUESTION, interviewed with two follow-ups."""
    add_question(study, QUESTION)
    # the scripted interviewer writes free questions: the free style, set explicitly
    save_interview_settings(study, InterviewSettings(follow_ups=2, question_style="free"))
    return study


pytestmark = pytest.mark.usefixtures("study_with_question")  # every test here starts from it


@pytest.fixture
def model() -> ScriptedInterviewer:
    return ScriptedInterviewer()


@pytest.fixture
def page(qtbot: QtBot, study: Study, model: ScriptedInterviewer):  # type: ignore[no-untyped-def]
    page = make_page(qtbot, study, model)
    yield page
    close_page(page)


def test_a_whole_interview_by_keyboard(qtbot: QtBot, page: InterviewsPage, study: Study,
                                       model: ScriptedInterviewer) -> None:
    field = add_demographic_field(study, "Age", "number")
    page.show_study(study)
    consent(qtbot, page)
    panel = page.panel
    assert panel.pages.currentWidget() is panel.demographics
    panel.demographics.inputs[field.id].setText("41")  # type: ignore[union-attr]
    panel.demographics.continue_button.click()
    assert panel.stage.stage == Stage.CONVERSATION
    assert QUESTION in panel.question.text()
    for answer in ("First answer", "Second\nanswer 🙂", "Third answer"):
        type_answer(qtbot, page, answer)
    qtbot.waitUntil(lambda: panel.card_editor.confirm_button.isEnabled(), timeout=5000)
    assert panel.stage.stage == Stage.CARD
    assert panel.card_editor.title.text() == "Patient curiosity"
    panel.card_editor.title.setFocus()
    panel.card_editor.title.selectAll()
    qtbot.keyClicks(panel.card_editor.title, "Curious patience")
    qtbot.keyClick(panel.card_editor.title, Qt.Key.Key_Tab)  # leaving the field keeps the edit
    qtbot.keyClick(panel.card_editor.title, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.pages.currentWidget() is panel.survey, timeout=5000)
    group = panel.survey.scales["card_expresses"]
    group.button(5).click()
    panel.survey.finish_button.click()
    assert panel.pages.currentWidget() is panel.done
    [info] = list_interviews(study)
    assert info.stage == Stage.DONE and info.model_file == "fake.gguf"
    texts = [row["text"] for row in list_messages(study, info.id) if row["role"] == "user"]
    assert texts == ["First answer", "Second\nanswer 🙂", "Third answer"]
    versions = card_history(study, info.id)
    assert [v["source"] for v in versions] == ["draft", "edit"]
    assert versions[-1]["title"] == "Curious patience" and versions[0]["shown_at"]
    assert survey_answers(study, info.id) == {"card_expresses": "5"}
    assert demographic_answers(study, info.participant_id) == {field.id: "41"}
    assert sum(schema is not None for _, schema in model.calls) == 1


def test_an_answer_is_committed_before_the_box_clears(
        qtbot: QtBot, page: InterviewsPage, study: Study, monkeypatch: pytest.MonkeyPatch
) -> None:
    consent(qtbot, page)
    answer, seen = page.panel.answer, []
    clear = answer.accepted

    def acknowledged() -> None:
        rows = list_messages(study, list_interviews(study)[0].id)
        seen.append((rows[-1]["text"], answer.edit.toPlainText()))
        clear()

    monkeypatch.setattr(answer, "accepted", acknowledged)
    type_answer(qtbot, page, "Kept")
    assert seen == [("Kept", "Kept")]  # stored while the box still showed it
    assert answer.edit.toPlainText() == ""
    edit = answer.edit
    qtbot.waitUntil(answer.send_button.isEnabled, timeout=5000)
    edit.setPlainText("   ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "nothing to send" in page.panel.answer.status.text()


def test_shift_enter_is_a_new_line_and_typing_is_kept_as_a_draft(
        qtbot: QtBot, page: InterviewsPage, study: Study) -> None:
    consent(qtbot, page)
    edit = page.panel.answer.edit
    qtbot.waitUntil(lambda: page.panel.answer.send_button.isEnabled(), timeout=5000)
    edit.setFocus()
    qtbot.keyClicks(edit, "line one")
    qtbot.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "line two")
    assert edit.toPlainText() == "line one\nline two"
    [info] = list_interviews(study)
    qtbot.waitUntil(lambda: get_interview(study, info.id).draft_text == "line one\nline two",
                    timeout=5000)
    page.show_home()  # leave; the draft comes back on resume
    page.table.selectRow(0)
    page.resume_selected()
    assert page.panel.answer.edit.toPlainText() == "line one\nline two"


def test_model_text_is_plain_and_a_bad_reply_gets_the_fallback(
        qtbot: QtBot, study: Study) -> None:
    model = ScriptedInterviewer(replies=["<b>Why</b> &amp; how?", "", "blah"])
    page = make_page(qtbot, study, model)
    try:
        consent(qtbot, page)
        type_answer(qtbot, page, "One")
        qtbot.waitUntil(lambda: page.panel.answer.send_button.isEnabled(), timeout=5000)
        assert "<b>Why</b> &amp; how?" in page.panel.chat.toPlainText()
        type_answer(qtbot, page, "Two")
        qtbot.waitUntil(lambda: page.panel.answer.send_button.isEnabled(), timeout=5000)
        prompts = page.panel.prompts
        assert prompts is not None and prompts.fallback(1) in page.panel.chat.toPlainText()
        rows = list_messages(study, list_interviews(study)[0].id)
        assert rows[-1]["fallback"] == "no_question" and rows[-1]["attempts"] == 2
    finally:
        page.panel.close_interview()
        page.service.shutdown()


def test_escape_stops_a_reply_and_the_interview_goes_on(qtbot: QtBot, study: Study) -> None:
    model = ScriptedInterviewer(delay=0.05, replies=["I think that " + "very " * 60 + "?"])
    page = make_page(qtbot, study, model)
    try:
        consent(qtbot, page)
        type_answer(qtbot, page, "One")
        qtbot.waitUntil(lambda: "very" in page.panel.chat.toPlainText(), timeout=5000)
        qtbot.keyClick(page.panel.answer.edit, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: page.panel.answer.send_button.isEnabled(), timeout=5000)
        rows = list_messages(study, list_interviews(study)[0].id)
        assert rows[-1]["role"] == "assistant" and rows[-1]["fallback"] == "stopped"
        assert page.panel.prompts and rows[-1]["text"] == page.panel.prompts.fallback(0)
        assert rows[-1]["text"] in page.panel.chat.toPlainText()
    finally:
        page.panel.close_interview()
        page.service.shutdown()


def test_no_consent_no_interview(qtbot: QtBot, page: InterviewsPage, study: Study) -> None:
    page.start_button.click()
    page.panel.consent.refuse_button.click()
    assert page.panel.pages.currentWidget() is page.panel.done
    assert list_interviews(study) == []
    [person] = list_people(study, Role.PARTICIPANT)
    assert "refused" in page.participants.list.item(0).text() and person.code


def test_a_revision_request_brings_a_new_version(qtbot: QtBot, page: InterviewsPage,
                                                 study: Study, model: ScriptedInterviewer
                                                 ) -> None:
    consent(qtbot, page)
    for answer in ("a", "b", "c"):
        type_answer(qtbot, page, answer)
    editor = page.panel.card_editor
    qtbot.waitUntil(lambda: editor.confirm_button.isEnabled(), timeout=5000)
    model.card = {**model.card, "title": "Kind honesty"}
    type_answer(qtbot, page, "Please make it about honesty")
    qtbot.waitUntil(lambda: editor.title.text() == "Kind honesty", timeout=5000)
    info = list_interviews(study)[0]
    assert [v["source"] for v in card_history(study, info.id)] == ["draft", "revision"]
    assert "honesty" in model.calls[-1][0][-1].content


def test_a_long_right_to_left_answer_is_kept_whole_and_sent_shortened(
        qtbot: QtBot, page: InterviewsPage, study: Study, model: ScriptedInterviewer) -> None:
    consent(qtbot, page)
    long = ("שלום, \"ציטוט\"\n🙂 " * 2000)[:20_000]
    type_answer(qtbot, page, long)
    qtbot.waitUntil(page.panel.answer.send_button.isEnabled, timeout=5000)
    rows = list_messages(study, list_interviews(study)[0].id)
    assert rows[1]["text"] == long
    assert "ציטוט" in page.panel.chat.toPlainText()
    sent = model.calls[-1][0][-1].content
    assert len(sent) < 2000 and sent.startswith(long[:100])


def test_withdrawing_consent_is_recorded_from_the_participant_dialog(
        qtbot: QtBot, page: InterviewsPage, study: Study,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.store.participants import withdrawn_participants
    from desktop.ui.interviews.participant_dialog import ParticipantDialog

    consent(qtbot, page)
    page.show_home()
    person = page.participants.selected()
    assert person is not None
    dialog = ParticipantDialog(study, person)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_: QMessageBox.StandardButton.Yes)
    assert dialog.withdraw() and not dialog.withdraw_button.isEnabled()
    assert withdrawn_participants(study) == {person.id}
    dialog.code.setText("Village 12")
    dialog.accept()
    assert page.participants.study is study
    assert study.query("SELECT code FROM people WHERE id = ?", (person.id,))[0]["code"] == (
        "Village 12")


def test_fields_the_model_could_not_draft_are_named_and_left_to_write(
        qtbot: QtBot, page: InterviewsPage, model: ScriptedInterviewer) -> None:
    model.card = {**model.card, "title": "", "policies": ["nothing useful"]}
    consent(qtbot, page)
    for answer in ("a", "b", "c"):
        type_answer(qtbot, page, answer)
    editor = page.panel.card_editor
    qtbot.waitUntil(lambda: not editor.title.isReadOnly(), timeout=5000)
    notes = editor.notes.text()
    assert "could not draft the title, what you pay attention to" in notes
    assert not editor.confirm_button.isEnabled() and editor.title.text() == ""
    editor.title.setText("Patient care")
    editor.policies[0].setText("MOMENTS when someone is afraid")
    assert editor.confirm_button.isEnabled()
