"""Question rows: the contexts interviews are about, in the study lead's order."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from desktop.core.clock import now_iso
from desktop.core.formats import read_questions
from desktop.core.questions import Question, clean_question_text
from desktop.store.study import Study

_COLUMNS = "id, text, language, note, position, created_at, device_id"


def add_questions(study: Study, texts: Iterable[tuple[str, str, str]]) -> list[Question]:
    """Append (text, language, note) questions in one transaction: all or none."""
    rows = []
    with study.transaction() as db:
        last = db.execute("SELECT coalesce(max(position), 0) FROM questions").fetchone()[0]
        for offset, (text, language, note) in enumerate(texts, start=1):
            rows.append({**study.row_defaults(), "text": clean_question_text(text),
                         "language": language.strip(), "note": note.strip(),
                         "position": float(last + offset), "updated_at": now_iso()})
        db.table("questions").insert_all(rows)
    return [_question(row) for row in rows]


def add_question(study: Study, text: str, language: str = "", note: str = "") -> Question:
    return add_questions(study, [(text, language, note)])[0]


def import_questions(study: Study, path: Path, mapping: Mapping[str, str] | None = None
                     ) -> tuple[list[Question], int]:
    """Questions from a JSONL/CSV file, all or nothing; ones already in the study are skipped.

    Returns the new questions and how many rows were skipped as duplicates. The file is read and
    checked whole before anything is written (ImportFileError names the line).
    """
    existing = {_normal(q.text) for q in list_questions(study)}
    fresh, skipped = [], 0
    for record in read_questions(path, mapping):
        key = _normal(record.text)
        if key in existing:
            skipped += 1
            continue
        existing.add(key)
        fresh.append((record.text, record.language, record.note))
    return add_questions(study, fresh), skipped


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def list_questions(study: Study) -> list[Question]:
    rows = study.query(
        f"SELECT {_COLUMNS} FROM questions WHERE archived = 0 ORDER BY position, created_at")
    return [_question(row) for row in rows]


def _question(row: Mapping[str, object]) -> Question:
    return Question(
        id=str(row["id"]), text=str(row["text"]), language=str(row["language"]),
        note=str(row["note"]), position=float(str(row["position"])),
        created_at=str(row["created_at"]), device_id=str(row["device_id"]))
