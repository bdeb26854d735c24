"""The server's side of a sync: its change log and its rows (PostgreSQL, through psycopg).

Every write runs under one advisory lock per study, so the change log's numbers are committed
in order and a laptop that has read up to number N never misses a row numbered below N.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from desktop.store.policies import BY_TABLE, person_sql
from desktop.store.server.connection import ServerAddress, psycopg_module
from desktop.store.server.laptop import Change, Tables
from desktop.store.server.rules import Row


class LabSide:
    """The server study seen as a sync partner; SQL for PostgreSQL only."""

    def __init__(self, conn: Any, address: ServerAddress, tables: Tables) -> None:
        self.conn, self.address, self.tables = conn, address, tables
        self.sql = psycopg_module().sql
        self._rights: dict[tuple[str, str], bool] = {}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))",
                              [self.address.schema])
            yield

    def max_seq(self) -> int:
        return int(self.conn.execute(
            "SELECT coalesce(max(seq), 0) FROM mgs_changes").fetchone()[0])

    def changes_after(self, seq: int, limit: int) -> list[Change]:
        return [tuple(r) for r in self.conn.execute(
            "SELECT seq, table_name, row_id FROM mgs_changes WHERE seq > %s ORDER BY seq "
            "LIMIT %s", [seq, limit]).fetchall()]

    def fetch(self, table: str, ids: Sequence[str]) -> list[tuple[Row, str | None]]:
        person = person_sql(BY_TABLE[table], "r") or "NULL"
        query = self.sql.SQL("SELECT {}, {} FROM {} AS r WHERE r.id = ANY(%s)").format(
            self._listed(table, "r"), self.sql.SQL(person), self.sql.Identifier(table))
        rows = self.conn.execute(query, [list(ids)]).fetchall()
        return [(tuple(row[:-1]), row[-1]) for row in rows]

    def existing(self, table: str, ids: Sequence[str]) -> dict[str, Row]:
        query = self.sql.SQL("SELECT {} FROM {} WHERE id = ANY(%s)").format(
            self._listed(table), self.sql.Identifier(table))
        return {row[0]: tuple(row) for row in self.conn.execute(query, [list(ids)])}

    def present(self, table: str, ids: Sequence[str]) -> set[str]:
        query = self.sql.SQL("SELECT id FROM {} WHERE id = ANY(%s)").format(
            self.sql.Identifier(table))
        return {row[0] for row in self.conn.execute(query, [list(ids)])}

    def erased(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT person_id FROM erasures")}

    def insert(self, table: str, rows: Sequence[Row]) -> None:
        copy_sql = self.sql.SQL("COPY {} ({}) FROM STDIN").format(
            self.sql.Identifier(table), self._listed(table))
        with self.conn.cursor() as cursor, cursor.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row(row)

    def update(self, table: str, row_id: str, columns: Sequence[str], values: Row) -> None:
        settings = self.sql.SQL(", ").join(
            self.sql.SQL("{} = %s").format(self.sql.Identifier(c)) for c in columns)
        self.conn.execute(self.sql.SQL("UPDATE {} SET {} WHERE id = %s").format(
            self.sql.Identifier(table), settings), [*values, row_id])

    def may_update(self, table: str, columns: Sequence[str]) -> bool:
        """Whether this role may UPDATE these columns (asked once per table and column)."""
        missing = [c for c in columns if (table, c) not in self._rights]
        if missing:
            found = self.conn.execute(
                "SELECT c, has_column_privilege(%s, c, 'UPDATE') FROM unnest(%s::text[]) AS c",
                [f"{self.address.schema}.{table}", missing]).fetchall()
            self._rights.update({(table, c): bool(ok) for c, ok in found})
        return all(self._rights[(table, c)] for c in columns)

    def erase(self, person_id: str) -> None:
        """Nothing to do: the server's erasure trigger deleted the rows when it came in."""

    def _listed(self, table: str, alias: str | None = None) -> Any:
        names = self.tables.columns[table]
        if alias:
            return self.sql.SQL(", ").join(self.sql.Identifier(alias, c) for c in names)
        return self.sql.SQL(", ").join(self.sql.Identifier(c) for c in names)
