"""An interview in a real study file, walked to the stage a store test needs: consenting
participant, started interview, answers up to the card."""

from __future__ import annotations

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.interview.turns import ModelRun
from desktop.core.people import Role
from desktop.store import Study
from desktop.store.interviews import add_answer, add_reply, start_interview
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import add_question

PROMPTS = load_prompts()
SETTINGS = InterviewSettings(follow_ups=1, votes_after_card=0)
RUN = ModelRun("m.gguf", "ab" * 32, {"temperature": 0.7}, 1)
CARD = ValuesCard("Honest care", "I care about kind truth.", ("MOMENTS when it is hard",),
                  "When a friend asks")
TRICKY = ['He said "no"\nthen left 🙂', "שאלה בעברית؟ مرحبا", "x" * 20_000, "<b>bold</b> &amp;"]


def consented(study: Study) -> str:
    """A new participant who has given consent; their id."""
    person = add_person(study, Role.PARTICIPANT)
    record_consent(study, person.id, "given", PROMPTS.consent_version, PROMPTS.sha256)
    return person.id


def begin(study: Study, settings: InterviewSettings = SETTINGS) -> str:
    """An interview started for a consenting participant on a new question; its id."""
    question = add_question(study, TRICKY[0])
    return start_interview(study, consented(study), question.id, PROMPTS, settings,
                           ("m.gguf", "ab" * 32)).id


def to_card_stage(study: Study, interview_id: str) -> None:
    """Two answers and a follow-up: the interview now waits for its card."""
    add_answer(study, interview_id, "first")
    add_reply(study, interview_id, "What happened?", RUN)
    add_answer(study, interview_id, "second")
