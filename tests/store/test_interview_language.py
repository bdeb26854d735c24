"""An interview records its participant's language; its audit notes are append-only (m111)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.interview.languages import interview_root
from desktop.services.interview_export import interview_record
from desktop.services.interview_start import question_texts
from desktop.store import create_study, open_study
from desktop.store.interviews import get_interview, interview_notes, start_interview
from desktop.store.migrations import SHIPPED, build_ladder
from desktop.store.participants import record_consent
from desktop.store.questions import add_question
from tests.support.interviews import SETTINGS, begin, consented

SPANISH = "¿Cómo debería responder un asistente a alguien que duda si dejar su trabajo?"


def test_an_interview_keeps_the_language_of_its_question(tmp_path: Path) -> None:
    with create_study(tmp_path / "s.mgstudy", "languages") as study:
        question = add_question(study, SPANISH)
        texts = question_texts(study, question.id)
        person = consented(study)
        record_consent(study, person, "given", texts.prompts.consent_version,
                       texts.prompts.sha256)
        info = start_interview(study, person, question.id, texts.prompts, SETTINGS,
                               notes=texts.notes)
        assert get_interview(study, info.id).language == "es"
        assert interview_notes(study, info.id) == [
            "Language 'es' detected from the question's text."]
        record = interview_record(study, info.id)
        assert record["language"] == "es" and record["audit"]["notes"] == list(texts.notes)
        assert record["messages"][0]["text"].startswith("Imagine que alguien")


def test_a_questions_own_language_wins_over_its_text(tmp_path: Path) -> None:
    with create_study(tmp_path / "s.mgstudy", "languages") as study:
        question = add_question(study, "How should an assistant answer this?", language="ar")
        texts = question_texts(study, question.id)
        assert texts.language == "ar" and "set on the question" in texts.notes[0]


def test_a_missing_language_is_english_and_noted(tmp_path: Path) -> None:
    with create_study(tmp_path / "s.mgstudy", "languages") as study:
        question = add_question(study, "Comment répondre ?", language="fr")
        texts = question_texts(study, question.id)
        assert texts.language == "en"
        assert any("No interview texts in 'fr'" in note for note in texts.notes)


def test_notes_are_append_only_in_the_database(tmp_path: Path) -> None:
    with create_study(tmp_path / "s.mgstudy", "languages") as study:
        interview_id = begin(study)
        study.db.execute(
            "INSERT INTO interview_notes (id, created_at, device_id, interview_id, note) "
            "VALUES ('n1', '2026-01-01', ?, ?, 'Fell back to English for closing.txt.')",
            (study.device.id, interview_id))
        for statement in ("UPDATE interview_notes SET note = 'other'",
                          "DELETE FROM interview_notes"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                study.db.execute(statement)
        with pytest.raises(sqlite3.IntegrityError):
            study.db.execute(
                "INSERT INTO interview_notes (id, created_at, device_id, interview_id, note) "
                "VALUES ('n2', '2026-01-01', ?, ?, '  ')", (study.device.id, interview_id))
        assert interview_notes(study, interview_id) == ["Fell back to English for closing.txt."]
        assert get_interview(study, interview_id).language == "en"


def test_an_interview_from_before_m111_is_english(tmp_path: Path) -> None:
    path = tmp_path / "old.mgstudy"
    before = [m.__name__ for m in SHIPPED].index("m111_add_interview_language_and_notes")
    create_study(path, "old", ladder=build_ladder(SHIPPED[:before])).close()
    with sqlite3.connect(path) as db:  # an interview as the older app wrote it
        db.execute("INSERT INTO interviews (id, created_at, device_id, participant_id, "
                   "question_id, question_text, consent_id, follow_ups, stage, prompt_sha256, "
                   "app_version, settings, updated_at) VALUES ('i1', '2026-01-01', 'd', 'p', "
                   "'q', 'Why?', 'c', 4, 'conversation', 'h', '0.1', '{}', '2026-01-01')")
    db.close()
    with open_study(path) as study:
        row = study.db.execute("SELECT language FROM interviews WHERE id = 'i1'").fetchone()
        assert row[0] == "en" and interview_notes(study, "i1") == []


def test_the_shipped_texts_are_where_the_store_looks() -> None:
    assert (interview_root() / "es" / "consent.txt").is_file()
