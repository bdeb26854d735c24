"""Labelling tables: dilemmas, valence items, assignments, labels, suggestions, adjudications
(migrations m020-m039).

Items share one `items` table (kind, content key, queue position), so assignments and labels
point at one place whatever the kind; `dilemmas` and `valence_items` hold the content under the
same id. An item's id is derived from its content key (UUID 5), so two laptops that import the
same file make the same ids and their study files merge by plain union. Labels and
adjudications are append-only, enforced by triggers: a change is a new row that supersedes.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.store.schema.ladder import ROW_COLUMNS, run


def _append_only(table: str) -> tuple[str, str]:
    return (
        f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} are append-only: add a row that supersedes');
            END""",
        f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, '{table} are append-only: add a row that supersedes');
            END""",
    )


def m020_create_items(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE items ({ROW_COLUMNS},
            kind TEXT NOT NULL CHECK (kind IN ('dilemma', 'valence')),
            content_key TEXT NOT NULL,
            source_id TEXT NOT NULL DEFAULT '',
            source_file TEXT NOT NULL DEFAULT '',
            position REAL NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX items_content_key ON items(content_key)",
        "CREATE INDEX items_kind_position ON items(kind, archived, position)",
        "CREATE INDEX items_source_id ON items(source_id)",
    )


def m021_create_dilemmas(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE dilemmas ({ROW_COLUMNS},
            situation TEXT NOT NULL CHECK (length(trim(situation)) > 0),
            action_a TEXT NOT NULL,
            action_b TEXT NOT NULL,
            parties TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parties)),
            values_a TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(values_a)),
            values_b TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(values_b)),
            topic TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            FOREIGN KEY (id) REFERENCES items(id))""",
    )


def m022_create_valence_items(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE valence_items ({ROW_COLUMNS},
            situation TEXT NOT NULL CHECK (length(trim(situation)) > 0),
            vrd TEXT NOT NULL CHECK (vrd IN ('value', 'right', 'duty')),
            text TEXT NOT NULL,
            explanation TEXT NOT NULL DEFAULT '',
            valence TEXT NOT NULL DEFAULT ''
                CHECK (valence IN ('', 'supports', 'opposes', 'either')),
            FOREIGN KEY (id) REFERENCES items(id))""",
    )


def m023_create_annotator_groups(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE annotator_groups ({ROW_COLUMNS},
            person_id TEXT NOT NULL UNIQUE REFERENCES people(id),
            name TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL)""",
    )


def m024_create_assignments(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE assignments ({ROW_COLUMNS},
            item_id TEXT NOT NULL REFERENCES items(id),
            annotator_id TEXT NOT NULL REFERENCES people(id),
            position REAL NOT NULL,
            removed INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            UNIQUE (annotator_id, item_id))""",
        "CREATE INDEX assignments_queue ON assignments(annotator_id, removed, position)",
        "CREATE INDEX assignments_item ON assignments(item_id)",
    )


def m025_create_suggestions(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE suggestions ({ROW_COLUMNS},
            item_id TEXT NOT NULL REFERENCES items(id),
            answer TEXT NOT NULL CHECK (json_valid(answer)),
            usable INTEGER NOT NULL DEFAULT 1,
            prompt_version TEXT NOT NULL,
            model_file TEXT NOT NULL,
            model_sha256 TEXT NOT NULL,
            raw_text TEXT NOT NULL DEFAULT '',
            finish_reason TEXT NOT NULL DEFAULT '',
            seconds REAL)""",
        "CREATE INDEX suggestions_item ON suggestions(item_id, created_at)",
    )


def m026_create_labels(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE labels ({ROW_COLUMNS},
            item_id TEXT NOT NULL REFERENCES items(id),
            annotator_id TEXT NOT NULL REFERENCES people(id),
            answer TEXT NOT NULL CHECK (json_valid(answer)),
            supersedes_id TEXT REFERENCES labels(id),
            started_at TEXT,
            duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),
            suggestion_id TEXT REFERENCES suggestions(id),
            suggestion_accepted INTEGER CHECK (suggestion_accepted IN (0, 1)),
            origin TEXT NOT NULL DEFAULT 'app' CHECK (origin IN ('app', 'import')),
            content_key TEXT)""",
        "CREATE INDEX labels_current ON labels(annotator_id, item_id, created_at)",
        "CREATE INDEX labels_item ON labels(item_id)",
        "CREATE UNIQUE INDEX labels_content_key ON labels(content_key) "
        "WHERE content_key IS NOT NULL",
        *_append_only("labels"),
    )


def m027_create_adjudications(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE adjudications ({ROW_COLUMNS},
            item_id TEXT NOT NULL REFERENCES items(id),
            adjudicator_id TEXT NOT NULL REFERENCES people(id),
            answer TEXT NOT NULL CHECK (json_valid(answer)),
            note TEXT NOT NULL DEFAULT '',
            supersedes_id TEXT REFERENCES adjudications(id))""",
        "CREATE INDEX adjudications_item ON adjudications(item_id, created_at)",
        *_append_only("adjudications"),
    )


def m028_create_labelling_settings(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE labelling_settings ({ROW_COLUMNS},
            key TEXT NOT NULL UNIQUE,
            value TEXT NOT NULL CHECK (json_valid(value)),
            updated_at TEXT NOT NULL)""",
    )
