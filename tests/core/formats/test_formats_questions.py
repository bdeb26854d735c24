"""Questions from text/prompt tables, mappings, and text in any script surviving the trip."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.formats import ImportFileError, Question, parse_mapping, read_questions

Write = Callable[[str, str | bytes], Path]

# Right-to-left scripts, bidi marks, combining characters, emoji with joiners and skin tones.
WORLD_TEXTS = [
    "هل يجب أن أخبر صديقي بالحقيقة؟",
    "האם עליי לספר לחבר שלי את האמת?",
    "Mixed: English then עברית then العربية.\u200f",
    "Emoji 👩🏽\u200d⚕️ 🏳️\u200d🌈 🤷",
    "e\u0301 stays decomposed; ß, ı, İ, Σ",
]


def test_text_or_prompt_column_with_optional_fields(write_file: Write) -> None:
    text = "id,prompt,lang,note\nq1,How should I decide?,en,from the pilot\nq2,What matters?,,\n"
    assert read_questions(write_file("q.csv", text)) == [
        Question("How should I decide?", "en", "from the pilot", "q1"),
        Question("What matters?", source_id="q2"),
    ]


def test_jsonl_with_language_and_note(write_file: Write) -> None:
    row = {"text": "What should I do?", "language": "en", "note": "n", "extra": 1}
    assert read_questions(write_file("q.jsonl", json.dumps(row))) == [
        Question("What should I do?", "en", "n")
    ]


def test_empty_text_reads_like_a_sentence(write_file: Write) -> None:
    rows = "".join(f"Question {n}?,\n" for n in range(2, 7))
    with pytest.raises(ImportFileError) as caught:
        read_questions(write_file("questions.csv", "text,note\n" + rows + " ,a note\nLast?,\n"))
    assert str(caught.value) == "questions.csv, line 7: the column 'text' is empty"


def test_missing_text_column_names_both_accepted_names(write_file: Write) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_questions(write_file("q.csv", "question,lang\nWhy?,en\n"))
    assert (
        caught.value.message
        == "the column 'text' (or 'prompt') is missing (columns found: question, lang)"
    )


def test_mapping_from_a_cli_option(write_file: Write) -> None:
    mapping = parse_mapping("text=question, language = locale")
    path = write_file("q.csv", "question,locale\nWhy?,fr\n")
    assert read_questions(path, mapping) == [Question("Why?", "fr")]


def test_nothing_is_returned_when_any_row_is_bad(write_file: Write) -> None:
    with pytest.raises(ImportFileError):
        read_questions(
            write_file("q.jsonl", '{"text": "fine"}\n{"text": "also fine"}\n{"text": ""}\n')
        )


@pytest.mark.parametrize(
    ("option", "expected"),
    [
        ("situation=prompt,text=value", {"situation": "prompt", "text": "value"}),
        (" text = My Column , ", {"text": "My Column"}),
        ("", {}),
    ],
)
def test_parse_mapping(option: str, expected: dict[str, str]) -> None:
    assert parse_mapping(option) == expected


@pytest.mark.parametrize(("option", "words"), [("text", "field=column"), ("=x", "field=column"),
                                               ("text=a,text=b", "mapped twice")])  # fmt: skip
def test_parse_mapping_refuses_malformed_options(option: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_mapping(option)


def test_rtl_and_emoji_round_trip_through_jsonl(write_file: Write) -> None:
    lines = [
        json.dumps({"text": text}, ensure_ascii=ascii)
        for text in WORLD_TEXTS
        for ascii in (False, True)
    ]
    questions = read_questions(write_file("q.jsonl", "\n".join(lines)))
    assert [question.text for question in questions] == [
        t for t in WORLD_TEXTS for _ in (False, True)
    ]


def test_rtl_and_emoji_round_trip_through_csv(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["text", "language"])
        writer.writerows([text, "ar"] for text in WORLD_TEXTS)
    assert [question.text for question in read_questions(path)] == WORLD_TEXTS


def test_jsonl_optional_fields_may_first_appear_on_a_later_line(write_file: Write) -> None:
    text = '{"text": "One?"}\n{"text": "Two?", "lang": "de", "note": "n", "id": 2}\n'
    assert read_questions(write_file("q.jsonl", text)) == [
        Question("One?"),
        Question("Two?", "de", "n", "2"),
    ]
