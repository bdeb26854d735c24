"""Valence items in ValuePrism's shape."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.formats import ImportFileError, ValenceItem, read_valence_items

Write = Callable[[str, str | bytes], Path]
HEADER = "situation,vrd,text,explanation,valence\n"


def test_valueprism_rows_are_read_without_case(write_file: Write) -> None:
    text = HEADER + (
        "Lying to a friend,Value,Honesty,Truth matters,Opposes\n"
        'Lying to a friend,RIGHT,"Right to the truth",,supports\n'
        "Lying to a friend,duty,Duty of care,,EITHER\n"
        "Lying to a friend,Value,Kindness,,\n"
    )
    assert read_valence_items(write_file("vp.csv", text)) == [
        ValenceItem("", "Lying to a friend", "value", "Honesty", "Truth matters", "opposes"),
        ValenceItem("", "Lying to a friend", "right", "Right to the truth", "", "supports"),
        ValenceItem("", "Lying to a friend", "duty", "Duty of care", "", "either"),
        ValenceItem("", "Lying to a friend", "value", "Kindness", "", ""),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("S,Virtue,Courage,,Supports", "the vrd 'Virtue' is not one of: value, right, duty"),
        ("S,Value,Courage,,Maybe", "the valence 'Maybe' is not one of: supports, opposes, either"),
        ("S,,Courage,,Supports", "the column 'vrd' is empty"),
    ],
)
def test_unknown_words_name_the_line_and_the_allowed_words(
    write_file: Write, row: str, message: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_valence_items(write_file("vp.csv", HEADER + "S,Value,Care,,Supports\n" + row + "\n"))
    assert (caught.value.line, caught.value.message) == (3, message)


def test_mapping_and_ids(write_file: Write) -> None:
    text = "id,scenario,type,item,polarity\n9,S,Value,Care,Supports\n"
    mapping = {"situation": "scenario", "vrd": "type", "text": "item", "valence": "polarity"}
    (item,) = read_valence_items(write_file("vp.csv", text), mapping)
    assert item == ValenceItem("9", "S", "value", "Care", "", "supports")


def test_valence_item_refuses_unknown_kind_when_built_directly() -> None:
    with pytest.raises(ValueError):
        ValenceItem("", "S", "virtue", "Courage")
