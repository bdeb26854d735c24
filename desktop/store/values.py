"""Canonical values made from confirmed cards: the study lead's grouping decisions.

A card keeps its own text forever (card_versions are never edited). Grouping only records,
append-only, which value each confirmed card belongs to; the newest decision for a card counts,
so every grouping can be undone by a newer one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.clock import now_iso
from desktop.core.graph.dedupe import CardText, GroupSuggestion, suggest_groups
from desktop.core.graph.values import Value
from desktop.store.analysis import in_analysis
from desktop.store.errors import StudyError
from desktop.store.graph import value_by_id
from desktop.store.study import Study


@dataclass(frozen=True)
class ConfirmedCard:
    card_id: str  # the confirmed card version
    interview_id: str
    participant_id: str
    question: str
    title: str
    description: str
    policies: tuple[str, ...]
    context: str

    def text(self) -> CardText:
        return CardText(self.card_id, self.title, self.description, self.policies)


def confirmed_cards(study: Study) -> list[ConfirmedCard]:
    """The card each finished interview confirmed last (a participant may re-confirm)."""
    rows = study.query(
        "SELECT v.id, v.interview_id, i.participant_id, i.question_text, v.title, "
        "v.description, v.policies, v.context FROM card_confirmations c "
        "JOIN card_versions v ON v.id = c.card_version_id "
        "JOIN interviews i ON i.id = c.interview_id "
        "WHERE c.rowid = (SELECT max(c2.rowid) FROM card_confirmations c2 "
        "                 WHERE c2.interview_id = c.interview_id) "
        f"AND {in_analysis('i.participant_id')} "
        "ORDER BY c.created_at, c.rowid")
    return [ConfirmedCard(row["id"], row["interview_id"], row["participant_id"],
                          row["question_text"], row["title"], row["description"],
                          tuple(_policies(row["policies"])), row["context"]) for row in rows]


def _policies(text: str) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return [line for line in (text or "").splitlines() if line.strip()]
    return [str(p) for p in value] if isinstance(value, list) else []


def grouping(study: Study) -> dict[str, str | None]:
    """Card id -> the value it belongs to now (None: taken out of any value)."""
    rows = study.query("SELECT card_id, value_id FROM card_groupings "
                       "ORDER BY created_at, device_id, rowid")
    return {row["card_id"]: row["value_id"] for row in rows}


def ungrouped_cards(study: Study) -> list[ConfirmedCard]:
    current = grouping(study)
    return [card for card in confirmed_cards(study) if current.get(card.card_id) is None]


def suggestions(study: Study, threshold: float = 0.6) -> list[GroupSuggestion]:
    """Which ungrouped cards look like the same value (for the lead to accept or not)."""
    return suggest_groups([card.text() for card in ungrouped_cards(study)], threshold)


def make_value(study: Study, card_ids: Sequence[str], wording_card_id: str,
               decided_by: str = "", reason: str = "") -> Value:
    """A new canonical value worded like one of its cards, holding all of `card_ids`."""
    cards = {card.card_id: card for card in confirmed_cards(study)}
    missing = [c for c in (*card_ids, wording_card_id) if c not in cards]
    if missing or wording_card_id not in card_ids:
        raise StudyError(study.path, "a value is made from confirmed cards, and is worded like "
                         "one of them; some of the chosen cards are not confirmed cards.")
    words = cards[wording_card_id]
    row = {**study.row_defaults(), "title": words.title, "description": words.description,
           "policies": json.dumps(list(words.policies), ensure_ascii=False),
           "context": words.context, "origin": "cards", "updated_at": now_iso()}
    with study.transaction() as db:
        db.table("canonical_values").insert(row)
        _decide(study, card_ids, row["id"], decided_by, reason)
    value = value_by_id(study, row["id"])
    assert value is not None
    return value


def move_cards(study: Study, card_ids: Sequence[str], value_id: str | None,
               decided_by: str = "", reason: str = "") -> None:
    """Put cards into another value, or take them out (None): a split, a merge, an undo."""
    if value_id is not None and value_by_id(study, value_id) is None:
        raise StudyError(study.path, "that value is no longer in this study.")
    with study.transaction():
        _decide(study, card_ids, value_id, decided_by, reason)


def merge_values(study: Study, source_id: str, target_id: str, decided_by: str = "",
                 reason: str = "") -> int:
    """Move every card of one value into another and set the emptied value aside (archived,
    not deleted); returns the cards moved. Moving cards back out undoes it.

    Refused once the value has upgrade stories or votes: people answered about its wording,
    and a merge would silently change what they said.
    """
    source, target = value_by_id(study, source_id), value_by_id(study, target_id)
    if source is None or target is None or source_id == target_id:
        raise StudyError(study.path, "choose two different values of this study to merge.")
    used = study.query(
        "SELECT (SELECT count(*) FROM upgrade_stories WHERE ? IN (from_value_id, to_value_id)) "
        "AS stories, (SELECT count(*) FROM votes WHERE ? IN (from_value_id, to_value_id)) "
        "AS votes", (source_id, source_id))[0]
    if used["stories"] or used["votes"]:
        raise StudyError(study.path, f"“{source.title}” already has {used['stories']} upgrade "
                         f"stor{'y' if used['stories'] == 1 else 'ies'} and {used['votes']} "
                         "vote(s); merging it would change what people answered about. Move "
                         "single cards instead.")
    cards = [card.card_id for card in cards_of(study, source_id)]
    with study.transaction() as db:
        _decide(study, cards, target_id, decided_by, reason or f"merged into {target.title}")
        db.execute("UPDATE canonical_values SET archived = 1, updated_at = ? WHERE id = ?",
                   [now_iso(), source_id])
    return len(cards)


def _decide(study: Study, card_ids: Sequence[str], value_id: str | None, decided_by: str,
            reason: str) -> None:
    study.db.table("card_groupings").insert_all(
        {**study.row_defaults(), "card_id": card_id, "value_id": value_id,
         "decided_by": decided_by, "reason": reason} for card_id in card_ids)


def cards_of(study: Study, value_id: str) -> list[ConfirmedCard]:
    current = grouping(study)
    return [card for card in confirmed_cards(study) if current.get(card.card_id) == value_id]


def accept_suggestions(study: Study, threshold: float = 0.6, decided_by: str = "") -> int:
    """Accept every suggested group, and make a value of each remaining single card."""
    made = 0
    for group in suggestions(study, threshold):
        make_value(study, group.card_ids, group.canonical_card_id, decided_by, "suggested")
        made += 1
    for card in ungrouped_cards(study):
        make_value(study, [card.card_id], card.card_id, decided_by, "single card")
        made += 1
    return made
