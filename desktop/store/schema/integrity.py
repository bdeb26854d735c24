"""Research-integrity tables and triggers: erasures (tombstones), and append-only rules
enforced by the database for every append-only table (migrations m102-m109)."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.store.schema.ladder import ROW_COLUMNS, run

# The append-only tables when m102 shipped, with whose rows they are (for erasure) and the
# columns written once later. Frozen here: a later table adds its triggers in its own migration.
_APPEND_ONLY_AT_M102 = (
    ("consents", "OLD.participant_id", ()),
    ("demographic_answers", "OLD.participant_id", ()),
    ("messages", "(SELECT participant_id FROM interviews WHERE id = OLD.interview_id)", ()),
    ("card_versions", "(SELECT participant_id FROM interviews WHERE id = OLD.interview_id)",
     ("shown_at",)),
    ("card_confirmations",
     "(SELECT participant_id FROM interviews WHERE id = OLD.interview_id)", ()),
    ("survey_answers", "(SELECT participant_id FROM interviews WHERE id = OLD.interview_id)",
     ()),
    ("labels", "OLD.annotator_id", ()),
    ("adjudications", None, ()),
    ("card_groupings", "(SELECT i.participant_id FROM card_versions v JOIN interviews i ON "
     "i.id = v.interview_id WHERE v.id = OLD.card_id)", ()),
    ("votes", "OLD.participant_id", ()),
    ("voting_ends", "(SELECT participant_id FROM interviews WHERE id = OLD.interview_id)", ()),
    ("erasures", None, ()),
)


def m102_add_erasures_and_append_only_triggers(db: Database) -> None:
    # An erasure is a tombstone: the person's rows are deleted for good, and a merge, a sync
    # or an import never brings them back. Its id is made from the person's id, so the same
    # erasure made on two laptops is one row.
    run(db, f"""CREATE TABLE erasures ({ROW_COLUMNS},
            person_id TEXT NOT NULL UNIQUE,
            reason TEXT NOT NULL DEFAULT '')""",
        "DROP TRIGGER IF EXISTS labels_no_update", "DROP TRIGGER IF EXISTS labels_no_delete",
        "DROP TRIGGER IF EXISTS adjudications_no_update",
        "DROP TRIGGER IF EXISTS adjudications_no_delete")
    for table, person, set_once in _APPEND_ONLY_AT_M102:
        run(db, *append_only_triggers(db, table, person, set_once))


def append_only_triggers(db: Database, table: str, person: str | None,
                         set_once: tuple[str, ...]) -> list[str]:
    """Refuse edits of content; let provenance (created_at, device_id) only move earlier (a
    merge keeping the first-made copy of a content-keyed row); let set-once columns be filled
    or moved earlier; refuse deletion unless the row's person was erased."""
    columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()]
    content = [c for c in columns if c not in ("created_at", "device_id", *set_once)]
    raise_ = f"SELECT RAISE(ABORT, '{table} rows are append-only: add a new row instead')"
    statements = [
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OF {', '.join(content)} ON {table} "
        f"BEGIN {raise_}; END",
        f"CREATE TRIGGER {table}_first_made BEFORE UPDATE OF created_at, device_id ON {table} "
        "WHEN (NEW.created_at, NEW.device_id) >= (OLD.created_at, OLD.device_id) "
        f"BEGIN {raise_}; END",
    ]
    for column in set_once:
        statements.append(
            f"CREATE TRIGGER {table}_{column}_once BEFORE UPDATE OF {column} ON {table} "
            f"WHEN OLD.{column} IS NOT NULL AND (NEW.{column} IS NULL OR "
            f"NEW.{column} > OLD.{column}) BEGIN {raise_}; END")
    erased = (f"WHEN NOT EXISTS (SELECT 1 FROM erasures WHERE person_id = {person}) "
              if person else "")
    statements.append(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} {erased}"
                      f"BEGIN {raise_}; END")
    return statements
