"""Three confirmed values cards from scripted interviews (two alike, one apart), and a study
file holding them, built once per test module: the start of every values test."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.people import Role
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import create_study
from desktop.store.interviews import interview_prompts, start_interview, stored_settings
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import add_question
from tests.support.fakes import FakeChatModel

LISTEN = ValuesCard("Listening first", "I let my friend finish before I advise.",
                    ("MOMENTS when they pause to find words", "FEELINGS they have not named yet",
                     "QUESTIONS that let them reach their own answer"), "When advising a friend")
LISTEN_AGAIN = ValuesCard("Patient hearing", "I wait until they have said everything.",
                          ("QUESTIONS that let them reach their own answer",
                           "MOMENTS when they pause to find words",
                           "FEELINGS they have not named yet"), "When advising a friend")
SAFETY = ValuesCard("Keeping people safe", "I check the risks before anything else.",
                    ("RISKS to their health", "RULES that protect others",
                     "EXITS if things go wrong"), "When someone plans something risky")


@pytest.fixture(scope="module")
def study_with_cards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed study file with LISTEN, LISTEN_AGAIN and SAFETY confirmed by three participants."""
    folder = tmp_path_factory.mktemp("values")
    path = folder / "values.mgstudy"
    model = FakeChatModel([SAFETY.to_json()])  # drafts a card; the participant edits it
    prompts = load_prompts()
    with create_study(path, "Values") as study:
        question = add_question(study, "My friend asks whether to quit her job. What should I say?")
        for card in (LISTEN, LISTEN_AGAIN, SAFETY):
            person = add_person(study, Role.PARTICIPANT)
            record_consent(study, person.id, "given", prompts.consent_version, prompts.sha256)
            interview = start_interview(study, person.id, question.id, prompts,
                                        InterviewSettings(follow_ups=1))
            runner = ScriptedInterview(study, model, interview_prompts(study, interview.id),
                                       stored_settings(study, interview.id))
            runner.run(interview.id, ["I would listen to her first.",
                                      "I noticed she needed time to speak.", card], confirm=True)
    return path
