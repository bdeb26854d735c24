"""Question rows: the contexts interviews are about, in the study lead's order."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from desktop.core.clock import now_iso
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
    from desktop.core.formats import read_questions  # the file readers: only when importing

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


def get_question(study: Study, question_id: str) -> Question | None:
    """A question by id, archived ones included (interviews keep pointing at them)."""
    rows = study.query(f"SELECT {_COLUMNS} FROM questions WHERE id = ?", (question_id,))
    return _question(rows[0]) if rows else None


def update_question(study: Study, question_id: str, text: str, language: str = "",
                    note: str = "") -> Question:
    """Edit a question; interviews already made keep the text they were asked with."""
    _set(study, question_id, text=clean_question_text(text), language=language.strip(),
         note=note.strip())
    question = get_question(study, question_id)
    assert question is not None
    return question


def archive_question(study: Study, question_id: str) -> None:
    """Hide a question from new interviews; its interviews stay."""
    _set(study, question_id, archived=1)


def move_question(study: Study, question_id: str, offset: int) -> None:
    """Move a question up (offset < 0) or down among the listed ones."""
    ids = [q.id for q in list_questions(study)]
    if question_id not in ids:
        raise ValueError("This question is no longer listed.")
    index = ids.index(question_id)
    target = max(0, min(len(ids) - 1, index + offset))
    ids.insert(target, ids.pop(index))
    with study.transaction() as db:
        for position, qid in enumerate(ids, start=1):
            db.execute("UPDATE questions SET position = ?, updated_at = ? WHERE id = ? "
                       "AND position != ?", [float(position), now_iso(), qid, float(position)])


def _set(study: Study, question_id: str, **values: object) -> None:
    assignments = ", ".join(f"{name} = ?" for name in values)
    with study.transaction() as db:
        cursor = db.execute(f"UPDATE questions SET {assignments}, updated_at = ? WHERE id = ?",
                            [*values.values(), now_iso(), question_id])
        if cursor.rowcount != 1:
            raise ValueError("This question is no longer in the study.")
