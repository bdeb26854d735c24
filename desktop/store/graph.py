"""Moral graph rows: canonical values and wiser-than votes (and their MGE imports)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.clock import after, content_id, now_iso
from desktop.core.formats import MgeCard, MgeVote
from desktop.core.graph import Vote
from desktop.core.graph.pairs import Candidate, PairStats, choose_among
from desktop.core.graph.values import Value
from desktop.core.people import Role
from desktop.store.analysis import in_analysis
from desktop.store.errors import StudyError
from desktop.store.study import Study

MGE_PARTICIPANT_PREFIX = "mge-"


# The value each card is in now (the newest grouping decision), and whose card it is.
_CURRENT_CARDS = (
    "SELECT g.value_id, i.participant_id FROM card_groupings g "
    "JOIN card_versions v ON v.id = g.card_id JOIN interviews i ON i.id = v.interview_id "
    "WHERE g.rowid = (SELECT g2.rowid FROM card_groupings g2 WHERE g2.card_id = g.card_id "
    "ORDER BY g2.created_at DESC, g2.device_id DESC, g2.rowid DESC LIMIT 1)")


def list_values(study: Study) -> list[Value]:
    """The study's values, but for those worded from cards of withdrawn participants only."""
    rows = study.query(
        "SELECT id, title, description, policies, context, mge_id, origin FROM canonical_values "
        f"cv WHERE archived = 0 AND NOT (EXISTS (SELECT 1 FROM ({_CURRENT_CARDS}) c WHERE "
        f"c.value_id = cv.id) AND NOT EXISTS (SELECT 1 FROM ({_CURRENT_CARDS}) c WHERE "
        f"c.value_id = cv.id AND {in_analysis('c.participant_id')})) "
        "ORDER BY created_at, rowid")
    return [_value(row) for row in rows]


def _value(row: Mapping[str, Any]) -> Value:
    return Value(id=row["id"], title=row["title"], description=row["description"],
                 policies=tuple(json.loads(row["policies"] or "[]")), context=row["context"],
                 mge_id=row["mge_id"], origin=row["origin"])


def import_mge_cards(study: Study, cards: Sequence[MgeCard]) -> tuple[int, int]:
    """Values from MGE cards, keyed by their MGE id: (added, already there)."""
    known = {v.mge_id for v in list_values(study) if v.mge_id}
    rows = [{**study.row_defaults(), "id": content_id("mge-value", card.source_id),
             "title": card.title, "description": card.description,
             "policies": json.dumps(list(card.policies), ensure_ascii=False), "context": "",
             "mge_id": card.source_id, "origin": "mge", "updated_at": now_iso()}
            for card in cards if card.source_id not in known]
    with study.transaction() as db:
        db.table("canonical_values").insert_all(rows)
    return len(rows), len(cards) - len(rows)


def import_mge_votes(study: Study, votes: Sequence[MgeVote]) -> tuple[int, int]:
    """Votes from an MGE export, all or nothing: (added, already there).

    MGE users become participants coded `mge-<userId>`; values are found by MGE id, so the
    cards must be imported first.
    """
    by_mge_id = {v.mge_id: v.id for v in list_values(study) if v.mge_id}
    _check_values_known(study, votes, by_mge_id)
    known = {row["source_key"] for row in study.query(
        "SELECT source_key FROM votes WHERE source_key != ''")}
    fresh = [vote for vote in votes if vote.content_key() not in known]
    with study.transaction() as db:
        people = _mge_participants(study, {vote.user_id for vote in fresh})
        db.table("votes").insert_all(_vote_row(study, vote, people, by_mge_id) for vote in fresh)
    return len(fresh), len(votes) - len(fresh)


def _check_values_known(study: Study, votes: Sequence[MgeVote], ids: Mapping[str, str]) -> None:
    for number, vote in enumerate(votes, start=1):
        for end in (vote.from_id, vote.to_id):
            if end not in ids:
                raise StudyError(study.path, f"vote {number} refers to value {end!r}, which is "
                                 "not in this study: import the MGE cards first.")


def _mge_participants(study: Study, user_ids: set[str]) -> dict[str, str]:
    """Person ids for MGE users, adding a participant for each new one."""
    codes = {MGE_PARTICIPANT_PREFIX + user: user for user in user_ids}
    found = {row["code"]: row["id"] for row in study.query(
        "SELECT id, code FROM people WHERE code LIKE ?", (MGE_PARTICIPANT_PREFIX + "%",))}
    new_rows = [{**study.row_defaults(), "id": content_id("person-code", code), "code": code,
                 "role": Role.PARTICIPANT.value,
                 "note": "imported from an MGE export", "updated_at": now_iso()}
                for code in sorted(codes) if code not in found]
    study.db.table("people").insert_all(new_rows)
    found.update({row["code"]: row["id"] for row in new_rows})
    return {codes[code]: found[code] for code in codes}


def _vote_row(study: Study, vote: MgeVote, people: Mapping[str, str],
              values: Mapping[str, str]) -> dict[str, Any]:
    return {**study.row_defaults(), "id": content_id("mge-vote", vote.content_key()),
            "participant_id": people[vote.user_id],
            "context": vote.context_id, "from_value_id": values[vote.from_id],
            "to_value_id": values[vote.to_id], "relationship": vote.relationship,
            "comment": vote.comment, "story_text": vote.story,
            "voted_at": vote.created_at or now_iso(), "source_key": vote.content_key()}


def add_vote(study: Study, participant_id: str, context: str, from_value_id: str,
             to_value_id: str, relationship: str, comment: str = "",
             story_id: str | None = None, interview_id: str | None = None) -> Vote:
    """One wiser-than vote, committed at once; a changed mind is a newer vote, not an edit."""
    row = {**study.row_defaults(), "participant_id": participant_id, "context": context,
           "from_value_id": from_value_id, "to_value_id": to_value_id,
           "relationship": relationship, "comment": comment, "story_id": story_id,
           "interview_id": interview_id}
    with study.transaction() as db:
        row["voted_at"] = _after_earlier_answer(study, row)
        db.table("votes").insert(row)
    return _vote(row)


def _after_earlier_answer(study: Study, row: Mapping[str, Any]) -> str:
    """The vote's time, made later than this person's earlier answer to the same question:
    a changed mind within the same millisecond must still be the newest (ranking breaks exact
    ties by id, which is random)."""
    earlier = study.db.execute(
        "SELECT max(voted_at) FROM votes WHERE participant_id = ? AND context = ? AND "
        "from_value_id = ? AND to_value_id = ?", [row["participant_id"], row["context"],
                                                   row["from_value_id"], row["to_value_id"]]
    ).fetchone()[0]
    return after(earlier, str(row["created_at"]))


def load_votes(study: Study) -> list[Vote]:
    rows = study.query("SELECT id, participant_id, context, from_value_id, to_value_id, "
                       "relationship, voted_at, comment FROM votes "
                       f"WHERE {in_analysis('participant_id')} ORDER BY voted_at, id")
    return [_vote(row) for row in rows]


def _vote(row: Mapping[str, Any]) -> Vote:
    return Vote(id=row["id"], participant_id=row["participant_id"], context_id=row["context"],
                from_value_id=row["from_value_id"], to_value_id=row["to_value_id"],
                relationship=row["relationship"], created_at=row["voted_at"],
                comment=row["comment"] or "")


def participant_groups(study: Study) -> dict[str, dict[str, str]]:
    """For each demographic field, which group each participant is in: field -> person -> value.

    Answers are append-only: a participant's newest answer to a field is their group.
    """
    rows = study.query(
        "SELECT f.name AS field, a.participant_id AS person, a.value AS value "
        "FROM demographic_answers a JOIN demographic_fields f ON f.id = a.field_id "
        f"WHERE f.archived = 0 AND a.value != '' AND {in_analysis('a.participant_id')} "
        "ORDER BY a.created_at, a.device_id, a.rowid")
    groups: dict[str, dict[str, str]] = {}
    for row in rows:
        groups.setdefault(row["field"], {})[row["person"]] = row["value"]
    return groups


def participants_in_group(study: Study, field: str, value: str) -> set[str]:
    """Participant ids whose answer to `field` is `value`; a clear error for unknown names."""
    groups = participant_groups(study)
    if field not in groups:
        known = ", ".join(sorted(groups)) or "none yet"
        raise StudyError(study.path, f"there is no demographic field {field!r} with answers "
                         f"in this study (fields with answers: {known}).")
    return {person for person, answer in groups[field].items() if answer == value}


@dataclass(frozen=True)
class Story:
    id: str
    context: str
    from_value_id: str
    to_value_id: str
    text: str
    status: str  # draft | approved | dropped
    model_file: str
    model_sha256: str
    edited: bool


_STORY_COLUMNS = ("id, context, from_value_id, to_value_id, text, status, model_file, "
                  "model_sha256, edited")


def add_story(study: Study, context: str, from_value_id: str, to_value_id: str, text: str,
              model_file: str = "", model_sha256: str = "") -> Story:
    """A drafted story, kept with the model that wrote it; a draft until the lead approves."""
    row = {**study.row_defaults(), "context": context, "from_value_id": from_value_id,
           "to_value_id": to_value_id, "text": text, "status": "draft",
           "model_file": model_file, "model_sha256": model_sha256, "edited": 0,
           "updated_at": now_iso()}
    with study.transaction() as db:
        db.table("upgrade_stories").insert(row)
    return _story(row)


def review_story(study: Study, story_id: str, *, text: str | None = None,
                 status: str | None = None) -> Story:
    """The study lead edits, approves or drops a story (the model's authorship stays known)."""
    if status not in (None, "draft", "approved", "dropped"):
        raise ValueError(f"a story is a draft, approved or dropped, not {status!r}")
    with study.transaction() as db:
        db.execute("UPDATE upgrade_stories SET text = coalesce(?, text), status = "
                   "coalesce(?, status), edited = edited OR (? IS NOT NULL AND ? != text), "
                   "updated_at = ? WHERE id = ?",
                   [text, status, text, text, now_iso(), story_id])
    rows = study.query(f"SELECT {_STORY_COLUMNS} FROM upgrade_stories WHERE id = ?", (story_id,))
    if not rows:
        raise StudyError(study.path, f"there is no story {story_id!r} in this study.")
    return _story(rows[0])


def list_stories(study: Study, status: str | None = None) -> list[Story]:
    where, params = ("WHERE status = ?", (status,)) if status else ("", ())
    rows = study.query(f"SELECT {_STORY_COLUMNS} FROM upgrade_stories {where} "
                       "ORDER BY context, created_at, id", params)
    return [_story(row) for row in rows]


def _story(row: Mapping[str, Any]) -> Story:
    return Story(id=row["id"], context=row["context"], from_value_id=row["from_value_id"],
                 to_value_id=row["to_value_id"], text=row["text"], status=row["status"],
                 model_file=row["model_file"], model_sha256=row["model_sha256"],
                 edited=bool(row["edited"]))


def pairs_to_ask(study: Study, participant_id: str, candidates: Sequence[Candidate],
                 count: int = 1) -> list[Candidate]:
    """The next pairs among approved stories' `candidates` for a participant (see
    `choose_pairs`), with the votes of those pairs tallied in SQL through an index, rather
    than by reading every vote of the study."""
    stats = {(row["context"], row["f"], row["t"]): PairStats(row["n"], row["up"])
             for row in study.query(
                 "SELECT s.context, s.from_value_id AS f, s.to_value_id AS t, count(*) AS n, "
                 "sum(v.relationship = 'upgrade') AS up FROM (SELECT DISTINCT context, "
                 "from_value_id, to_value_id FROM upgrade_stories WHERE status = 'approved') s "
                 "JOIN votes v ON v.context = s.context AND v.from_value_id = s.from_value_id "
                 "AND v.to_value_id = s.to_value_id "
                 f"WHERE {in_analysis('v.participant_id')} "
                 "GROUP BY s.context, s.from_value_id, s.to_value_id")}
    answered = {(row["context"], frozenset((row["f"], row["t"]))) for row in study.query(
        "SELECT DISTINCT context, from_value_id AS f, to_value_id AS t FROM votes "
        "WHERE participant_id = ?", (participant_id,))}
    return choose_among(candidates, stats, answered, count)


def vote_candidates(study: Study) -> list[Candidate]:
    """Approved stories, as the pairs a participant can be asked about."""
    return [Candidate(s.id, s.context, s.from_value_id, s.to_value_id)
            for s in list_stories(study, "approved")]


def value_by_id(study: Study, value_id: str) -> Value | None:
    rows = study.query("SELECT id, title, description, policies, context, mge_id, origin "
                       "FROM canonical_values WHERE id = ?", (value_id,))
    return _value(rows[0]) if rows else None
