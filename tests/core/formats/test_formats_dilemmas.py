"""Dilemmas from DailyDilemmas' own layouts and from plain tables, and the ways they fail."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.formats import Dilemma, ImportFileError, read_dilemmas

Write = Callable[[str, str | bytes], Path]
DATA = Path(__file__).parent / "data"
SITUATION = "You found a wallet. Should you hand it in?"


def failure(path: Path, mapping: dict[str, str] | None = None) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_dilemmas(path, mapping)
    return caught.value


# (a) the full "by action" file


def test_by_action_file_groups_two_rows_per_idx() -> None:
    dilemmas = read_dilemmas(DATA / "dilemmas_with_detail_by_action_test.csv")
    assert [dilemma.source_id for dilemma in dilemmas] == ["55", "107", "176", "257"]
    first = dilemmas[0]
    assert first.situation.startswith("You're a project manager in a marketing firm.")
    assert (first.action_a, first.action_b) == ("Report the colleague", "Not report the colleague")
    assert first.parties == (
        "You",
        "The colleague",
        "Your superior",
        "Other team members, the company",
    )
    assert first.values_a == (
        "honesty", "responsibility", "accountability", "respect for rules", "trust", "fairness",
        "integrity",
    )  # fmt: skip
    assert first.values_b == ("avoidance of conflict", "tolerance", "self", "complicity")
    assert first.topic == "workplace"


def by_action_csv(values_names: bool = True) -> str:
    head = "idx,dilemma_situation,action_type,action,parties_direct,parties_indirect,"
    head += "values_direct,values_indirect" + (",values_names" if values_names else "")
    names = (",\"['care', nan, 'Care']\"", ",\"['ease']\"") if values_names else ("", "")
    return (
        head + "\n"
        f"9,\"{SITUATION}\",to_do,Hand it in,\"['You', 'You']\",\"['The owner']\","
        f"\"['Honesty', nan]\",\"['Trust']\"{names[0]}\n"
        f"9,\"{SITUATION}\",not_to_do,Keep it,\"['You']\",\"['The owner', 'Police']\","
        f'"[\'Greed\']","[nan]"{names[1]}\n'
    )


def test_by_action_values_come_from_direct_and_indirect_without_values_names(
    write_file: Write,
) -> None:
    (dilemma,) = read_dilemmas(write_file("d.csv", by_action_csv(values_names=False)))
    assert dilemma == Dilemma(
        "9", SITUATION, "Hand it in", "Keep it", ("You", "The owner", "Police"),
        ("Honesty", "Trust"), ("Greed",),
    )  # fmt: skip


def test_by_action_prefers_values_names_and_dedupes_ignoring_case(write_file: Write) -> None:
    (dilemma,) = read_dilemmas(write_file("d.csv", by_action_csv()))
    assert (dilemma.values_a, dilemma.values_b) == (("care",), ("ease",))


def test_by_action_dilemma_with_one_action_row_names_line_and_idx(write_file: Write) -> None:
    lines = by_action_csv().splitlines()
    error = failure(write_file("d.csv", "\n".join([lines[0], lines[2]]) + "\n"))
    assert str(error) == (
        "d.csv, line 2: dilemma 9 has no 'to_do' row; "
        "each dilemma needs one 'to_do' and one 'not_to_do' row"
    )


def test_by_action_second_row_of_the_same_action_is_refused(write_file: Write) -> None:
    lines = by_action_csv().splitlines()
    error = failure(write_file("d.csv", "\n".join([lines[0], lines[1], lines[1]]) + "\n"))
    assert (error.line, error.message) == (
        3,
        "dilemma 9 has a second 'to_do' row (the first: line 2)",
    )


def test_unknown_action_type_names_the_allowed_words(write_file: Write) -> None:
    text = by_action_csv().replace("not_to_do", "maybe")
    error = failure(write_file("d.csv", text))
    assert (error.line, error.message) == (
        3,
        "the action_type 'maybe' is not one of: to_do, not_to_do",
    )


def test_malformed_list_cell_names_line_and_column(write_file: Write) -> None:
    text = by_action_csv(values_names=False).replace("\"['Greed']\"", "\"['Greed'\"")
    error = failure(write_file("d.csv", text))
    assert error.line == 3
    assert error.message.startswith("the column 'values_direct' is not a readable list: expected")


# (b) dilemma.csv: situations only


def test_situations_file_words_actions_from_the_question() -> None:
    dilemmas = read_dilemmas(DATA / "dilemma_sample.csv")
    assert len(dilemmas) == 8
    by_id = {dilemma.source_id: dilemma for dilemma in dilemmas}
    assert (by_id["55"].action_a, by_id["55"].action_b) == (
        "Take initiative and report this to your superior",
        "Not take initiative and report this to your superior",
    )
    assert (
        by_id["310"].action_a == "Give your friend a positive review to maintain your relationship"
    )
    assert by_id["310"].action_b.startswith("Be honest about their performance")
    assert all(not d.values_a and not d.values_b and not d.parties for d in dilemmas)


# (c) party/value rows


PARTY_VALUE = (
    "dilemma_idx,action_type,party,value,dilemma_situation\n"
    f'4,to_do,You,Honesty,"{SITUATION}"\n'
    f'4,to_do,The owner,Trust,"{SITUATION}"\n'
    f'4,not_to_do,You,Greed,"{SITUATION}"\n'
    f'4,not_to_do,nan,nan,"{SITUATION}"\n'
    f'5,not_to_do,Me,Comfort,"Should you rest?"\n'
    f'5,to_do,Me,Health,"Should you rest?"\n'
)


def test_party_value_rows_merge_into_dilemmas(write_file: Write) -> None:
    first, second = read_dilemmas(write_file("pv.csv", PARTY_VALUE))
    assert first == Dilemma(
        "4", SITUATION, "Hand it in", "Not hand it in", ("You", "The owner"),
        ("Honesty", "Trust"), ("Greed",),
    )  # fmt: skip
    assert (second.values_a, second.values_b) == (("Health",), ("Comfort",))


def test_party_value_rows_without_situation_say_which_column_is_needed(write_file: Write) -> None:
    text = "dilemma_idx,action_type,negative_consequence,party,value\n4,to_do,x,You,Honesty\n"
    error = failure(write_file("pv.csv", text))
    assert error.line is None
    assert error.message == (
        "the column 'dilemma_situation' is missing: it gives each dilemma its situation "
        "(columns found: dilemma_idx, action_type, negative_consequence, party, value)"
    )


def test_party_value_dilemma_with_one_action_names_line_and_idx(write_file: Write) -> None:
    text = "\n".join(PARTY_VALUE.splitlines()[:6]) + "\n"
    error = failure(write_file("pv.csv", text))
    assert (error.line, error.message.split(";")[0]) == (6, "dilemma 5 has no 'to_do' row")


# (d) plain tables


def test_plain_jsonl_with_lists(write_file: Write) -> None:
    row = {
        "source_id": "x1", "situation": "S", "action_a": "A", "action_b": "B",
        "parties": ["You", "you", "Them"], "values_a": ["Care"], "values_b": [],
        "topic": "family", "source": "Ours",
    }  # fmt: skip
    (dilemma,) = read_dilemmas(write_file("d.jsonl", json.dumps(row) + "\n"))
    assert dilemma == Dilemma("x1", "S", "A", "B", ("You", "Them"), ("Care",), (), "family", "Ours")


def test_plain_csv_lists_may_be_python_literals_or_semicolons(write_file: Write) -> None:
    text = "id,situation,action_a,action_b,values_a,values_b\n7,S,A,B,Care; Trust,\"['Ease']\"\n"
    (dilemma,) = read_dilemmas(write_file("d.csv", text))
    assert (dilemma.source_id, dilemma.values_a, dilemma.values_b) == (
        "7",
        ("Care", "Trust"),
        ("Ease",),
    )


def test_plain_file_missing_a_column_names_it_and_the_columns_found(write_file: Write) -> None:
    error = failure(write_file("d.csv", "situation,action_a,option_2\nS,A,B\n"))
    assert str(error) == (
        "d.csv: the column 'action_b' is missing (columns found: situation, action_a, option_2)"
    )


def test_unrelated_file_names_the_plain_columns(write_file: Write) -> None:
    error = failure(write_file("d.csv", "foo,bar\n1,2\n"))
    assert error.message.startswith("the columns 'situation', 'action_a', 'action_b' are missing")


def test_plain_row_with_empty_required_cell(write_file: Write) -> None:
    error = failure(write_file("d.csv", "situation,action_a,action_b\nS,A,B\nS, ,B\n"))
    assert str(error) == "d.csv, line 3: the column 'action_a' is empty"


def test_plain_jsonl_row_lacking_a_field(write_file: Write) -> None:
    complete = '{"situation": "S", "action_a": "A", "action_b": "B"}\n'
    text = complete + '{"situation": "S", "action_a": "A"}\n'
    assert (
        failure(write_file("d.jsonl", text)).message
        == "the column 'action_b' is missing on this line"
    )


# mapping


def test_mapping_reads_other_column_names(write_file: Write) -> None:
    text = "prompt,yes,no,who\nS,A,B,You;Them\n"
    mapping = {"situation": "prompt", "action_a": "yes", "action_b": "no", "parties": "who"}
    (dilemma,) = read_dilemmas(write_file("d.csv", text), mapping)
    assert dilemma == Dilemma("", "S", "A", "B", ("You", "Them"))


def test_mapping_to_a_column_that_is_not_there(write_file: Write) -> None:
    error = failure(write_file("d.csv", "prompt,yes,no\nS,A,B\n"), {"situation": "question"})
    assert error.message == (
        "the mapping takes 'situation' from the column 'question', which is not in the file "
        "(columns found: prompt, yes, no)"
    )


def test_mapping_naming_an_unknown_field(write_file: Write) -> None:
    error = failure(write_file("d.csv", "prompt,yes,no\nS,A,B\n"), {"story": "prompt"})
    assert error.message.startswith("the mapping names 'story', which is not one of: idx, ")
