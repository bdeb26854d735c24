"""The study file's schema, as an append-only ladder of migrations.

Never edit or reorder a migration that has shipped: add a new `mNNN_<verb>_<noun>` at the end.
Each runs in its own transaction (sqlite-utils `Migrations`), and a new study climbs the
same ladder as an old one. The schema version is the number of migrations applied.

Conventions every table follows, so that studies from several laptops merge by union:
`id` is a UUID, `created_at` an ISO-8601 UTC time, `device_id` the device that made the row.
Rows a person edits also carry `updated_at` (the newest edit wins in a merge); labels and
votes will be append-only (a correction is a new row that supersedes the old one).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

LADDER = Migrations("moral_graph_studio")

ROW_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    device_id TEXT NOT NULL REFERENCES devices(id)"""


def _run(db: Database, *statements: str) -> None:
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in statements:
        db.execute(statement)


@LADDER()
def m001_create_study(db: Database) -> None:
    _run(
        db,
        """CREATE TABLE devices (
            id TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            first_seen_at TEXT NOT NULL)""",
        f"""CREATE TABLE study ({ROW_COLUMNS},
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_by_version TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
    )


@LADDER()
def m002_create_people(db: Database) -> None:
    _run(
        db,
        f"""CREATE TABLE people ({ROW_COLUMNS},
            code TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('participant', 'annotator', 'lead')),
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX people_code ON people(code)",
    )


@LADDER()
def m003_create_questions(db: Database) -> None:
    _run(
        db,
        f"""CREATE TABLE questions ({ROW_COLUMNS},
            text TEXT NOT NULL CHECK (length(trim(text)) > 0),
            language TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            position REAL NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX questions_position ON questions(archived, position)",
    )


def migration_names(ladder: Migrations = LADDER) -> list[str]:
    return [m.name for m in ladder._migrations]  # sqlite-utils has no public accessor


SCHEMA_VERSION = len(migration_names())
