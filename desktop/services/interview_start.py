"""Before an interview: the question, the participant's consent and demographics, the settings,
and starting a new interview or resuming the unfinished one. The page and the `interview`
command both start interviews here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.interview.languages import (
    language_for_question,
    language_name,
    normalised,
    question_language,
)
from desktop.core.interview.participants import DemographicField
from desktop.core.interview.prompts import PromptSet
from desktop.core.interview.protocol import InterviewSettings, Sampling
from desktop.core.people import Role
from desktop.llm.model_class import default_question_style
from desktop.store.interview_setup import interview_settings
from desktop.store.interviews import (
    InterviewInfo,
    interview_notes,
    list_interviews,
    notes_by_interview,
    start_interview,
)
from desktop.store.participants import (
    demographic_answers,
    latest_consent,
    list_demographic_fields,
    record_consent,
    save_demographic_answers,
)
from desktop.store.people import add_person, find_person
from desktop.store.questions import get_question, list_questions
from desktop.store.study import Study

__all__ = [
    "ModelFile", "QuestionTexts", "consented_participant", "demographics_to_ask",
    "find_question", "has_consented", "interview_notes", "language_name", "list_interviews",
    "list_questions", "notes_by_interview", "pilot_settings",
    "question_texts", "record_decision",
    "resume_or_start", "save_demographics", "start", "study_settings",
]

ModelFile = tuple[str, str]  # the model's file name and its sha256


def find_question(study: Study, key: str) -> str:
    """A question by id, unique id prefix, or its number in the study's list (ValueError)."""
    questions = list_questions(study)
    if key.isdigit() and 1 <= int(key) <= len(questions):
        return questions[int(key) - 1].id
    matches = [q.id for q in questions if q.id == key or (len(key) >= 4 and
                                                          q.id.startswith(key))]
    if len(matches) != 1:
        raise ValueError(f"{study.path}: no single question matches {key!r} "
                         f"({len(questions)} questions; use an id or a number).")
    return matches[0]


def study_settings(study: Study, model_path: Path | str | None = None) -> InterviewSettings:
    """The settings a new interview of this study starts with. Where the study has not chosen
    a question style, the model decides: guided for a small one, free for a larger one."""
    return interview_settings(study, default_question_style(model_path) if model_path else None)


def pilot_settings(study: Study, follow_ups: int | None, seed: int | None,
                   model_path: Path | str | None = None) -> InterviewSettings:
    """The study's settings with the follow-ups and the sampling seed of a pilot run."""
    base = study_settings(study, model_path)
    q, c = base.question_sampling, base.card_sampling
    if seed is not None:
        q = Sampling(q.max_tokens, q.temperature, q.top_p, q.top_k, q.repeat_penalty, seed)
        c = Sampling(c.max_tokens, c.temperature, c.top_p, c.top_k, c.repeat_penalty, seed)
    return replace(base, follow_ups=follow_ups if follow_ups is not None else base.follow_ups,
                   question_sampling=q, card_sampling=c)


@dataclass(frozen=True)
class QuestionTexts:
    """The texts an interview of a question runs with, in the question's language, and what
    its audit should note about that language."""

    prompts: PromptSet
    notes: tuple[str, ...]

    @property
    def language(self) -> str:
        return self.prompts.language_code


def question_texts(study: Study, question_id: str) -> QuestionTexts:
    """The question's own language, or the one its text is in; missing files in English
    (PromptError names a broken file)."""
    question = get_question(study, question_id)
    if question is None:
        raise ValueError(f"{study.path}: this question is no longer in the study.")
    texts = language_for_question(question.text, question.language)
    how = ("set on the question" if normalised(question.language)
           else "detected from the question's text")
    wanted = question_language(question.text, question.language)
    return QuestionTexts(texts.prompts, (f"Language '{wanted}' {how}.", *texts.notes()))


# Consent and demographics --------------------------------------------------------------------

def has_consented(study: Study, participant_id: str, prompts: PromptSet) -> bool:
    """Whether the participant's latest decision consents to this consent text."""
    consent = latest_consent(study, participant_id)
    return consent is not None and consent.covers(prompts.consent_version)


def record_decision(study: Study, participant_id: str, decision: str,
                    prompts: PromptSet) -> None:
    """The participant's decision ('given' or 'refused') on this consent text."""
    record_consent(study, participant_id, decision, prompts.consent_version, prompts.sha256)


def consented_participant(study: Study, prompts: PromptSet, code: str = "",
                          note: str = "") -> str:
    """An existing participant who has consented, or a new one who consents now (ValueError
    when the existing one has not consented to this text)."""
    person = find_person(study, code) if code else None
    if person is None:
        person = add_person(study, Role.PARTICIPANT, code or None, note)
        record_decision(study, person.id, "given", prompts)
    if not has_consented(study, person.id, prompts):
        raise ValueError(f"{study.path}: participant {person.code} has not consented to "
                         f"consent text version {prompts.consent_version}.")
    return person.id


def demographics_to_ask(study: Study, participant_id: str
                        ) -> tuple[list[DemographicField], dict[str, str]] | None:
    """The study's demographic fields, asked once: before a participant's first interview,
    when the study has fields and nothing was answered yet; else None."""
    fields = list_demographic_fields(study)
    answers = demographic_answers(study, participant_id)
    first_time = not list_interviews(study, participant_id)
    return (fields, answers) if fields and first_time and not answers else None


def save_demographics(study: Study, participant_id: str, values: Mapping[str, str]) -> None:
    """Store the answers (ValueError in plain words when one does not fit its field)."""
    save_demographic_answers(study, participant_id, values)


# Starting ------------------------------------------------------------------------------------

def start(study: Study, participant_id: str, question_id: str, prompts: PromptSet,
          model: ModelFile, source: str = "app", settings: InterviewSettings | None = None,
          model_path: Path | str | None = None, notes: Sequence[str] = ()) -> InterviewInfo:
    """A new interview with the study's settings (or those given); `notes` go to its audit."""
    return start_interview(study, participant_id, question_id, prompts,
                           settings or study_settings(study, model_path), model, source, notes)


def resume_or_start(study: Study, participant_id: str, question_id: str, prompts: PromptSet,
                    settings: InterviewSettings, model: ModelFile, source: str,
                    notes: Sequence[str] = ()) -> str:
    """The participant's unfinished interview on this question, else a new one."""
    for info in list_interviews(study, participant_id):
        if info.question_id == question_id and info.finished_at is None:
            return info.id
    return start(study, participant_id, question_id, prompts, model, source, settings,
                 notes=notes).id
