"""Moral graph tables: canonical values, card groupings, upgrade stories, wiser-than votes
(migrations m040-m059)."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.store.schema.ladder import ROW_COLUMNS, run


def m040_create_canonical_values(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE canonical_values ({ROW_COLUMNS},
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            policies TEXT NOT NULL DEFAULT '[]',  -- JSON array of attentional policies
            context TEXT NOT NULL DEFAULT '',
            mge_id TEXT NOT NULL DEFAULT '',  -- its id in an imported MGE export
            origin TEXT NOT NULL CHECK (origin IN ('cards', 'mge')),
            archived INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL)""",
        "CREATE UNIQUE INDEX canonical_values_mge_id ON canonical_values(mge_id) "
        "WHERE mge_id != ''",
    )


def m041_create_card_groupings(db: Database) -> None:
    # Append-only decisions: the newest row for a card says which value it belongs to.
    run(
        db,
        f"""CREATE TABLE card_groupings ({ROW_COLUMNS},
            card_id TEXT NOT NULL,
            value_id TEXT REFERENCES canonical_values(id),  -- NULL: taken out of any value
            decided_by TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX card_groupings_card ON card_groupings(card_id, created_at)",
    )


def m042_create_upgrade_stories(db: Database) -> None:
    run(
        db,
        f"""CREATE TABLE upgrade_stories ({ROW_COLUMNS},
            context TEXT NOT NULL,
            from_value_id TEXT NOT NULL REFERENCES canonical_values(id),
            to_value_id TEXT NOT NULL REFERENCES canonical_values(id),
            text TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'approved', 'dropped')),
            model_file TEXT NOT NULL DEFAULT '',
            model_sha256 TEXT NOT NULL DEFAULT '',
            edited INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL)""",
    )


def m043_create_votes(db: Database) -> None:
    # Append-only: a participant who changes their mind adds a vote; the newest one counts.
    run(
        db,
        f"""CREATE TABLE votes ({ROW_COLUMNS},
            participant_id TEXT NOT NULL REFERENCES people(id),
            context TEXT NOT NULL,
            from_value_id TEXT NOT NULL REFERENCES canonical_values(id),
            to_value_id TEXT NOT NULL REFERENCES canonical_values(id),
            relationship TEXT NOT NULL
                CHECK (relationship IN ('upgrade', 'no_upgrade', 'not_sure')),
            comment TEXT NOT NULL DEFAULT '',
            story_id TEXT REFERENCES upgrade_stories(id),
            story_text TEXT NOT NULL DEFAULT '',
            voted_at TEXT NOT NULL,
            source_key TEXT NOT NULL DEFAULT '')  -- content key of an imported vote""",
        "CREATE INDEX votes_voted_at ON votes(voted_at)",
        "CREATE UNIQUE INDEX votes_source_key ON votes(source_key) WHERE source_key != ''",
    )


def m100_add_interview_voting(db: Database) -> None:
    # Wiser-than questions asked after the card inside an interview: its votes say which
    # interview they came from, and an append-only row says when its voting was over.
    run(
        db,
        "ALTER TABLE votes ADD COLUMN interview_id TEXT REFERENCES interviews(id)",
        "CREATE INDEX votes_interview ON votes(interview_id) WHERE interview_id IS NOT NULL",
        f"""CREATE TABLE voting_ends ({ROW_COLUMNS},
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            votes_given INTEGER NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('done', 'skipped', 'nothing_to_vote')))""",
        "CREATE INDEX voting_ends_interview ON voting_ends(interview_id)",
    )


def m101_index_votes_by_pair_and_participant(db: Database) -> None:
    # Choosing the next pair to ask tallies the votes of each approved story's pair, and
    # looks up the pairs a participant already answered.
    run(
        db,
        "CREATE INDEX votes_pair ON votes(context, from_value_id, to_value_id, relationship)",
        "CREATE INDEX votes_participant ON votes(participant_id)",
    )
