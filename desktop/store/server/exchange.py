"""Moving changed rows from one side to the other in batches, with the registry's rules.

The same code runs both ways (laptop to server, server to laptop): read the next changes from
the source's log, add the parents the target lacks, drop the rows of erased people, and apply
each row by its table's rule in one transaction on the target.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from desktop.store.policies import BY_TABLE, POLICIES
from desktop.store.server.laptop import Change, Tables
from desktop.store.server.rules import Row, changed_columns, winner

Batch = dict[str, list[tuple[Row, str | None]]]  # table -> rows with their person
_ORDER = ["erasures", *[p.table for p in POLICIES if p.table != "erasures"]]


class Side(Protocol):
    """What a sync needs of a study copy, the laptop's file or the server's schema."""

    def transaction(self) -> AbstractContextManager[None]: ...
    def max_seq(self) -> int: ...
    def changes_after(self, seq: int, limit: int) -> list[Change]: ...
    def fetch(self, table: str, ids: Sequence[str]) -> list[tuple[Row, str | None]]: ...
    def existing(self, table: str, ids: Sequence[str]) -> dict[str, Row]: ...
    def present(self, table: str, ids: Sequence[str]) -> set[str]: ...
    def erased(self) -> set[str]: ...
    def insert(self, table: str, rows: Sequence[Row]) -> None: ...
    def update(self, table: str, row_id: str, columns: Sequence[str], values: Row) -> None: ...
    def may_update(self, table: str, columns: Sequence[str]) -> bool: ...
    def erase(self, person_id: str) -> None: ...


def read_batch(source: Side, target: Side, changes: list[Change], tables: Tables) -> Batch:
    """The changed rows, with every parent the target lacks (so links hold after each batch)."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for _, table, row_id in changes:
        if table in tables.columns:
            wanted[table].append(row_id)
    batch: Batch = {table: source.fetch(table, ids) for table, ids in wanted.items()}
    _add_parents(source, target, batch, tables)
    return batch


def _add_parents(source: Side, target: Side, batch: Batch, tables: Tables) -> None:
    for _ in range(10):  # depth of the deepest chain of links, with room to spare
        missing: dict[str, set[str]] = defaultdict(set)
        for table, rows in batch.items():
            for index, parent in tables.parents[table]:
                missing[parent].update(r[index] for r, _ in rows if r[index] is not None)
        found = False
        for parent, ids in missing.items():
            have = {r[0] for r, _ in batch.get(parent, [])}
            lacking = sorted(ids - have)
            lacking = sorted(set(lacking) - target.present(parent, lacking)) if lacking else []
            if lacking:
                rows = source.fetch(parent, lacking)
                if rows:
                    batch.setdefault(parent, []).extend(rows)
                    found = True
        if not found:
            return


@dataclass
class Applied:
    """What one batch did on its target."""

    changed: int = 0  # rows inserted or updated
    kept: Batch = field(default_factory=dict)  # the target's copies that differ from those sent
    not_allowed: dict[str, int] = field(default_factory=dict)  # updates the role may not make


def apply_batch(target: Side, batch: Batch, tables: Tables) -> Applied:
    """Apply inside the caller's transaction. Erasures first: an erased person's rows are
    deleted and never written again. Where the target's copy won or the two were combined,
    `kept` holds the target's copy, for the sender to take back; where the target may not
    update a table (a server role with INSERT only), the sender keeps its own."""
    applied = Applied()
    for table in _ORDER:
        rows = batch.get(table)
        if not rows:
            continue
        erased = target.erased()
        allowed = [(row, person) for row, person in rows if person is None or person not in erased]
        _apply_rows(target, table, [row for row, _ in allowed], tables.columns[table], applied)
        if table in applied.kept:
            whose = {row[0]: person for row, person in allowed}
            applied.kept[table] = [(row, whose.get(row[0])) for row, _ in applied.kept[table]]
    return applied


def _apply_rows(target: Side, table: str, rows: list[Row], columns: list[str],
                applied: Applied) -> None:
    unique = list({row[0]: row for row in rows}.values())
    if not unique:
        return
    existing = target.existing(table, [row[0] for row in unique])
    policy = BY_TABLE[table]
    inserts = [row for row in unique if row[0] not in existing]
    if inserts:
        target.insert(table, inserts)
        applied.changed += len(inserts)
    differing: list[tuple[Row, str | None]] = []
    for row in unique:
        mine = existing.get(row[0])
        if mine is None:
            continue
        best = winner(policy, columns, mine, row)
        if best is not None:
            names = changed_columns(columns, mine, best)
            if not target.may_update(table, names):
                applied.not_allowed[table] = applied.not_allowed.get(table, 0) + 1
                continue
            target.update(table, row[0], names, tuple(best[columns.index(n)] for n in names))
            applied.changed += 1
        final = mine if best is None else best
        if final != row:
            differing.append((final, None))
    if differing:
        applied.kept[table] = differing
    if table == "erasures":
        column = columns.index("person_id")
        for row in inserts:
            target.erase(row[column])
