"""Assignments: which annotator labels which item, and each annotator's queue in stable order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.assignment import QueueOrder, plan_assignments, queue_position
from desktop.core.clock import content_id, now_iso
from desktop.core.labelling import TaskKind
from desktop.store.study import Study

_INSERT = ("INSERT INTO assignments (id, created_at, device_id, item_id, annotator_id, position, "
           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(annotator_id, item_id) DO "
           "UPDATE SET removed = 0, updated_at = excluded.updated_at")


@dataclass(frozen=True)
class QueueEntry:
    """One place in an annotator's queue."""

    item_id: str
    kind: TaskKind
    labelled: bool


def assign_items(
    study: Study,
    annotator_ids: Sequence[str],
    overlap: int,
    item_ids: Sequence[str] | None = None,
    order: QueueOrder = "as_imported",
) -> int:
    """Give every item (or those listed) to `overlap` of the annotators; returns pairs added.

    Tops up: items that already have some of these annotators keep them and get the rest, so
    running it again with the same overlap adds nothing. One transaction.
    """
    items = _positions(study, item_ids)
    existing, load = _existing(study)
    pairs = plan_assignments(list(items), annotator_ids, overlap, existing, load)
    now, device = now_iso(), study.device.id
    rows = [(content_id("assignment", f"{annotator}:{item}"), now, device, item, annotator,
             queue_position(order, annotator, item, items[item]), now)
            for item, annotator in pairs]
    with study.transaction() as db:
        db.conn.executemany(_INSERT, rows)
    return len(rows)


def _positions(study: Study, item_ids: Sequence[str] | None) -> dict[str, float]:
    rows = study.db.execute(
        "SELECT id, position FROM items WHERE archived = 0 ORDER BY position").fetchall()
    positions = dict(rows)
    if item_ids is None:
        return positions
    return {item: positions[item] for item in item_ids if item in positions}


def _existing(study: Study) -> tuple[dict[str, frozenset[str]], dict[str, int]]:
    holders: dict[str, set[str]] = {}
    load: dict[str, int] = {}
    for item, annotator in study.db.execute(
            "SELECT item_id, annotator_id FROM assignments WHERE removed = 0"):
        holders.setdefault(item, set()).add(annotator)
        load[annotator] = load.get(annotator, 0) + 1
    return {item: frozenset(people) for item, people in holders.items()}, load


def unassign_unlabelled(study: Study, annotator_id: str) -> int:
    """Take back the items this annotator has not labelled yet (labelled ones stay theirs)."""
    with study.transaction() as db:
        cursor = db.execute(
            "UPDATE assignments SET removed = 1, updated_at = ? WHERE annotator_id = ? AND "
            "removed = 0 AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.item_id = "
            "assignments.item_id AND l.annotator_id = assignments.annotator_id)",
            [now_iso(), annotator_id])
    return cursor.rowcount


def annotator_queue(study: Study, annotator_id: str) -> list[QueueEntry]:
    """The annotator's items in their own stable order, each marked labelled or not."""
    rows = study.db.execute(
        "SELECT a.item_id, i.kind, EXISTS (SELECT 1 FROM labels l WHERE l.annotator_id = "
        "a.annotator_id AND l.item_id = a.item_id) FROM assignments a JOIN items i ON i.id = "
        "a.item_id WHERE a.annotator_id = ? AND a.removed = 0 AND i.archived = 0 "
        "ORDER BY a.position, i.position", [annotator_id])
    return [QueueEntry(item, kind, bool(done)) for item, kind, done in rows]


def assignment_counts(study: Study) -> dict[str, int]:
    """How many items have 0, 1, 2, ... annotators, as {'0': n, '1': n, ...}."""
    rows = study.db.execute(
        "SELECT n, count(*) FROM (SELECT i.id, count(a.id) AS n FROM items i LEFT JOIN "
        "assignments a ON a.item_id = i.id AND a.removed = 0 WHERE i.archived = 0 "
        "GROUP BY i.id) GROUP BY n ORDER BY n").fetchall()
    return {str(n): count for n, count in rows}
