"""Append-only tables refuse edits and deletions in the database itself, and erasure removes
every row of a person for good, leaving a tombstone."""

from __future__ import annotations

import pytest

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.people import Role
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import Study, StudyError
from desktop.store.erasure import erase_person, erased_people, erasure_order
from desktop.store.graph import add_vote
from desktop.store.interviews import interview_prompts, start_interview, stored_settings
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.policies import POLICIES
from desktop.store.questions import add_question
from desktop.store.values import confirmed_cards, make_value
from tests.support.fakes import FakeChatModel

ANSWER = "My grandmother taught me to mend nets on Tuesdays."
CARD = ValuesCard("Mending together", "I mend what is torn with the people I love.",
                  ("MOMENTS when hands work side by side", "CHOICES that repair before replacing",
                   "FEELINGS of patience with slow work"), "When a family member struggles")


OTHER = ValuesCard("Singing at the stove", "I sing while the soup cooks.",
                   ("MOMENTS when voices join", "WAYS to make chores light",
                    "FEELINGS of ease in the kitchen"), "When a family member struggles")


def _participant(study: Study, card: ValuesCard = CARD, answer: str = ANSWER) -> str:
    prompts = load_prompts()
    person = add_person(study, Role.PARTICIPANT)
    record_consent(study, person.id, "given", prompts.consent_version, prompts.sha256)
    question = add_question(study, f"What should I tell my sister? ({person.code})")
    interview = start_interview(study, person.id, question.id, prompts,
                                InterviewSettings(follow_ups=1))
    ScriptedInterview(study, FakeChatModel([card.to_json()]),
                      interview_prompts(study, interview.id),
                      stored_settings(study, interview.id)).run(
        interview.id, [answer, "She needed quiet.", card], confirm=True)
    return person.id


def test_append_only_rows_cannot_be_changed_or_deleted(study: Study) -> None:
    person = _participant(study)
    _participant(study, answer="We sing while we cook.")
    one, two = (make_value(study, [c.card_id], c.card_id) for c in confirmed_cards(study))
    vote = add_vote(study, person, CARD.context, one.id, two.id, "upgrade")
    for sql in ("UPDATE votes SET relationship = 'not_sure'",
                "UPDATE messages SET text = 'something else'",
                "UPDATE card_versions SET title = 'Edited in place'",
                "DELETE FROM votes", "DELETE FROM messages", "DELETE FROM consents",
                "UPDATE votes SET created_at = '2999-01-01T00:00:00Z'"):
        with pytest.raises(StudyError, match="append-only"), study.transaction() as db:
            db.execute(sql)
    assert study.query("SELECT relationship FROM votes WHERE id = ?", (vote.id,)) == [
        {"relationship": "upgrade"}]
    # Provenance may only move earlier (a merge keeping the first-made copy of a row).
    with study.transaction() as db:
        db.execute("UPDATE votes SET created_at = '2000-01-01T00:00:00Z'")
    # shown_at is written once: filled, or moved earlier, never later or back to empty.
    with study.transaction() as db:
        db.execute("UPDATE card_versions SET shown_at = '2001-01-01T00:00:00Z'")
    for later in ("'2030-01-01T00:00:00Z'", "NULL"):
        with pytest.raises(StudyError, match="append-only"), study.transaction() as db:
            db.execute(f"UPDATE card_versions SET shown_at = {later}")


def test_erasure_deletes_every_row_of_the_person_and_leaves_a_tombstone(study: Study) -> None:
    leaving = _participant(study)
    staying = _participant(study, OTHER, answer="We sing while we cook.")
    cards = {c.participant_id: c for c in confirmed_cards(study)}
    one, two = (make_value(study, [c.card_id], c.card_id) for c in cards.values())
    add_vote(study, leaving, CARD.context, one.id, two.id, "upgrade")
    add_vote(study, staying, CARD.context, one.id, two.id, "not_sure")
    deleted = erase_person(study, leaving, "data-protection request 17")
    assert deleted["votes"] == 1 and deleted["people"] == 1 and deleted["messages"] >= 3
    assert erased_people(study) == {leaving}
    dump = "\n".join(study.db.conn.iterdump())
    for trace in (ANSWER, "grandmother"):
        assert trace not in dump
    assert dump.count(leaving) == 1, "only the tombstone may still name the person"
    archived = {v["title"]: v["archived"] for v in study.query(
        "SELECT title, archived FROM canonical_values")}
    assert archived == {CARD.title: 1, OTHER.title: 0}  # worded from the erased card: set aside
    assert "We sing while we cook." in dump  # the other participant is untouched
    assert study.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert study.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert erase_person(study, leaving) == {}  # erasing again is harmless


def test_every_table_with_a_person_is_erased() -> None:
    owned = {p.table for p in POLICIES if p.person}
    assert set(erasure_order()) == owned
