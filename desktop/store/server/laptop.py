"""The laptop's side of a sync: its change log, its rows, its per-server sync state (SQLite)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from desktop.core.clock import now_iso
from desktop.store.erasure import erasure_order
from desktop.store.policies import BY_TABLE, POLICIES, person_sql
from desktop.store.schema.sync import CHANGE_LOG
from desktop.store.server.rules import Row
from desktop.store.study import Study

Change = tuple[int, str, str]  # (seq, table, row id)
_IDS = "(SELECT value FROM json_each(?))"


@dataclass
class SyncState:
    server_id: str
    url: str
    pushed_seq: int = 0  # this laptop's change log, sent up to here
    pulled_seq: int = 0  # the server's change log, received up to here


@dataclass(frozen=True)
class Tables:
    """The synced tables (the registry's order: parents first), their columns and links."""

    columns: dict[str, list[str]]
    types: dict[str, list[str]]
    parents: dict[str, list[tuple[int, str]]]  # table -> (column index, parent table)


def synced_tables(study: Study) -> Tables:
    names = set(study.db.table_names())
    columns, types, parents = {}, {}, {}
    for policy in POLICIES:
        if policy.rule == "local" or policy.table not in names:
            continue
        info = study.db.execute(f'PRAGMA table_info("{policy.table}")').fetchall()
        columns[policy.table] = [row[1] for row in info]
        types[policy.table] = [row[2] for row in info]
        links = study.db.execute(f'PRAGMA foreign_key_list("{policy.table}")').fetchall()
        parents[policy.table] = [(columns[policy.table].index(link[3]), link[2])
                                 for link in links]
    return Tables(columns, types, parents)


class LaptopSide:
    """One study file seen as a sync partner; SQL for SQLite only."""

    def __init__(self, study: Study, tables: Tables) -> None:
        self.study, self.tables = study, tables

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.study.transaction() as db:
            db.execute("PRAGMA defer_foreign_keys = ON")  # a batch's rows come in any order
            yield

    def max_seq(self) -> int:
        return int(self.study.db.execute(
            f"SELECT coalesce(max(seq), 0) FROM {CHANGE_LOG}").fetchone()[0])

    def changes_after(self, seq: int, limit: int) -> list[Change]:
        return [tuple(r) for r in self.study.db.execute(
            f"SELECT seq, table_name, row_id FROM {CHANGE_LOG} WHERE seq > ? ORDER BY seq "
            "LIMIT ?", [seq, limit]).fetchall()]

    def fetch(self, table: str, ids: Sequence[str]) -> list[tuple[Row, str | None]]:
        """The rows, each with the person whose row it is (None: nobody's)."""
        person = person_sql(BY_TABLE[table], "r") or "NULL"
        rows = self.study.db.execute(
            f'SELECT {self._listed(table, "r.")}, {person} FROM "{table}" AS r '
            f"WHERE r.id IN {_IDS}", [json.dumps(list(ids))]).fetchall()
        return [(tuple(row[:-1]), row[-1]) for row in rows]

    def existing(self, table: str, ids: Sequence[str]) -> dict[str, Row]:
        rows = self.study.db.execute(f'SELECT {self._listed(table)} FROM "{table}" WHERE id IN '
                                     f"{_IDS}", [json.dumps(list(ids))]).fetchall()
        return {row[0]: tuple(row) for row in rows}

    def present(self, table: str, ids: Sequence[str]) -> set[str]:
        return set(self.existing(table, ids))

    def erased(self) -> set[str]:
        return {r[0] for r in self.study.db.execute("SELECT person_id FROM erasures")}

    def insert(self, table: str, rows: Sequence[Row]) -> None:
        marks = ", ".join("?" for _ in self.tables.columns[table])
        self.study.db.conn.executemany(
            f'INSERT INTO "{table}" ({self._listed(table)}) VALUES ({marks})', rows)

    def update(self, table: str, row_id: str, columns: Sequence[str], values: Row) -> None:
        # Only the changed columns: the append-only triggers refuse any other in the SET list.
        settings = ", ".join(f'"{c}" = ?' for c in columns)
        self.study.db.execute(f'UPDATE "{table}" SET {settings} WHERE id = ?',
                              [*values, row_id])

    def may_update(self, table: str, columns: Sequence[str]) -> bool:
        return True

    def erase(self, person_id: str) -> None:
        """An erasure that arrived: the person's rows go, children first (the tombstone is
        already in, so the append-only triggers allow it)."""
        for table in erasure_order():
            whose = person_sql(BY_TABLE[table], table)
            self.study.db.execute(f"DELETE FROM {table} WHERE {whose} = ?", [person_id])

    def state(self, server_id: str, url: str) -> SyncState:
        rows = self.study.query("SELECT pushed_seq, pulled_seq FROM sync_state WHERE "
                                "server_id = ?", (server_id,))
        if not rows:
            return SyncState(server_id, url)
        return SyncState(server_id, url, rows[0]["pushed_seq"], rows[0]["pulled_seq"])

    def save_state(self, state: SyncState) -> None:
        self.study.db.execute(
            "INSERT INTO sync_state (server_id, url, pushed_seq, pulled_seq, synced_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (server_id) DO UPDATE SET url = excluded.url, "
            "pushed_seq = excluded.pushed_seq, pulled_seq = excluded.pulled_seq, "
            "synced_at = excluded.synced_at",
            [state.server_id, state.url, state.pushed_seq, state.pulled_seq, now_iso()])

    def _listed(self, table: str, prefix: str = "") -> str:
        return ", ".join(f'{prefix}"{c}"' for c in self.tables.columns[table])


def sync_positions(study: Study) -> dict[str, tuple[int, int]]:
    """Per server id: how far this file's log was sent and the server's log received."""
    return {row["server_id"]: (row["pushed_seq"], row["pulled_seq"]) for row in study.query(
        "SELECT server_id, pushed_seq, pulled_seq FROM sync_state")}


def empty_for_server_copy(study: Study) -> None:
    """A fresh file about to take a server's study, only to be read (`--server` sources): its
    own study row makes way for the server's (which the pull brings), and its change-log
    triggers go, since nothing is ever sent from it: a pull then writes rows without a
    per-row log entry, several times faster. A lost temporary file is pulled again, so it is
    written without waiting for the disk."""
    study.db.execute("PRAGMA synchronous = OFF")
    triggers = [row["name"] for row in study.query(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%\\_sync\\_insert'"
        " ESCAPE '\\' OR name LIKE '%\\_sync\\_update' ESCAPE '\\')")]
    with study.transaction() as db:
        db.execute("DELETE FROM study")
        for name in triggers:
            db.execute(f'DROP TRIGGER "{name}"')
