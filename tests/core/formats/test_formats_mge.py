"""Raw Moral Graph Elicitation exports: votes and values cards, 2023 and later shapes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.formats import ImportFileError, MgeCard, MgeVote, read_mge_cards, read_mge_votes

Write = Callable[[str, str | bytes], Path]

VOTE = {
    "userId": 12, "fromId": 3, "toId": 7, "story": "I used to ...", "contextId": "When in distress",
    "relationship": "upgrade", "comment": None, "createdAt": "2023-10-04T18:22:01.123Z",
}  # fmt: skip
CARD_2023 = {
    "id": 3, "title": "Diverse Perspectives", "instructionsShort": "ChatGPT should ...",
    "instructionsDetailed": "ChatGPT can ...",
    "evaluationCriteria": ["MOMENTS when ...", "CHOICES that ..."],
}  # fmt: skip
CARD_LATER = {
    "id": "v-9",
    "title": "Honest Care",
    "description": "I notice ...",
    "policies": ["OPPORTUNITIES for ..."],
}


def pretty(items: list[Any]) -> str:
    return json.dumps(items, indent=2)


def test_votes_from_a_json_array(write_file: Write) -> None:
    other = dict(VOTE, userId="u-2", relationship="NOT_SURE", story="", comment="hm")
    votes = read_mge_votes(write_file("votes.json", pretty([VOTE, other])))
    assert votes == [
        MgeVote(
            "12",
            "3",
            "7",
            "When in distress",
            "upgrade",
            "I used to ...",
            "",
            "2023-10-04T18:22:01.123Z",
        ),
        MgeVote(
            "u-2", "3", "7", "When in distress", "not_sure", "", "hm", "2023-10-04T18:22:01.123Z"
        ),
    ]


def test_votes_from_jsonl(write_file: Write) -> None:
    votes = read_mge_votes(write_file("votes.jsonl", json.dumps(VOTE) + "\n" + json.dumps(VOTE)))
    assert len(votes) == 2


def failure(reader: Callable[[Path], object], path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        reader(path)
    return caught.value


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"relationship": "maybe"},
            "item 2: the relationship 'maybe' is not one of: upgrade, no_upgrade, not_sure",
        ),
        ({"relationship": None}, "item 2: 'relationship' is missing"),
        ({"fromId": None}, "item 2: 'fromId' is missing"),
        ({"toId": [1]}, "item 2: 'toId' should be a number or text"),
        ({"story": 5}, "item 2: 'story' should be text"),
    ],
)
def test_malformed_votes_name_the_item_and_line(
    write_file: Write, change: dict[str, Any], message: str
) -> None:
    bad = {key: value for key, value in dict(VOTE, **change).items() if value is not None}
    error = failure(read_mge_votes, write_file("votes.json", pretty([VOTE, bad])))
    assert (error.line, error.message) == (12, message)  # item 2 opens on line 12


def test_votes_file_that_is_not_an_array(write_file: Write) -> None:
    error = failure(
        read_mge_votes, write_file("votes.json", json.dumps({"votes": [VOTE]}, indent=2))
    )
    assert error.line == 1
    assert "should hold a list" in error.message


def test_cards_in_both_shapes(write_file: Write) -> None:
    cards = read_mge_cards(write_file("cards.json", pretty([CARD_2023, CARD_LATER])))
    assert cards == [
        MgeCard(
            "3",
            "Diverse Perspectives",
            "ChatGPT should ...",
            ("MOMENTS when ...", "CHOICES that ..."),
        ),
        MgeCard("v-9", "Honest Care", "I notice ...", ("OPPORTUNITIES for ...",)),
    ]


@pytest.mark.parametrize(
    ("card", "message"),
    [
        ({"title": "No id", "policies": []}, "item 2: 'id' is missing"),
        ({"id": 5, "policies": []}, "item 2: 'title' is missing"),
        (
            {"id": 5, "title": "T", "policies": "MOMENTS when"},
            "item 2: 'policies' should be a list of text",
        ),
        ({"id": 3, "title": "Again"}, "item 2: the id 3 was already used by item 1"),
    ],
)
def test_malformed_cards_name_the_item_and_line(
    write_file: Write, card: dict[str, Any], message: str
) -> None:
    error = failure(
        read_mge_cards, write_file("cards.jsonl", json.dumps(CARD_2023) + "\n" + json.dumps(card))
    )
    assert (error.line, error.message) == (2, message)
