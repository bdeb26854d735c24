"""Participants of a study: list them with their latest consent decision, add one under a
pseudonymous code, and record a withdrawal of consent as the participant dialog does (the
interviews stay in the file but every export leaves them out)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.interview.participants import Consent
from desktop.core.people import Person, Role
from desktop.services.refusals import named_after
from desktop.store import Study, StudyError
from desktop.store.participants import (
    consent_history,
    demographic_answers,
    latest_consent,
    list_demographic_fields,
    record_consent,
    save_demographic_answers,
    withdrawn_participants,
)
from desktop.store.people import add_person, change_code, find_person, get_person, list_people

__all__ = [
    "ParticipantSummary", "add", "by_code", "change_code", "consent_history",
    "demographic_answers", "get_person", "latest_consent", "list_demographic_fields", "listed",
    "participant_people", "save_demographic_answers", "withdraw", "withdraw_consent",
]


@dataclass(frozen=True)
class ParticipantSummary:
    person: Person
    consent: Consent | None  # the latest decision, None when none was recorded
    demographics: dict[str, str]  # field name -> answer
    withdrawn: bool  # left out of every analysis and export (the rule of desktop.store.analysis)


def listed(study: Study) -> list[ParticipantSummary]:
    """Every participant, oldest first, with their latest consent and demographic answers."""
    names = {field.id: field.name for field in list_demographic_fields(study)}
    withdrawn = withdrawn_participants(study)
    return [ParticipantSummary(person, latest_consent(study, person.id),
                               {names[k]: v for k, v in demographic_answers(study, person.id)
                                .items() if k in names}, person.id in withdrawn)
            for person in list_people(study, Role.PARTICIPANT)]


def participant_people(study: Study) -> list[Person]:
    """Every participant (the person only), oldest first."""
    return list_people(study, Role.PARTICIPANT)


def add(study: Study, code: str | None = None, note: str = "") -> Person:
    """A new participant; a code is made up when none is given (StudyError if it is taken)."""
    with named_after(study):
        return add_person(study, Role.PARTICIPANT, code, note)


def withdraw(study: Study, code: str) -> Consent:
    """Record that the participant withdrew consent, under the consent text they agreed to.

    Refused, as the dialog's button is, when no consent was recorded or it is withdrawn already.
    """
    person = by_code(study, code)
    latest = latest_consent(study, person.id)
    if latest is None:
        raise StudyError(study.path, f"{person.code} has no consent recorded, so there is "
                         "nothing to withdraw.")
    if person.id in withdrawn_participants(study):
        raise StudyError(study.path, f"{person.code} withdrew consent already "
                         f"({latest.created_at}).")
    return record_consent(study, person.id, "withdrawn", latest.consent_version, "")


def withdraw_consent(study: Study, person_id: str) -> Consent:
    """Record a withdrawal under the consent text of the latest decision ('' when none)."""
    latest = latest_consent(study, person_id)
    return record_consent(study, person_id, "withdrawn",
                          latest.consent_version if latest else "", "")


def by_code(study: Study, code: str) -> Person:
    """The participant with this code; StudyError when the study has none."""
    person = find_person(study, " ".join(code.split()))
    if person is None or person.role != Role.PARTICIPANT:
        raise StudyError(study.path, f"there is no participant with the code {code!r} in "
                         "this study.")
    return person
