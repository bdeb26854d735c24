"""An open study file: its connection, its identity and its transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desktop.core.clock import new_id, now_iso
from desktop.core.device import Device
from desktop.store.errors import translate
from desktop.store.migrations import LADDER


@dataclass(frozen=True)
class StudyMeta:
    id: str
    name: str
    description: str
    created_at: str
    created_by_version: str


class Study:
    """One study file opened by `desktop.store.open_study`; one per thread."""

    def __init__(self, path: Path, db: Database, device: Device) -> None:
        self.path = path
        self.db = db
        self.device = device

    def __repr__(self) -> str:
        return f"<Study {self.path}>"

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One committed unit of work: all of it is saved, or none of it and a StudyError."""
        try:
            with self.db.atomic():
                yield self.db
        except (sqlite3.Error, OSError) as error:
            raise translate(error, self.path) from error

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
              ) -> list[dict[str, Any]]:
        try:
            return list(self.db.query(sql, params))
        except sqlite3.Error as error:
            raise translate(error, self.path) from error

    def row_defaults(self) -> dict[str, str]:
        """The columns every new row carries."""
        return {"id": new_id(), "created_at": now_iso(), "device_id": self.device.id}

    @property
    def meta(self) -> StudyMeta:
        row = self.query(
            "SELECT id, name, description, created_at, created_by_version FROM study LIMIT 1")
        return StudyMeta(**row[0])

    def rename(self, name: str, description: str | None = None) -> None:
        name = name.strip()
        if not name:
            raise ValueError("A study needs a name.")
        with self.transaction() as db:
            db.execute(
                "UPDATE study SET name = ?, description = coalesce(?, description), "
                "updated_at = ?", [name, description, now_iso()])

    def schema_version(self) -> int:
        return len(LADDER.applied(self.db))

    def table_counts(self) -> dict[str, int]:
        names = [t for t in self.db.table_names() if not t.startswith(("_", "sqlite_"))]
        return {name: self.db[name].count for name in sorted(names)}

    def info(self) -> dict[str, Any]:
        """A JSON-ready summary: identity, schema, tables and their row counts."""
        meta = self.meta
        return {
            "path": str(self.path),
            "study_id": meta.id,
            "name": meta.name,
            "created_at": meta.created_at,
            "created_by_version": meta.created_by_version,
            "schema_version": self.schema_version(),
            "size_bytes": self.path.stat().st_size,
            "tables": self.table_counts(),
        }

    def close(self) -> None:
        # No explicit checkpoint: a TRUNCATE checkpoint holds the write lock while it waits for
        # other connections' readers (a page's worker), and a writer elsewhere then times out.
        # SQLite checkpoints by itself, and the last connection to close folds the WAL in.
        self.db.close()

    def __enter__(self) -> Study:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
