"""Content keys: the same content always gives the same key, so re-imports can be idempotent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from desktop.core.formats import (
    Dilemma,
    MgeCard,
    Question,
    ValenceItem,
    read_dilemmas,
    read_questions,
)

Write = Callable[[str, str | bytes], Path]


def test_importing_the_same_file_twice_gives_the_same_keys(write_file: Write) -> None:
    path = write_file("d.csv", "situation,action_a,action_b,values_a\nS,A,B,Care;Trust\nT,C,D,\n")
    first = [dilemma.content_key() for dilemma in read_dilemmas(path)]
    assert first == [dilemma.content_key() for dilemma in read_dilemmas(path)]
    assert len(set(first)) == 2


def test_the_same_content_in_csv_and_jsonl_gives_the_same_key(write_file: Write) -> None:
    from_csv = read_questions(write_file("q.csv", 'text,lang\n"Why  do\nit?",en\n'))
    from_jsonl = read_questions(
        write_file("q.jsonl", '{"text": " Why do it? ", "language": "en"}\n')
    )
    assert from_csv[0].content_key() == from_jsonl[0].content_key()


def test_key_ignores_unicode_form_and_spacing_but_not_words_or_case() -> None:
    key = Question("Café  au lait?").content_key()
    assert key == Question("Cafe\u0301 au lait?").content_key()
    assert key != Question("café au lait?").content_key()
    assert key != Question("Café au lait?", language="fr").content_key()


def test_key_is_pinned() -> None:
    # Stores keep these keys: a change of recipe must come with a migration, not by accident.
    expected = "5655ad7ea2cb57aeb8181aa25190e09de03da2acaaf0d57ff2756a8e8204cbe2"
    assert Question("Why?").content_key() == expected


def test_key_tells_fields_and_types_apart() -> None:
    assert Question("a", note="b").content_key() != Question("a b").content_key()
    dilemma = Dilemma("1", "S", "A", "B", values_a=("x", "y"))
    assert dilemma.content_key() != Dilemma("1", "S", "A", "B", values_a=("x y",)).content_key()
    assert dilemma.content_key() != Dilemma("1", "S", "A", "B", values_b=("x", "y")).content_key()
    assert MgeCard("1", "T").content_key() != Question("1", "T").content_key()


def test_items_are_frozen_and_hashable() -> None:
    item = ValenceItem("", "S", "value", "Care")
    with pytest.raises(FrozenInstanceError):
        item.text = "Other"  # type: ignore[misc]
    assert len({item, ValenceItem("", "S", "value", "Care")}) == 1
