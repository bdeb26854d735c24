"""Interviews in the study file: consent first, messages committed whole, cards kept, resume."""

from __future__ import annotations

import json

import pytest

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.protocol import InterviewSettings, Stage
from desktop.core.interview.turns import ModelRun
from desktop.core.people import Role
from desktop.store import Study, StudyError, open_study
from desktop.store.cards import (
    add_card_version,
    card_history,
    confirm_card,
    mark_card_shown,
    save_card_edit,
    submit_survey,
    survey_answers,
)
from desktop.store.interview_setup import (
    interview_settings,
    save_interview_settings,
    set_study_survey,
    study_survey,
)
from desktop.store.interviews import (
    add_answer,
    add_reply,
    get_interview,
    interview_prompts,
    list_interviews,
    list_messages,
    load_transcript,
    save_draft_text,
    start_interview,
)
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import add_question, update_question
from tests.support.interviews import CARD, PROMPTS, RUN, SETTINGS, TRICKY, begin, to_card_stage


def test_no_consent_no_interview(study: Study) -> None:
    person = add_person(study, Role.PARTICIPANT)
    question = add_question(study, "Q?")
    with pytest.raises(StudyError, match="not consented"):
        start_interview(study, person.id, question.id, PROMPTS, SETTINGS)
    record_consent(study, person.id, "refused", PROMPTS.consent_version, PROMPTS.sha256)
    with pytest.raises(StudyError, match="not consented"):
        start_interview(study, person.id, question.id, PROMPTS, SETTINGS)
    record_consent(study, person.id, "given", "an older version", PROMPTS.sha256)
    with pytest.raises(StudyError, match="not consented"):
        start_interview(study, person.id, question.id, PROMPTS, SETTINGS)
    assert list_interviews(study) == []


def test_an_interview_starts_with_its_opening_and_audit_fields(study: Study) -> None:
    info = get_interview(study, begin(study))
    assert info.stage == Stage.CONVERSATION and info.question_text == TRICKY[0]
    assert info.prompt_sha256 == PROMPTS.sha256 and info.model_sha256 == "ab" * 32
    assert info.app_version and info.settings["follow_ups"] == 1
    t = load_transcript(study, info.id)
    assert [m.role for m in t.messages] == ["assistant"]
    assert t.messages[0].text == PROMPTS.opening(TRICKY[0])
    assert interview_prompts(study, info.id) == PROMPTS  # the exact texts are kept


def test_the_interview_keeps_the_question_it_was_asked_with(study: Study) -> None:
    interview_id = begin(study)
    update_question(study, get_interview(study, interview_id).question_id, "Reworded?")
    assert get_interview(study, interview_id).question_text == TRICKY[0]


@pytest.mark.parametrize("text", TRICKY)
def test_answers_are_stored_exactly(study: Study, text: str) -> None:
    interview_id = begin(study)
    add_answer(study, interview_id, text)
    assert load_transcript(study, interview_id).messages[-1].text == text


def test_answers_and_replies_only_when_due(study: Study) -> None:
    interview_id = begin(study)
    with pytest.raises(StudyError, match="not waiting for a question"):
        add_reply(study, interview_id, "Too early?", RUN)
    add_answer(study, interview_id, "first")
    with pytest.raises(StudyError, match="not waiting for an answer"):
        add_answer(study, interview_id, "twice")
    with pytest.raises(ValueError, match="nothing to send"):
        add_answer(study, interview_id, "  ")
    add_reply(study, interview_id, "What happened?", RUN, fallback="", status="stopped")
    stored = list_messages(study, interview_id)[-1]
    assert stored["status"] == "stopped" and stored["model_file"] == "m.gguf"
    assert json.loads(stored["sampling"]) == {"temperature": 0.7}


def test_a_fallback_and_its_rejected_outputs_are_recorded(study: Study) -> None:
    interview_id = begin(study)
    add_answer(study, interview_id, "first")
    run = ModelRun("m.gguf", "ab" * 32, {}, 2, ({"text": "", "problem": "empty"},
                                               {"text": "la la", "problem": "looping"}))
    add_reply(study, interview_id, PROMPTS.fallback(0), run, fallback="looping")
    stored = list_messages(study, interview_id)[-1]
    assert stored["fallback"] == "looping" and stored["attempts"] == 2
    assert [r["problem"] for r in json.loads(stored["rejected"])] == ["empty", "looping"]


def test_cards_are_versioned_shown_then_confirmed(study: Study) -> None:
    interview_id = begin(study)
    to_card_stage(study, interview_id)
    assert get_interview(study, interview_id).stage == Stage.CARD
    draft = add_card_version(study, interview_id, CARD, "draft", RUN, {"title": "ok"})
    with pytest.raises(StudyError, match="seen"):
        confirm_card(study, interview_id, draft.id)  # never shown
    mark_card_shown(study, draft.id)
    edited = save_card_edit(study, interview_id, ValuesCard("Kind truth", CARD.description,
                                                            CARD.policies, CARD.context))
    assert edited is not None and edited.shown and edited.number == 2
    assert save_card_edit(study, interview_id, edited.card) is None  # nothing changed
    with pytest.raises(StudyError, match="latest"):
        confirm_card(study, interview_id, draft.id)
    confirm_card(study, interview_id, edited.id)
    assert get_interview(study, interview_id).stage == Stage.SURVEY
    assert [row["source"] for row in card_history(study, interview_id)] == ["draft", "edit"]
    assert load_transcript(study, interview_id).confirmed_card_id == edited.id


def test_an_empty_card_cannot_be_confirmed(study: Study) -> None:
    interview_id = begin(study)
    to_card_stage(study, interview_id)
    card = add_card_version(study, interview_id, ValuesCard(), "draft", problem="cut_off")
    mark_card_shown(study, card.id)
    with pytest.raises(ValueError, match="title"):
        confirm_card(study, interview_id, card.id)


def test_a_revision_request_is_a_message_and_the_revision_a_version(study: Study) -> None:
    interview_id = begin(study)
    to_card_stage(study, interview_id)
    add_card_version(study, interview_id, CARD, "draft")
    add_answer(study, interview_id, "Make it shorter")
    assert load_transcript(study, interview_id).pending_revision is not None
    with pytest.raises(StudyError, match="card stage"):
        save_card_edit(study, interview_id, ValuesCard("x y", "I z.", ("A b c",)))
    revised = add_card_version(study, interview_id, CARD, "revision", RUN)
    assert revised.number == 2 and load_transcript(study, interview_id).pending_revision is None


def test_the_survey_finishes_the_interview(study: Study) -> None:
    interview_id = begin(study)
    to_card_stage(study, interview_id)
    card = add_card_version(study, interview_id, CARD, "edit")
    items = study_survey(study, PROMPTS)
    with pytest.raises(StudyError, match="after the card"):
        submit_survey(study, interview_id, items, {})
    confirm_card(study, interview_id, card.id)
    with pytest.raises(ValueError, match="1 to 5"):
        submit_survey(study, interview_id, items, {"clarified": "9"})
    submit_survey(study, interview_id, items, {"card_expresses": "5", "clarified": "",
                                               "comment": TRICKY[1]})
    assert survey_answers(study, interview_id) == {"card_expresses": "5",
                                                   "comment": TRICKY[1]}
    info = get_interview(study, interview_id)
    assert info.stage == Stage.DONE and info.finished_at


def test_a_study_may_define_its_own_survey(study: Study) -> None:
    custom = PROMPTS.survey[:1]
    set_study_survey(study, custom)
    assert study_survey(study, PROMPTS) == custom


def test_settings_are_kept_per_study(study: Study) -> None:
    assert interview_settings(study).follow_ups == 4
    save_interview_settings(study, InterviewSettings(follow_ups=6))
    save_interview_settings(study, InterviewSettings(follow_ups=3))
    assert interview_settings(study).follow_ups == 3


def test_everything_is_there_after_reopening(study: Study) -> None:
    interview_id = begin(study)
    to_card_stage(study, interview_id)
    save_draft_text(study, interview_id, "half a sent")
    path = study.path
    before = load_transcript(study, interview_id)
    study.close()
    with open_study(path) as again:
        assert load_transcript(again, interview_id) == before
        assert get_interview(again, interview_id).draft_text == "half a sent"
