"""Erasure: a person's rows deleted for good (a data-protection request), with a tombstone
that keeps a merge, a sync or a later import from ever bringing them back.

Withdrawal (a consent record) leaves the rows in the file and out of every analysis; erasure
removes them. Which rows are the person's comes from the table-policy registry.
"""

from __future__ import annotations

from desktop.core.clock import content_id, now_iso
from desktop.store.errors import StudyError
from desktop.store.policies import POLICIES, person_sql
from desktop.store.study import Study

# Rows that others point at go last: cards after their groupings and confirmations,
# interviews after everything said in them, the person after everything of theirs.
_LAST = ("card_versions", "interviews", "people")
_CARD_OWNER = person_sql(next(p for p in POLICIES if p.table == "card_groupings"), "g")


def erasure_order() -> list[str]:
    """The person-owned tables, in an order that deletes children before parents."""
    owned = [p.table for p in POLICIES if p.person and p.table not in _LAST]
    return [*owned, *_LAST]


def erase_person(study: Study, person_id: str, reason: str = "") -> dict[str, int]:
    """Delete every row of the person and leave a tombstone; returns rows deleted per table."""
    if not study.query("SELECT 1 FROM people WHERE id = ?", (person_id,)):
        if is_erased(study, person_id):
            return {}
        raise StudyError(study.path, "there is no such person in this study.")
    with study.transaction() as db:
        db.execute("PRAGMA defer_foreign_keys = ON")  # links are checked once all are gone
        db.execute("INSERT OR IGNORE INTO erasures (id, created_at, device_id, person_id, "
                   "reason) VALUES (:id, :created_at, :device_id, :person, :reason)",
                   {**study.row_defaults(), "id": content_id("erasure", person_id),
                    "person": person_id, "reason": reason})
        return delete_rows_of(study, person_id)


def delete_rows_of(study: Study, person_id: str) -> dict[str, int]:
    """Inside a transaction whose erasure row is written: the person's rows, children first
    (the append-only triggers let these deletions through because of that row)."""
    deleted: dict[str, int] = {}
    values = [row[0] for row in study.db.execute(
        f"SELECT DISTINCT value_id FROM card_groupings g WHERE {_CARD_OWNER} = ? "
        "AND value_id IS NOT NULL", [person_id]).fetchall()]
    for table in erasure_order():
        policy = next(p for p in POLICIES if p.table == table)
        whose = person_sql(policy, table)
        cursor = study.db.execute(f"DELETE FROM {table} WHERE {whose} = ?", [person_id])
        if cursor.rowcount:
            deleted[table] = cursor.rowcount
    set_aside = _set_aside_emptied(study, values)
    if set_aside:
        deleted["canonical_values"] = set_aside
    return deleted


def _set_aside_emptied(study: Study, value_ids: list[str]) -> int:
    """Values worded from the person's cards and left with no card are archived: their
    wording was the person's."""
    if not value_ids:
        return 0
    marks = ", ".join("?" for _ in value_ids)
    cursor = study.db.execute(
        f"UPDATE canonical_values SET archived = 1, updated_at = ? WHERE origin = 'cards' "
        f"AND archived = 0 AND id IN ({marks}) AND NOT EXISTS (SELECT 1 FROM card_groupings "
        "g WHERE g.value_id = canonical_values.id)", [now_iso(), *value_ids])
    return cursor.rowcount


def is_erased(study: Study, person_id: str) -> bool:
    return bool(study.query("SELECT 1 FROM erasures WHERE person_id = ?", (person_id,)))


def erased_people(study: Study) -> set[str]:
    return {row["person_id"] for row in study.query("SELECT person_id FROM erasures")}
