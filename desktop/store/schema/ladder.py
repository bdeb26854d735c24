"""The study file's schema, as an append-only ladder of migrations.

Never edit or reorder a migration that has shipped: add a new `mNNN_<verb>_<noun>` at the end
of its area's module. Each runs in its own transaction (sqlite-utils `Migrations`), and a new
study climbs the same ladder as an old one. The schema version is the number applied.

Areas own number ranges so they never clash: foundation m001-m003, interviews m004-m019,
labelling m020-m039, moral graph m040-m059; later additions of any area use m100 and up.
sqlite-utils tracks migrations by name, so areas may interleave.

Conventions every table follows, so that studies from several laptops merge by union:
`id` is a UUID, `created_at` an ISO-8601 UTC time, `device_id` the device that made the row.
Rows a person edits also carry `updated_at` (the newest edit wins in a merge); labels, votes,
messages and card versions are append-only (a correction is a new row that supersedes).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

LADDER = Migrations("moral_graph_studio")

ROW_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    device_id TEXT NOT NULL REFERENCES devices(id)"""


def run(db: Database, *statements: str) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in statements:
        db.execute(statement)


def migration_names(ladder: Migrations = LADDER) -> list[str]:
    return [m.name for m in ladder._migrations]  # sqlite-utils has no public accessor
