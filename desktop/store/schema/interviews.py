"""Interview tables: consent, demographics, interviews, messages, card versions, survey
(migrations m004-m019), and the interview's language and notes (m111).

Consents, demographic answers, messages, card versions, confirmations and survey answers are
append-only: a change is a new row, so history is kept and studies merge by union. Interviews
keep a snapshot of their question's text and the audit fields (prompt hash, model, settings,
app version); `prompt_sets` keeps the exact texts behind each prompt hash.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.store.schema.integrity import append_only_triggers
from desktop.store.schema.ladder import ROW_COLUMNS, run
from desktop.store.schema.sync import change_log_triggers


def m004_create_consents(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE consents ({ROW_COLUMNS},
            participant_id TEXT NOT NULL REFERENCES people(id),
            decision TEXT NOT NULL CHECK (decision IN ('given', 'refused', 'withdrawn')),
            consent_version TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX consents_participant ON consents(participant_id, created_at)",
    )


def m005_create_demographic_fields(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE demographic_fields ({ROW_COLUMNS},
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('text', 'number', 'choice')),
            choices TEXT NOT NULL DEFAULT '[]',
            position REAL NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL)""",
        f"""CREATE TABLE demographic_answers ({ROW_COLUMNS},
            participant_id TEXT NOT NULL REFERENCES people(id),
            field_id TEXT NOT NULL REFERENCES demographic_fields(id),
            value TEXT NOT NULL)""",
        "CREATE INDEX demographic_answers_participant ON demographic_answers(participant_id)",
    )


def m006_create_prompt_sets(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE prompt_sets ({ROW_COLUMNS},
            sha256 TEXT NOT NULL UNIQUE,
            files TEXT NOT NULL)""",
    )


def m007_create_interviews(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE interviews ({ROW_COLUMNS},
            participant_id TEXT NOT NULL REFERENCES people(id),
            question_id TEXT NOT NULL REFERENCES questions(id),
            question_text TEXT NOT NULL,
            consent_id TEXT NOT NULL REFERENCES consents(id),
            follow_ups INTEGER NOT NULL,
            stage TEXT NOT NULL,
            prompt_sha256 TEXT NOT NULL,
            app_version TEXT NOT NULL,
            model_file TEXT NOT NULL DEFAULT '',
            model_sha256 TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'kiosk', 'script')),
            draft_text TEXT NOT NULL DEFAULT '',
            finished_at TEXT,
            updated_at TEXT NOT NULL)""",
        "CREATE INDEX interviews_participant ON interviews(participant_id, created_at)",
    )


def m008_create_messages(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE messages ({ROW_COLUMNS},
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            seq INTEGER NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('assistant', 'user')),
            text TEXT NOT NULL,
            stage TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'complete' CHECK (status IN ('complete', 'stopped')),
            fallback TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            rejected TEXT NOT NULL DEFAULT '[]',
            model_file TEXT NOT NULL DEFAULT '',
            model_sha256 TEXT NOT NULL DEFAULT '',
            sampling TEXT NOT NULL DEFAULT '{{}}',
            completion_tokens INTEGER,
            seconds_to_first_token REAL,
            seconds_total REAL,
            UNIQUE (interview_id, seq))""",
    )


def m009_create_card_versions(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE card_versions ({ROW_COLUMNS},
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            number INTEGER NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('draft', 'revision', 'edit')),
            title TEXT NOT NULL,
            description TEXT NOT NULL,
            policies TEXT NOT NULL,
            context TEXT NOT NULL,
            field_status TEXT NOT NULL DEFAULT '{{}}',
            problem TEXT NOT NULL DEFAULT '',
            after_seq INTEGER NOT NULL,
            raw_text TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            model_file TEXT NOT NULL DEFAULT '',
            model_sha256 TEXT NOT NULL DEFAULT '',
            sampling TEXT NOT NULL DEFAULT '{{}}',
            shown_at TEXT,
            UNIQUE (interview_id, number))""",
        f"""CREATE TABLE card_confirmations ({ROW_COLUMNS},
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            card_version_id TEXT NOT NULL REFERENCES card_versions(id))""",
        "CREATE INDEX card_confirmations_interview ON card_confirmations(interview_id)",
    )


def m010_create_survey(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE survey_items ({ROW_COLUMNS},
            key TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('scale', 'text')),
            text TEXT NOT NULL,
            low TEXT NOT NULL DEFAULT '',
            high TEXT NOT NULL DEFAULT '',
            position REAL NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL)""",
        f"""CREATE TABLE survey_answers ({ROW_COLUMNS},
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            item_key TEXT NOT NULL,
            item_text TEXT NOT NULL,
            value TEXT NOT NULL)""",
        "CREATE INDEX survey_answers_interview ON survey_answers(interview_id)",
    )


def m011_create_interview_settings(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE interview_settings ({ROW_COLUMNS},
            key TEXT NOT NULL UNIQUE,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL)""",
    )


def m111_add_interview_language_and_notes(db: Database) -> None:
    # The participant's language of each interview (older ones were all English), and an
    # append-only audit of what the interview should be known for: "fell back to English
    # for closing.txt" and the like.
    run(db, "ALTER TABLE interviews ADD COLUMN language TEXT NOT NULL DEFAULT 'en'",
        f"""CREATE TABLE interview_notes ({ROW_COLUMNS},
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            note TEXT NOT NULL CHECK (length(trim(note)) > 0))""",
        "CREATE INDEX interview_notes_interview ON interview_notes(interview_id, created_at)")
    run(db, *append_only_triggers(
        db, "interview_notes", "(SELECT participant_id FROM interviews WHERE id = "
        "OLD.interview_id)", ()), *change_log_triggers("interview_notes"))
