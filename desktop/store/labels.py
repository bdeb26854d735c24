"""Label rows: append-only, each committed on its own; a change supersedes the label before it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.clock import new_id
from desktop.core.labelling import Answer, TaskKind, answer_from_json, answer_to_json
from desktop.store.analysis import in_analysis
from desktop.store.study import Study

_INSERT = ("INSERT INTO labels (id, created_at, device_id, item_id, annotator_id, answer, "
           "supersedes_id, started_at, duration_ms, suggestion_id, suggestion_accepted, origin, "
           "content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
_COLUMNS = ("l.id, l.created_at, l.device_id, l.item_id, l.annotator_id, i.kind, l.answer, "
            "l.supersedes_id, l.started_at, l.duration_ms, l.suggestion_id, "
            "l.suggestion_accepted, l.origin")
# The newest label of each (item, annotator) is the current one; the device, then the order
# rows were written in, break exact-time ties (two labels within one millisecond).
_RANKED = ("SELECT l.*, l.rowid AS written, row_number() OVER (PARTITION BY l.item_id, "
           "l.annotator_id ORDER BY l.created_at DESC, l.device_id DESC, l.rowid DESC) AS rank "
           "FROM labels l "
           f"WHERE {in_analysis('l.annotator_id')}")


@dataclass(frozen=True)
class StoredLabel:
    id: str
    created_at: str
    device_id: str
    item_id: str
    annotator_id: str
    kind: TaskKind
    answer: Answer
    supersedes_id: str | None = None
    started_at: str | None = None
    duration_ms: int | None = None
    suggestion_id: str | None = None
    suggestion_accepted: bool | None = None
    origin: str = "app"


def add_label(
    study: Study,
    item_id: str,
    annotator_id: str,
    answer: Answer,
    *,
    started_at: str | None = None,
    duration_ms: int | None = None,
    suggestion_id: str | None = None,
    suggestion_accepted: bool | None = None,
) -> StoredLabel:
    """Commit one label now (one small transaction); it supersedes the annotator's last one."""
    problem = answer.problem()
    if problem:
        raise ValueError(problem)
    row = study.row_defaults()
    accepted = None if suggestion_accepted is None else int(suggestion_accepted)
    with study.transaction() as db:
        before = db.execute(
            "SELECT id FROM labels WHERE annotator_id = ? AND item_id = ? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1", [annotator_id, item_id]).fetchone()
        supersedes = before[0] if before else None
        db.execute(_INSERT, [row["id"], row["created_at"], row["device_id"], item_id,
                             annotator_id, answer_to_json(answer), supersedes, started_at,
                             duration_ms, suggestion_id, accepted, "app", None])
    return StoredLabel(row["id"], row["created_at"], row["device_id"], item_id, annotator_id,
                       answer.kind, answer, supersedes, started_at, duration_ms, suggestion_id,
                       suggestion_accepted)


def insert_imported_labels(study: Study, rows: list[dict[str, Any]]) -> int:
    """Labels read from a file, in one transaction; a row whose content key is stored already
    (the same file imported again) is skipped. Returns how many were added."""
    device = study.device.id
    params = [(new_id() if not r.get("id") else r["id"], r["created_at"], device, r["item_id"],
               r["annotator_id"], answer_to_json(r["answer"]), r.get("supersedes_id"), None,
               None, None, None, "import", r["content_key"]) for r in rows]
    with study.transaction() as db:
        before = db.execute("SELECT count(*) FROM labels").fetchone()[0]
        db.conn.executemany(_INSERT.replace("INSERT", "INSERT OR IGNORE"), params)
        return int(db.execute("SELECT count(*) FROM labels").fetchone()[0] - before)


def current_label(study: Study, item_id: str, annotator_id: str) -> StoredLabel | None:
    rows = study.query(
        f"SELECT {_COLUMNS} FROM labels l JOIN items i ON i.id = l.item_id WHERE "
        "l.annotator_id = ? AND l.item_id = ? ORDER BY l.created_at DESC, l.rowid DESC LIMIT 1",
        (annotator_id, item_id))
    return _label(rows[0]) if rows else None


def current_labels(study: Study, kind: TaskKind | None = None) -> list[StoredLabel]:
    """The current label of every (item, annotator), in order of item then annotator."""
    where, params = ("WHERE i.kind = ?", (kind,)) if kind else ("", ())
    rows = study.query(
        f"SELECT {_COLUMNS} FROM ({_RANKED}) l JOIN items i ON i.id = l.item_id "
        f"{where} {'AND' if where else 'WHERE'} l.rank = 1 "
        "ORDER BY i.position, l.annotator_id", params)
    return [_label(row) for row in rows]


def iter_all_labels(study: Study) -> Iterator[tuple[StoredLabel, bool]]:
    """Every label ever given, with whether it is still current, in time order."""
    cursor = study.db.query(
        f"SELECT {_COLUMNS}, l.rank FROM ({_RANKED}) l JOIN items i ON i.id = l.item_id "
        "ORDER BY l.created_at, l.written")
    for row in cursor:
        yield _label(row), row["rank"] == 1


def current_answers(study: Study, item_ids: list[str]) -> dict[str, dict[str, StoredLabel]]:
    """item -> annotator -> current label, for the items listed."""
    wanted = set(item_ids)
    result: dict[str, dict[str, StoredLabel]] = {}
    for label in current_labels(study):
        if label.item_id in wanted:
            result.setdefault(label.item_id, {})[label.annotator_id] = label
    return result


def label_count(study: Study) -> int:
    return int(study.db.execute("SELECT count(*) FROM labels").fetchone()[0])


def _label(row: Mapping[str, Any]) -> StoredLabel:
    accepted = row["suggestion_accepted"]
    return StoredLabel(
        id=row["id"], created_at=row["created_at"], device_id=row["device_id"],
        item_id=row["item_id"], annotator_id=row["annotator_id"], kind=row["kind"],
        answer=answer_from_json(row["kind"], row["answer"]), supersedes_id=row["supersedes_id"],
        started_at=row["started_at"], duration_ms=row["duration_ms"],
        suggestion_id=row["suggestion_id"],
        suggestion_accepted=None if accepted is None else bool(accepted), origin=row["origin"])
