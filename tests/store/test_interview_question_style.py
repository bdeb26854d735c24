"""The question style round-trips: the study's setting, each interview's stored settings, and
the guide kept with each guided model turn."""

from __future__ import annotations

import json

import pytest

from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.interview.turns import ModelRun
from desktop.core.people import Role
from desktop.store import Study
from desktop.store.interview_setup import (
    interview_settings,
    save_interview_settings,
    stored_question_style,
)
from desktop.store.interviews import (
    add_answer,
    add_reply,
    list_messages,
    start_interview,
    stored_settings,
)
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import add_question

PROMPTS = load_prompts()


@pytest.fixture
def study_with_a_question(study: Study) -> Study:
    """The shared study with one question."""
    add_question(study, "What should I do?")
    return study


pytestmark = pytest.mark.usefixtures("study_with_a_question")  # every test here starts from it


def start(study: Study, settings: InterviewSettings) -> str:
    person = add_person(study, Role.PARTICIPANT)
    record_consent(study, person.id, "given", PROMPTS.consent_version, PROMPTS.sha256)
    question = study.query("SELECT id FROM questions")[0]["id"]
    return start_interview(study, person.id, question, PROMPTS, settings).id


def test_the_study_setting_round_trips_and_defaults_to_the_models_style(study: Study) -> None:
    assert stored_question_style(study) is None
    assert interview_settings(study).question_style == "guided"
    assert interview_settings(study, "free").question_style == "free"
    save_interview_settings(study, InterviewSettings(follow_ups=3, question_style="free"))
    assert stored_question_style(study) == "free"
    assert interview_settings(study, "guided") == InterviewSettings(follow_ups=3,
                                                                    question_style="free")
    save_interview_settings(study, InterviewSettings(question_style="guided"))
    assert interview_settings(study, "free").question_style == "guided"


def test_each_interview_keeps_the_style_it_started_with(study: Study) -> None:
    free = start(study, InterviewSettings(question_style="free"))
    guided = start(study, InterviewSettings(question_style="guided"))
    save_interview_settings(study, InterviewSettings(question_style="guided"))
    assert stored_settings(study, free).question_style == "free"
    assert stored_settings(study, guided).question_style == "guided"


def test_an_interview_stored_before_the_styles_goes_on_writing_freely(study: Study) -> None:
    interview = start(study, InterviewSettings())
    raw = json.loads(study.query("SELECT settings FROM interviews")[0]["settings"])
    del raw["question_style"]
    study.db.execute("UPDATE interviews SET settings = ? WHERE id = ?",
                     [json.dumps(raw), interview])
    assert stored_settings(study, interview).question_style == "free"


def test_a_guided_turn_keeps_its_frame_and_phrase_for_the_audit(study: Study) -> None:
    interview = start(study, InterviewSettings())
    add_answer(study, interview, "My sister was pregnant.")
    guide = {"style": "guided", "frame": "You mentioned {phrase}. Why?",
             "phrase": "my sister was pregnant"}
    add_reply(study, interview, "You mentioned your sister was pregnant. Why?",
              ModelRun(sampling={"temperature": 0.0}, attempts=1, guide=guide))
    row = list_messages(study, interview)[-1]
    assert json.loads(row["sampling"]) == {"temperature": 0.0, "guide": guide}


def test_an_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="guided"):
        InterviewSettings(question_style="poetic")  # type: ignore[arg-type]
