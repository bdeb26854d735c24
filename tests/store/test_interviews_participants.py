"""Participants: editable codes, consent history, study-defined demographic fields."""

from __future__ import annotations

import pytest

from desktop.core.people import Role
from desktop.store import Study, StudyError
from desktop.store.analysis import withdrawn_people
from desktop.store.participants import (
    add_demographic_field,
    archive_demographic_field,
    consent_history,
    demographic_answers,
    latest_consent,
    list_demographic_fields,
    record_consent,
    save_demographic_answers,
    update_demographic_field,
)
from desktop.store.people import add_person, change_code, find_person


def test_codes_are_editable_and_stay_unique(study: Study) -> None:
    first, second = add_person(study, Role.PARTICIPANT), add_person(study, Role.PARTICIPANT)
    renamed = change_code(study, first.id, "  Village  7 ")
    assert renamed.code == "Village 7" and find_person(study, "Village 7") == renamed
    with pytest.raises(StudyError, match="already taken"):
        change_code(study, second.id, "Village 7")
    with pytest.raises(ValueError, match="empty"):
        change_code(study, second.id, " ")


def test_consent_is_a_history(study: Study) -> None:
    person = add_person(study, Role.PARTICIPANT)
    assert latest_consent(study, person.id) is None
    record_consent(study, person.id, "given", "1", "a" * 64)
    record_consent(study, person.id, "withdrawn", "1", "a" * 64)
    assert [c.decision for c in consent_history(study, person.id)] == ["given", "withdrawn"]
    latest = latest_consent(study, person.id)
    assert latest is not None and not latest.covers("1")
    with pytest.raises(ValueError):
        record_consent(study, person.id, "maybe", "1", "a")


def test_demographic_fields_are_defined_by_the_study(study: Study) -> None:
    age = add_demographic_field(study, "Age", "number")
    region = add_demographic_field(study, "Region", "choice", ["North", "South", "North"])
    assert region.choices == ("North", "South")
    with pytest.raises(ValueError, match="two choices"):
        add_demographic_field(study, "Bad", "choice", ["Only"])
    update_demographic_field(study, age.id, "Age in years", "number")
    archive_demographic_field(study, region.id)
    assert [f.name for f in list_demographic_fields(study)] == ["Age in years"]


def test_demographic_answers_are_optional_checked_and_appended(study: Study) -> None:
    person = add_person(study, Role.PARTICIPANT)
    age = add_demographic_field(study, "Age", "number")
    language = add_demographic_field(study, "Language", "text")
    assert save_demographic_answers(study, person.id, {age.id: "34", language.id: ""}) == 1
    assert save_demographic_answers(study, person.id, {age.id: "34"}) == 0
    with pytest.raises(ValueError, match="number"):
        save_demographic_answers(study, person.id, {age.id: "old", language.id: "fr"})
    assert demographic_answers(study, person.id) == {age.id: "34"}  # nothing of the bad batch
    save_demographic_answers(study, person.id, {age.id: "", language.id: "עברית"})
    assert demographic_answers(study, person.id) == {language.id: "עברית"}
    assert study.db["demographic_answers"].count == 3


def test_a_changed_mind_in_the_same_millisecond_is_the_latest_decision(
        study: Study, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("desktop.store.study.now_iso", lambda: "2026-12-02T10:00:00.000Z")
    person = add_person(study, Role.PARTICIPANT)
    for decision in ("given", "withdrawn", "given", "withdrawn", "given"):
        record_consent(study, person.id, decision, "v1", "ab" * 32)
        latest = latest_consent(study, person.id)
        assert latest is not None and latest.decision == decision
        assert (person.id in withdrawn_people(study)) == (decision == "withdrawn")
