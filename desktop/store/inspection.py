"""A read-only look at a study file as it lies on disk, without opening it as a study (no
migration, no device row, no pragma written): its integrity, schema and row counts."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store.errors import translate
from desktop.store.schema.ladder import LADDER_NAME


@dataclass(frozen=True)
class FileState:
    """What a study file holds: `quick_check` is "ok" when SQLite finds nothing wrong."""

    quick_check: str
    user_version: int
    applied: tuple[str, ...]  # migrations recorded as applied, in the order applied
    counts: dict[str, int] = field(default_factory=dict)


def inspect_study_file(path: Path | str) -> FileState:
    """Read the file's state; a write-ahead log left by a killed process is read with it."""
    path = Path(path)
    try:
        # Not `mode=ro`: reading a log left by a killed writer may need to rebuild its index.
        conn = sqlite3.connect(str(path), timeout=5)
        try:
            return _state(conn)
        finally:
            conn.close()
    except sqlite3.Error as error:
        raise translate(error, path) from error


def _state(conn: sqlite3.Connection) -> FileState:
    check = "; ".join(row[0] for row in conn.execute("PRAGMA quick_check"))
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    applied: tuple[str, ...] = ()
    if "_sqlite_migrations" in tables:
        applied = tuple(row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY applied_at, "
            "rowid", [LADDER_NAME]))
    counts = {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
              for name in tables if not name.startswith(("_", "sqlite_"))}
    return FileState(check, version, applied, counts)
