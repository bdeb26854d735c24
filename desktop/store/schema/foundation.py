"""Foundation tables: study, devices, people, questions (migrations m001-m003)."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.store.schema.ladder import ROW_COLUMNS, run


def m001_create_study(db: Database) -> None:
    run(
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


def m002_create_people(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE people ({ROW_COLUMNS},
            code TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('participant', 'annotator', 'lead')),
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX people_code ON people(code)",
    )


def m003_create_questions(db: Database) -> None:
    run(
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
