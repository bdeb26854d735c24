"""Labels made elsewhere (paper sessions, other tools) brought into the study, all or nothing.

Each file row is one field of one item by one annotator. Rows of the same item, annotator and
time form one label, applied over that annotator's earlier answer, so a file may fill in one
field at a time. A label's id comes from its rows' content, so importing a file twice adds
nothing the second time.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.clock import now_iso
from desktop.core.formats import ImportFileError, iter_records, read_labels
from desktop.core.formats.items import ExternalLabel
from desktop.core.labelling import Answer, answer_from_fields, empty_answer, fields_for
from desktop.core.people import Role, clean_code
from desktop.store.items import item_kinds, resolve_item_refs
from desktop.store.labels import current_labels, insert_imported_labels
from desktop.store.people import person_id_for
from desktop.store.study import Study

LABEL_NAMESPACE = uuid.UUID("c7a4b0e2-91d3-4f6b-a2e8-5d0c3b7f9a14")


@dataclass(frozen=True)
class _Row:
    line: int
    label: ExternalLabel
    item_id: str
    code: str
    time: str


def import_labels(study: Study, path: Path, mapping: Mapping[str, str] | None = None
                  ) -> dict[str, Any]:
    """Read, check every row, then store all labels in one transaction (ImportFileError names
    the line of the first problem, and nothing is stored)."""
    labels = read_labels(path, mapping)
    lines = [line for line, _ in iter_records(path)]
    rows = _resolved(study, path, list(zip(lines, labels, strict=True)))
    kinds = item_kinds(study)
    groups: dict[tuple[str, str, str], list[_Row]] = {}
    for row in rows:
        groups.setdefault((row.item_id, row.code, row.time), []).append(row)
    codes = _annotator_ids(study, {row.code for row in rows})
    previous = {(lb.item_id, lb.annotator_id): lb.answer for lb in current_labels(study)}
    records = []
    for (item_id, code, time), group in sorted(groups.items(), key=lambda g: g[0][2]):
        key = (item_id, codes.get(code) or code)
        answer = _applied(path, previous.get(key) or empty_answer(kinds[item_id]), group)
        previous[key] = answer
        records.append(_record(item_id, code, time, answer, group))
    return _store(study, records, codes, len(rows))


def _resolved(study: Study, path: Path, numbered: list[tuple[int, ExternalLabel]]
              ) -> list[_Row]:
    refs = resolve_item_refs(study, {label.item for _, label in numbered})
    rows = []
    for line, label in numbered:
        item_id = refs.get(label.item)
        if item_id is None:
            raise ImportFileError(path, line, f"the item '{label.item}' is not in this study "
                                  "(give the item's id, or its id in the file it came from)")
        try:
            code = clean_code(label.annotator)
        except ValueError as error:
            raise ImportFileError(path, line, f"the annotator code: {error}") from None
        rows.append(_Row(line, label, item_id, code, _time(path, line, label.time)))
    return rows


def _time(path: Path, line: int, text: str) -> str:
    if not text:
        return now_iso()
    moment = datetime.fromisoformat(text)
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _applied(path: Path, answer: Answer, rows: list[_Row]) -> Answer:
    fields = answer.fields()
    for row in rows:
        name = row.label.field.strip().lower()
        allowed = fields_for(answer.kind)
        if name not in allowed:
            raise ImportFileError(path, row.line, f"a {answer.kind} has no field "
                                  f"'{row.label.field}'; its fields are {', '.join(allowed)}")
        fields[name] = row.label.value
        try:
            answer = answer_from_fields(answer.kind, fields)
        except ValueError as error:
            raise ImportFileError(path, row.line, str(error)) from None
    return answer


def _record(item_id: str, code: str, time: str, answer: Answer, rows: list[_Row]
            ) -> dict[str, Any]:
    digest = hashlib.sha256("\n".join(sorted(r.label.content_key() for r in rows)).encode())
    key = digest.hexdigest()
    return {"id": str(uuid.uuid5(LABEL_NAMESPACE, key)), "created_at": time, "item_id": item_id,
            "annotator_code": code, "answer": answer, "content_key": key}


def _annotator_ids(study: Study, codes: set[str]) -> dict[str, str]:
    rows = study.db.execute("SELECT code, id FROM people").fetchall()
    known = dict(rows)
    return {code: known[code] for code in codes if code in known}


def _store(study: Study, records: list[dict[str, Any]], codes: dict[str, str], read: int
           ) -> dict[str, Any]:
    """New annotators and the labels, in one transaction."""
    missing = sorted({r["annotator_code"] for r in records} - codes.keys())
    # Ids made from the codes: the same file imported on two laptops makes the same people.
    people = [{**study.row_defaults(), "id": person_id_for(study, code), "code": code,
               "role": Role.ANNOTATOR.value, "note": "from an imported labels file",
               "updated_at": now_iso()} for code in missing]
    codes = {**codes, **{p["code"]: p["id"] for p in people}}
    for record in records:
        record["annotator_id"] = codes[record.pop("annotator_code")]
    with study.transaction() as db:
        db.table("people").insert_all(people)
        added = insert_imported_labels(study, records)
    return {"kind": "labels", "read": read, "labels_read": len(records),
            "labels_added": added, "skipped_as_already_imported": len(records) - added,
            "annotators_added": missing}
