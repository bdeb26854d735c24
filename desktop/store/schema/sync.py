"""Sync with a lab server: a change log of every synced row and per-server sync state
(migrations m110-m119). Both stay on this laptop: merge and sync never copy them. m112 makes
an erasure's reason written-once, so that the same tombstone from two laptops converges."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.store.schema.ladder import run

CHANGE_LOG = "_sync_changes"


def change_log_triggers(table: str) -> list[str]:
    """Every insert or edit of `table` moves the row to the end of the change log, so a sync
    sends only what changed since the last one. A table created after m110 calls this in its
    own migration (tests/store/test_server_sync.py checks that every synced table does)."""
    # Delete then insert, not INSERT OR REPLACE: an outer INSERT OR IGNORE would turn the
    # trigger's REPLACE into IGNORE and the change would be lost.
    body = (f"DELETE FROM {CHANGE_LOG} WHERE table_name = '{table}' AND row_id = NEW.id; "
            f"INSERT INTO {CHANGE_LOG} (table_name, row_id) VALUES ('{table}', NEW.id);")
    # A deleted row (an erased person's) leaves the log too: nothing may still name it.
    forget = f"DELETE FROM {CHANGE_LOG} WHERE table_name = '{table}' AND row_id = OLD.id;"
    return [f"CREATE TRIGGER {table}_sync_insert AFTER INSERT ON {table} BEGIN {body} END",
            f"CREATE TRIGGER {table}_sync_update AFTER UPDATE ON {table} BEGIN {body} END",
            f"CREATE TRIGGER {table}_sync_delete AFTER DELETE ON {table} BEGIN {forget} END"]


def m110_add_sync_log_and_state(db: Database) -> None:
    synced = [name for name in db.table_names() if not name.startswith(("_", "sqlite_"))]
    run(db,
        f"""CREATE TABLE {CHANGE_LOG} (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            UNIQUE (table_name, row_id))""",
        # One row per lab server (its own id, made by `sync --init`): how far each side's
        # change log has been exchanged. The URL is kept without any password.
        """CREATE TABLE sync_state (
            server_id TEXT PRIMARY KEY NOT NULL,
            url TEXT NOT NULL,
            pushed_seq INTEGER NOT NULL DEFAULT 0,
            pulled_seq INTEGER NOT NULL DEFAULT 0,
            synced_at TEXT)""")
    for table in synced:
        run(db, *change_log_triggers(table),
            f"INSERT INTO {CHANGE_LOG} (table_name, row_id) SELECT '{table}', id FROM {table}")


def m112_make_erasure_reason_set_once(db: Database) -> None:
    # The same person erased on two laptops is one tombstone (its id is made from the person),
    # perhaps with two reasons: the reason becomes written-once, the smallest non-empty one
    # winning, so every order of merges and syncs keeps the same. An empty text is unset, like
    # NULL, for every written-once column.
    once = ("erasures", "reason"), ("card_versions", "shown_at")
    run(db, "DROP TRIGGER IF EXISTS erasures_append_only",
        "CREATE TRIGGER erasures_append_only BEFORE UPDATE OF id, person_id ON erasures BEGIN "
        "SELECT RAISE(ABORT, 'erasures rows are append-only: add a new row instead'); END",
        *(f"DROP TRIGGER IF EXISTS {table}_{column}_once" for table, column in once),
        *(f"CREATE TRIGGER {table}_{column}_once BEFORE UPDATE OF {column} ON {table} "
          f"WHEN coalesce(OLD.{column}, '') <> '' AND (coalesce(NEW.{column}, '') = '' OR "
          f"NEW.{column} > OLD.{column}) BEGIN SELECT RAISE(ABORT, '{table} rows are "
          "append-only: add a new row instead'); END" for table, column in once))
