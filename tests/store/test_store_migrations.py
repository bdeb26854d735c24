"""The migration ladder: one explicit order, and a study made at any earlier schema version
climbs to the newest with every row it held."""

from __future__ import annotations

import inspect
import re
import sqlite3
from pathlib import Path

import pytest

from desktop.store import create_study, open_study
from desktop.store.migrations import LADDER, SCHEMA_VERSION, SHIPPED, build_ladder
from desktop.store.schema import foundation, graph, integrity, interviews, labelling, sync

NUMBER = re.compile(r"^m(\d{3})_[a-z_]+$")


def test_every_migration_written_is_shipped_once_in_number_order() -> None:
    written = {name for module in (foundation, graph, integrity, interviews, labelling, sync)
               for name, _ in inspect.getmembers(module, inspect.isfunction)
               if NUMBER.match(name)}
    shipped = [m.__name__ for m in SHIPPED]
    assert sorted(shipped) == sorted(written), "a migration is written but not in SHIPPED"
    assert len(set(shipped)) == len(shipped)
    numbers = [int(NUMBER.match(name).group(1)) for name in shipped]  # type: ignore[union-attr]
    assert numbers == sorted(numbers), "SHIPPED must list migrations in the order they shipped"
    assert SCHEMA_VERSION == len(shipped)


def test_a_new_study_climbs_the_list_in_its_order(tmp_path: Path) -> None:
    with create_study(tmp_path / "s.mgstudy", "order") as study:
        applied = [m.name for m in LADDER.applied(study.db)]
        assert applied == [m.__name__ for m in SHIPPED]
        assert study.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _check_values(sql: str, column: str) -> list[str]:
    """The literals a CHECK (column IN (...)) allows, first one first."""
    found = re.search(rf"CHECK \({column} IN \(([^)]*)\)", sql)
    return [v.strip().strip("'") for v in found.group(1).split(",")] if found else []


def _sample_row(db: sqlite3.Connection, table: str, number: int) -> dict[str, object]:
    """A row every constraint of `table` accepts: JSON where JSON is checked, the first
    allowed literal where a list is, distinct text elsewhere."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    row: dict[str, object] = {}
    for _, name, kind, _notnull, _default, pk in db.execute(f"PRAGMA table_info({table})"):
        allowed = _check_values(sql, name)
        if allowed:
            row[name] = int(allowed[0]) if allowed[0].isdigit() else allowed[0]
        elif "INT" in kind.upper() and pk:  # the sync log's sequence: past the study's own rows
            row[name] = 10_000 + number
        elif "INT" in kind.upper():
            row[name] = 1
        elif "REAL" in kind.upper():
            row[name] = 0.5
        else:  # a JSON string is valid JSON, non-empty text and unique per row
            row[name] = f'"{table}-{name}-{number}"'
    return row


def _tables(db: sqlite3.Connection) -> list[str]:
    """The tables to fill; the sync change log aside (its triggers fill it as rows go in)."""
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('_sqlite_migrations', '_sync_changes') ORDER BY name")]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_study_made_at_an_earlier_version_keeps_every_row(tmp_path: Path,
                                                             version: int) -> None:
    path = tmp_path / f"v{version}.mgstudy"
    create_study(path, f"made at schema {version}",
                 ladder=build_ladder(SHIPPED[:version])).close()
    stored: dict[str, list[dict[str, object]]] = {}
    with sqlite3.connect(path) as db:  # foreign keys off: one row per table, links aside
        for table in _tables(db):
            rows = [_sample_row(db, table, n) for n in (1, 2)]
            for row in rows:
                columns = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
            stored[table] = rows
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
    db.close()
    with open_study(path) as study:
        assert study.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert study.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        for table, rows in stored.items():
            for row in rows:
                key = "id" if "id" in row else next(iter(row))
                found = study.db.execute(
                    f"SELECT {', '.join(row)} FROM {table} WHERE {key} = ?",
                    [row[key]]).fetchone()
                assert found is not None, f"{table}: a row made at schema {version} was lost"
                assert dict(zip(row, found, strict=True)) == row, f"{table} changed"
    backups = list(tmp_path.glob(f"v{version}.backup-schema{version}-*.mgstudy"))
    assert len(backups) == 1, "migrating must leave a backup of the older file"
