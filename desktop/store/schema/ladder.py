"""The study file's schema, as an append-only ladder of migrations.

Never edit, rename or reorder a migration that has shipped. A new one is written in its area's
module as `mNNN_<verb>_<noun>`, numbered after the highest so far, and appended to `SHIPPED` in
desktop/store/schema/__init__.py: that list, not the import order of the modules, is the order
every study climbs. Each runs in its own transaction (sqlite-utils `Migrations`), and a new
study climbs the same ladder as an old one. The schema version is the number applied.

The first release numbered by area (foundation m001-m003, interviews m004-m011, labelling
m020-m028, moral graph m040-m043) and shipped them together; from m100 on, numbers follow the
order of release. sqlite-utils tracks migrations by name, so a study that applied the first
release's migrations in another order is still up to date.

Conventions every table follows, so that studies from several laptops merge by union:
`id` is a UUID, `created_at` an ISO-8601 UTC time, `device_id` the device that made the row.
Rows a person edits also carry `updated_at` (the newest edit wins in a merge); labels, votes,
messages and card versions are append-only (a correction is a new row that supersedes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

LADDER_NAME = "moral_graph_studio"
Migration = Callable[[Database], None]

ROW_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    device_id TEXT NOT NULL REFERENCES devices(id)"""


def run(db: Database, *statements: str) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in statements:
        db.execute(statement)


def build_ladder(migrations: Sequence[Migration]) -> Migrations:
    """A ladder of `migrations` in the order given (a prefix of SHIPPED builds an older study)."""
    ladder = Migrations(LADDER_NAME)
    for migration in migrations:
        ladder()(migration)
    return ladder


def migration_names(ladder: Migrations) -> list[str]:
    return [m.name for m in ladder._migrations]  # sqlite-utils has no public accessor
