"""Wiser-than questions after the card, inside the interview: by keyboard, committed at once,
resumed where they stopped, skippable, and left out when there is nothing to ask."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.interview.protocol import InterviewSettings, Stage
from desktop.store import Study
from desktop.store.graph import load_votes
from desktop.store.interview_setup import save_interview_settings
from desktop.store.interviews import list_interviews
from desktop.store.questions import add_question
from desktop.ui.interviews.interviews_page import InterviewsPage
from tests.support.interview_fakes import ScriptedInterviewer
from tests.support.interview_page import close_page, consent, make_page, type_answer
from tests.support.voting import approve_stories, make_values


@pytest.fixture
def study_with_stories(study: Study) -> Study:
    """The shared study with one question, two votes after the card, four values and three
    approved stories in that question's context."""
    add_question(study, "How should I help a child who resists schoolwork?")
    save_interview_settings(study, InterviewSettings(follow_ups=1, votes_after_card=2,
                                                     question_style="free"))
    context = "When a child resists schoolwork"
    approve_stories(study, make_values(study, 4),
                    ((0, 1, context), (2, 3, context), (1, 3, context)),
                    "I lived by value {a}, then I saw value {b} mattered more.")
    return study


pytestmark = pytest.mark.usefixtures("study_with_stories")  # every test here starts from it


@pytest.fixture
def page(qtbot: QtBot, study: Study):  # type: ignore[no-untyped-def]
    page = make_page(qtbot, study, ScriptedInterviewer())
    yield page
    close_page(page)


def confirm_a_card(qtbot: QtBot, page: InterviewsPage) -> None:
    consent(qtbot, page)
    for answer in ("I sit with them first.", "Then we find one small step."):
        type_answer(qtbot, page, answer)
    panel = page.panel
    qtbot.waitUntil(lambda: panel.card_editor.confirm_button.isEnabled(), timeout=5000)
    panel.card_editor.confirm_button.click()


def to_voting(qtbot: QtBot, page: InterviewsPage) -> None:
    confirm_a_card(qtbot, page)
    qtbot.waitUntil(lambda: page.panel.pages.currentWidget() is page.panel.voting,
                    timeout=5000)


def test_after_the_card_the_participant_answers_wiser_than_questions(
        qtbot: QtBot, page: InterviewsPage, study: Study) -> None:
    to_voting(qtbot, page)
    panel = page.panel
    assert panel.stage.stage == Stage.VOTING
    assert panel.stage.labels[Stage.VOTING].isVisible()
    assert "then I saw value" in panel.voting.story.text()
    assert "Question 1 of up to 2" in panel.voting.progress.text()
    panel.voting.why.setText("Small steps are kinder.")
    with qtbot.waitSignal(panel.vote_recorded) as recorded:
        qtbot.keyClick(panel.voting, Qt.Key.Key_1)
    [vote] = load_votes(study)
    assert recorded.args == [vote] and vote.relationship == "upgrade"
    assert vote.comment == "Small steps are kinder."
    [info] = list_interviews(study)
    assert info.stage == Stage.VOTING
    page.show_home()  # the researcher steps away; the interview resumes where it stopped
    page.table.selectRow(0)
    page.resume_selected()
    assert panel.pages.currentWidget() is panel.voting
    assert "Question 2 of up to 2" in panel.voting.progress.text()
    qtbot.keyClick(panel.voting, Qt.Key.Key_2)
    assert panel.pages.currentWidget() is panel.survey  # two asked: on to the last questions
    assert [v.relationship for v in load_votes(study)] == ["upgrade", "no_upgrade"]
    assert list_interviews(study)[0].stage == Stage.SURVEY


def test_the_participant_may_stop_voting_at_any_time(qtbot: QtBot, page: InterviewsPage,
                                                     study: Study) -> None:
    to_voting(qtbot, page)
    page.panel.voting.finish_button.click()
    assert page.panel.pages.currentWidget() is page.panel.survey
    assert load_votes(study) == []
    assert study.query("SELECT reason FROM voting_ends") == [{"reason": "skipped"}]


def test_without_approved_stories_the_interview_goes_straight_to_the_survey(
        qtbot: QtBot, page: InterviewsPage, study: Study) -> None:
    study.db.execute("UPDATE upgrade_stories SET status = 'draft'")
    confirm_a_card(qtbot, page)
    qtbot.waitUntil(lambda: page.panel.pages.currentWidget() is page.panel.survey,
                    timeout=5000)
    assert study.query("SELECT reason, votes_given FROM voting_ends") == [
        {"reason": "nothing_to_vote", "votes_given": 0}]
