"""Participants' consent records and demographic answers; the study's demographic fields."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.core.clock import after, now_iso
from desktop.core.interview.participants import (
    Consent,
    DemographicField,
    check_field,
    clean_value,
)
from desktop.store.analysis import withdrawn_people
from desktop.store.errors import StudyError
from desktop.store.study import Study

_CONSENT = "id, participant_id, decision, consent_version, text_sha256, created_at"
_FIELD = "id, name, kind, choices, position"


# Consent ------------------------------------------------------------------------------------

def record_consent(study: Study, participant_id: str, decision: str, version: str,
                   text_sha256: str) -> Consent:
    """Append the participant's decision on this consent text (never overwritten)."""
    if decision not in ("given", "refused", "withdrawn"):
        raise ValueError(f"unknown consent decision {decision!r}")
    row = {**study.row_defaults(), "participant_id": participant_id, "decision": decision,
           "consent_version": version, "text_sha256": text_sha256}
    with study.transaction() as db:
        row["created_at"] = _after_earlier_decision(study, participant_id, row["created_at"])
        db.table("consents").insert(row)
    return _consent(row)


def _after_earlier_decision(study: Study, participant_id: str, created_at: str) -> str:
    """A changed mind within the same millisecond is stored 1 ms after the earlier decision,
    so it is always the latest (the consent rule breaks exact ties by device, then id)."""
    earlier = study.db.execute("SELECT max(created_at) FROM consents WHERE participant_id = ?",
                               [participant_id]).fetchone()[0]
    return after(earlier, created_at)


def latest_consent(study: Study, participant_id: str) -> Consent | None:
    rows = study.query(f"SELECT {_CONSENT} FROM consents WHERE participant_id = ? "
                       "ORDER BY created_at DESC, device_id DESC, id DESC LIMIT 1",
                       (participant_id,))
    return _consent(rows[0]) if rows else None


def consent_history(study: Study, participant_id: str) -> list[Consent]:
    rows = study.query(f"SELECT {_CONSENT} FROM consents WHERE participant_id = ? "
                       "ORDER BY created_at, rowid", (participant_id,))
    return [_consent(row) for row in rows]


def withdrawn_participants(study: Study) -> set[str]:
    """Participants whose latest consent record is a withdrawal (see desktop.store.analysis)."""
    return withdrawn_people(study)


def _consent(row: Mapping[str, Any]) -> Consent:
    return Consent(id=row["id"], participant_id=row["participant_id"], decision=row["decision"],
                   consent_version=row["consent_version"], text_sha256=row["text_sha256"],
                   created_at=row["created_at"])


# Demographic fields ---------------------------------------------------------------------------

def add_demographic_field(study: Study, name: str, kind: str,
                          choices: Sequence[str] = ()) -> DemographicField:
    name, kind, cleaned = check_field(name, kind, choices)
    with study.transaction() as db:
        last = db.execute("SELECT coalesce(max(position), 0) FROM demographic_fields"
                          ).fetchone()[0]
        row = {**study.row_defaults(), "name": name, "kind": kind,
               "choices": json.dumps(list(cleaned), ensure_ascii=False),
               "position": float(last + 1), "updated_at": now_iso()}
        db.table("demographic_fields").insert(row)
    return _field(row)


def update_demographic_field(study: Study, field_id: str, name: str, kind: str,
                             choices: Sequence[str] = ()) -> None:
    name, kind, cleaned = check_field(name, kind, choices)
    _update(study, "demographic_fields", field_id,
            {"name": name, "kind": kind, "choices": json.dumps(list(cleaned),
                                                                ensure_ascii=False)})


def archive_demographic_field(study: Study, field_id: str) -> None:
    """Hidden from new participants; answers already given are kept."""
    _update(study, "demographic_fields", field_id, {"archived": 1})


def list_demographic_fields(study: Study) -> list[DemographicField]:
    rows = study.query(f"SELECT {_FIELD} FROM demographic_fields WHERE archived = 0 "
                       "ORDER BY position, created_at")
    return [_field(row) for row in rows]


def _field(row: Mapping[str, Any]) -> DemographicField:
    return DemographicField(id=row["id"], name=row["name"], kind=row["kind"],
                            choices=tuple(json.loads(row["choices"])),
                            position=float(row["position"]))


def _update(study: Study, table: str, row_id: str, values: dict[str, Any]) -> None:
    with study.transaction() as db:
        cursor = db.execute(
            f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in values)}, updated_at = ? "
            "WHERE id = ?", [*values.values(), now_iso(), row_id])
        if cursor.rowcount != 1:
            raise StudyError(study.path, f"there is no such row in {table} any more.")


# Demographic answers --------------------------------------------------------------------------

def save_demographic_answers(study: Study, participant_id: str,
                             answers: Mapping[str, str]) -> int:
    """Append the answers that changed (all or none); returns how many were stored."""
    fields = {f.id: f for f in list_demographic_fields(study)}
    current = demographic_answers(study, participant_id)
    rows = []
    for field_id, value in answers.items():
        if field_id not in fields:
            raise ValueError("This demographic field no longer exists.")
        value = clean_value(fields[field_id], value)
        if value != current.get(field_id, ""):
            rows.append({**study.row_defaults(), "participant_id": participant_id,
                         "field_id": field_id, "value": value})
    with study.transaction() as db:
        db.table("demographic_answers").insert_all(rows)
    return len(rows)


def demographic_answers(study: Study, participant_id: str) -> dict[str, str]:
    """The latest answer per field ('' rows mean the answer was cleared)."""
    rows = study.query("SELECT field_id, value FROM demographic_answers "
                       "WHERE participant_id = ? ORDER BY created_at, device_id, rowid",
                       (participant_id,))
    answers = {row["field_id"]: row["value"] for row in rows}
    return {k: v for k, v in answers.items() if v}
