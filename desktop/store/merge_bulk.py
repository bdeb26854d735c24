"""Set-based merging of many rows: the same result as adding them one trigger at a time, faster.

A merge adds another copy's rows with one INSERT ... SELECT per table. Row by row, each added
row also fires the table's change-log trigger (a DELETE and an INSERT into the log) and lands
in every index of the table. For a large batch both are cheaper set-based:

- the change-log insert trigger is dropped for the batch, and the log is written afterwards
  with one INSERT ... SELECT, in the order the rows were added (their rowids), so the log is
  the one the trigger would have written, sequence numbers included;
- when the batch is at least half as large as the table already is, the table's plain (not
  UNIQUE) indexes are dropped and built again afterwards, which sorts once instead of
  inserting into each index row by row;
- the page cache is enlarged for the merge, so the pages changed stay in memory until commit.

All of it runs inside the merge's transaction: SQLite's schema changes are transactional, so a
merge killed or failing midway leaves the triggers, the indexes and the rows as they were.
Durability is kept: `synchronous` is not lowered (that could lose a merge that was reported
done, or corrupt the file at a power cut).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

from desktop.store.schema.sync import CHANGE_LOG

BULK_ROWS = 1000  # from this many rows arriving in one table, the set-based path is taken
REINDEX_SHARE = 0.5  # indexes are rebuilt when the arriving rows are this share of the table
MERGE_CACHE_KIB = 256 * 1024  # the page cache during a merge (SQLite's default is 2 MiB)
MERGE_TEMP_STORE = "MEMORY"  # sorts for index builds in memory


@contextmanager
def row_by_row() -> Iterator[None]:
    """Merges within take the row path whatever their size: the anchor a benchmark compares
    the set-based path with."""
    global BULK_ROWS
    saved, BULK_ROWS = BULK_ROWS, sys.maxsize
    try:
        yield
    finally:
        BULK_ROWS = saved


@contextmanager
def roomy_cache(db: Database) -> Iterator[None]:
    """A larger page cache and in-memory sorts for the length of a merge, then as before."""
    cache = db.execute("PRAGMA main.cache_size").fetchone()[0]
    temp = db.execute("PRAGMA temp_store").fetchone()[0]
    db.execute(f"PRAGMA main.cache_size = -{MERGE_CACHE_KIB}")
    db.execute(f"PRAGMA temp_store = {MERGE_TEMP_STORE}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA main.cache_size = {int(cache)}")
        db.execute(f"PRAGMA temp_store = {int(temp)}")


def arriving(db: Database, table: str) -> int:
    """How many rows of other.`table` this copy lacks (by id)."""
    row = db.execute(f'SELECT count(*) FROM other."{table}" WHERE id NOT IN '
                     f'(SELECT id FROM main."{table}")').fetchone()
    return int(row[0])


@contextmanager
def bulk_insert(db: Database, table: str) -> Iterator[None]:
    """Around one INSERT ... SELECT into main.`table` within the merge's transaction: the
    set-based path when enough rows arrive, else nothing changes (the triggers do the work)."""
    incoming = arriving(db, table)
    if incoming < BULK_ROWS:
        yield
        return
    present = int(db.execute(f'SELECT count(*) FROM main."{table}"').fetchone()[0])
    trigger = _schema_sql(db, "trigger", f"{table}_sync_insert")
    indexes = _plain_indexes(db, table) if incoming >= REINDEX_SHARE * present else []
    last = int(db.execute(f'SELECT coalesce(max(rowid), 0) FROM main."{table}"').fetchone()[0])
    if trigger:
        db.execute(f'DROP TRIGGER main."{table}_sync_insert"')
    for name, _sql in indexes:
        db.execute(f'DROP INDEX main."{name}"')
    yield
    for _name, sql in indexes:
        db.execute(_in_main(sql, "INDEX"))
    if trigger:
        # What the trigger does per row: a row added here is new, so no entry names it yet,
        # but one could (a log entry is only removed with its row); clear, then append.
        db.execute(f"DELETE FROM main.{CHANGE_LOG} WHERE table_name = ? AND row_id IN "
                   f'(SELECT id FROM main."{table}" WHERE rowid > ?)', [table, last])
        db.execute(f"INSERT INTO main.{CHANGE_LOG} (table_name, row_id) SELECT ?, id FROM "
                   f'main."{table}" WHERE rowid > ? ORDER BY rowid', [table, last])
        db.execute(_in_main(trigger, "TRIGGER"))


def _schema_sql(db: Database, kind: str, name: str) -> str | None:
    row = db.execute("SELECT sql FROM main.sqlite_master WHERE type = ? AND name = ?",
                     [kind, name]).fetchone()
    return None if row is None else str(row[0])


def _plain_indexes(db: Database, table: str) -> list[tuple[str, str]]:
    """The table's own indexes that enforce nothing: neither UNIQUE nor the primary key's."""
    rows = db.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND "
                      "tbl_name = ? AND sql IS NOT NULL", [table]).fetchall()
    return [(str(name), str(sql)) for name, sql in rows
            if not str(sql).upper().startswith("CREATE UNIQUE")]


def _in_main(sql: str, kind: str) -> str:
    """`CREATE INDEX x ...` as `CREATE INDEX main.x ...`: the other copy is attached and has
    objects of the same names."""
    head = f"CREATE {kind} "
    if not sql.upper().startswith(head):
        raise ValueError(f"unexpected schema statement: {sql[:60]}")
    return f"{head}main.{sql[len(head):].lstrip()}"
