"""People rows: participants, annotators and study leads."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from desktop.core.clock import content_id, now_iso
from desktop.core.people import Person, Role, clean_code, new_code
from desktop.store.errors import StudyError
from desktop.store.study import Study

_COLUMNS = "id, code, role, note, created_at, device_id"


def add_person(study: Study, role: Role, code: str | None = None, note: str = "") -> Person:
    """A new person. One given a code (an annotator the lead names, say) gets an id made from
    it, so the same code added on two laptops is one person when the copies merge."""
    chosen = bool(code)
    code = clean_code(code) if code else _unused_code(study, role)
    if find_person(study, code):
        raise StudyError(study.path, f"the code {code!r} is already taken in this study.")
    row = {**study.row_defaults(), "code": code, "role": role.value, "note": note,
           "updated_at": now_iso()}
    if chosen:
        row["id"] = person_id_for(study, code)
    with study.transaction() as db:
        db.table("people").insert(row)
    return _person(row)


def person_id_for(study: Study, code: str) -> str:
    """The id a person with this code gets on every laptop (unless a person who has since
    changed their code holds it: then a new random one)."""
    made = content_id("person-code", code)
    taken = study.query("SELECT 1 FROM people WHERE id = ?", (made,))
    return str(uuid.uuid4()) if taken else made


def list_people(study: Study, role: Role | None = None) -> list[Person]:
    where, params = ("WHERE role = ?", (role.value,)) if role else ("", ())
    rows = study.query(f"SELECT {_COLUMNS} FROM people {where} ORDER BY created_at, code", params)
    return [_person(row) for row in rows]


def find_person(study: Study, code: str) -> Person | None:
    rows = study.query(f"SELECT {_COLUMNS} FROM people WHERE code = ?", (code,))
    return _person(rows[0]) if rows else None


def _unused_code(study: Study, role: Role) -> str:
    while True:
        code = new_code(role)
        if not find_person(study, code):
            return code


def _person(row: Mapping[str, object]) -> Person:
    return Person(
        id=str(row["id"]), code=str(row["code"]), role=Role(str(row["role"])),
        note=str(row["note"]), created_at=str(row["created_at"]), device_id=str(row["device_id"]))


def get_person(study: Study, person_id: str) -> Person | None:
    rows = study.query(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (person_id,))
    return _person(rows[0]) if rows else None


def change_code(study: Study, person_id: str, code: str) -> Person:
    """Give a person another pseudonymous code (codes stay unique within the study)."""
    code = clean_code(code)
    other = find_person(study, code)
    if other and other.id != person_id:
        raise StudyError(study.path, f"the code {code!r} is already taken in this study.")
    with study.transaction() as db:
        cursor = db.execute("UPDATE people SET code = ?, updated_at = ? WHERE id = ?",
                            [code, now_iso(), person_id])
        if cursor.rowcount != 1:
            raise StudyError(study.path, "this person is no longer in the study.")
    person = get_person(study, person_id)
    assert person is not None
    return person
