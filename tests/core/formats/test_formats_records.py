"""Streaming JSONL, JSON arrays, CSV and TSV into (line, record) pairs, and every way that fails."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.formats import ImportFileError, iter_records, read_columns
from desktop.core.formats.json_array import iter_json_array

Write = Callable[[str, str | bytes], Path]


def records(path: Path, **options: int) -> list[tuple[int, dict[str, object]]]:
    return list(iter_records(path, **options))


def failure(path: Path, **options: int) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        records(path, **options)
    return caught.value


# JSONL


def test_jsonl_yields_line_numbers_and_skips_blank_lines(write_file: Write) -> None:
    path = write_file("q.jsonl", '{"text": "a"}\n\n  \n{"text": "b"}\n')
    assert records(path) == [(1, {"text": "a"}), (4, {"text": "b"})]


def test_jsonl_bad_json_names_its_line_and_the_problem(write_file: Write) -> None:
    path = write_file("q.jsonl", '{"text": "a"}\n{"text": "b"}\n\n{"text": "c",}\n{"text": "d"}\n')
    error = failure(path)
    assert error.line == 4
    assert str(error).startswith("q.jsonl, line 4: this line is not valid JSON")
    assert "at character" in error.message


def test_jsonl_line_that_is_not_an_object_is_refused(write_file: Write) -> None:
    error = failure(write_file("q.jsonl", '{"text": "a"}\n["a", "b"]\n'))
    assert (error.line, error.message) == (
        2,
        "each line should hold one JSON object {...}, but this one holds a list",
    )


def test_jsonl_crlf_and_bom_are_accepted(write_file: Write) -> None:
    path = write_file("q.jsonl", b'\xef\xbb\xbf{"text": "a"}\r\n{"text": "b"}\r\n')
    assert records(path) == [(1, {"text": "a"}), (2, {"text": "b"})]


# JSON arrays (MGE exports)


def test_json_array_yields_each_object_with_the_line_it_starts_on(write_file: Write) -> None:
    text = '[\n  {"id": 1,\n   "title": "A"},\n  {"id": 2, "title": "B"}\n]\n'
    assert records(write_file("cards.json", text)) == [
        (2, {"id": 1, "title": "A"}),
        (4, {"id": 2, "title": "B"}),
    ]


@pytest.mark.parametrize("chunk", [1, 2, 7, 64])
def test_json_array_parses_across_any_chunk_boundary(chunk: int) -> None:
    text = '[{"n": 12345, "s": "héllo ✨ שלום"},\n {"n": 6.5e3, "s": "x"}, {"n": -1, "s": ""}]'
    stream = io.BytesIO(text.encode("utf-8"))
    items = list(iter_json_array(Path("x.json"), stream, chunk_bytes=chunk))
    assert [item for _line, item in items] == [
        {"n": 12345, "s": "héllo ✨ שלום"},
        {"n": 6.5e3, "s": "x"},
        {"n": -1, "s": ""},
    ]
    assert [line for line, _item in items] == [1, 2, 2]


def test_json_array_item_that_is_not_an_object_is_refused(write_file: Write) -> None:
    error = failure(write_file("votes.json", '[\n{"a": 1},\n"text"\n]'))
    assert (error.line, error.message) == (
        3,
        "item 2 of the list should be an object {...}, but it is a piece of text",
    )


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[\n{"a": 1},\n{"a": 2,}\n]', 3, "not valid JSON"),
        ('[\n{"a": 1}\n{"a": 2}\n]', 3, "a comma or ] should follow item 1"),
        ('[\n{"a": 1},\n', 3, "not valid JSON"),
        ('[{"a": 1}', 1, "the file ends before"),
        ('[{"a": 1}]\n[]', 2, "more text after"),
    ],
)
def test_json_array_syntax_errors_name_the_line(
    write_file: Write, text: str, line: int, words: str
) -> None:
    error = failure(write_file("votes.json", text))
    assert error.line == line
    assert words in error.message


def test_json_file_holding_a_single_pretty_object_is_refused(write_file: Write) -> None:
    error = failure(write_file("graph.json", '{\n  "values": [],\n  "edges": []\n}\n'))
    assert error.line == 1
    assert "a .json file should hold a list" in error.message


def test_json_file_holding_neither_list_nor_object_is_refused(write_file: Write) -> None:
    error = failure(write_file("votes.json", '"hello"'))
    assert error.message == "a .json file should hold a list of items [...]"


def test_empty_json_array_is_refused(write_file: Write) -> None:
    assert failure(write_file("votes.json", "[ ]\n")).message == "the file holds an empty list"


# CSV and TSV


def test_csv_with_bom_gives_header_names_and_physical_lines(write_file: Write) -> None:
    path = write_file("q.csv", b"\xef\xbb\xbftext,note\r\nHello,one\r\n\r\nBye,two\r\n")
    assert records(path) == [
        (2, {"text": "Hello", "note": "one"}),
        (4, {"text": "Bye", "note": "two"}),
    ]


def test_csv_multiline_quoted_cells_keep_the_line_where_each_record_starts(
    write_file: Write,
) -> None:
    text = 'text,note\n"first\nsecond\nthird",a\nplain,b\n"x ""quoted""\n",c\nlast,d\n'
    rows = records(write_file("q.csv", text))
    assert [line for line, _row in rows] == [2, 5, 6, 8]
    assert rows[0][1]["text"] == "first\nsecond\nthird"
    assert rows[2][1]["text"] == 'x "quoted"\n'


def test_csv_error_after_multiline_cells_names_the_physical_line(write_file: Write) -> None:
    text = 'text,note\n"one\ntwo",a\nok,b\nbad,b,extra\n'
    assert failure(write_file("q.csv", text)).line == 5


def test_csv_duplicate_header_is_refused(write_file: Write) -> None:
    error = failure(write_file("q.csv", "text,note,text\na,b,c\n"))
    assert (
        str(error)
        == "q.csv, line 1: the column name 'text' appears twice; give each column its own name"
    )


def test_csv_row_with_more_cells_than_the_header_is_refused(write_file: Write) -> None:
    error = failure(write_file("q.csv", "text,note\na,b\nHello, world,x\n"))
    assert error.line == 3
    assert error.message.startswith("this row has 3 cells but the header names 2 columns")


def test_csv_short_rows_and_trailing_empty_cells_are_tolerated(write_file: Write) -> None:
    path = write_file("q.csv", "text,note\nonly\nboth,b,,\n")
    assert records(path) == [(2, {"text": "only", "note": ""}), (3, {"text": "both", "note": "b"})]


def test_csv_unnamed_column_is_dropped(write_file: Write) -> None:
    # pandas writes its index as a column with an empty name (DailyDilemmas' dilemma.csv does).
    assert records(write_file("d.csv", ",idx\n0,55\n")) == [(2, {"idx": "55"})]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('text,note\na,b\n"never closed,c\nd,e\n', 3, "never closed"),
        ('text,note\na,"b"c\n', 2, "written twice"),
    ],
)
def test_csv_quote_mistakes_name_the_line(
    write_file: Write, text: str, line: int, words: str
) -> None:
    error = failure(write_file("q.csv", text))
    assert error.line == line
    assert words in error.message


def test_tsv_by_suffix(write_file: Write) -> None:
    assert records(write_file("q.tsv", "text\tnote\na, b\tc\n")) == [
        (2, {"text": "a, b", "note": "c"})
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("text\tnote\na, b\tc\n", [(2, {"text": "a, b", "note": "c"})]),
        ("text;note\na;c\n", [(2, {"text": "a", "note": "c"})]),
        ('{"text": "a"}\n', [(1, {"text": "a"})]),
        ('\n [{"text": "a"}]', [(2, {"text": "a"})]),
    ],
)
def test_unknown_suffix_is_sniffed(write_file: Write, content: str, expected: list[object]) -> None:
    assert records(write_file("export.txt", content)) == expected


def test_read_columns_gives_the_header_or_the_first_object_keys(write_file: Write) -> None:
    assert read_columns(write_file("q.csv", ",idx,text\n0,1,a\n")) == ("idx", "text")
    assert read_columns(write_file("q.jsonl", '{"b": 1, "a": 2}\n{"c": 3}\n')) == ("b", "a")


# Encoding, emptiness, size


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [
        ("q.csv", "text\nok\ncaf\xe9\n".encode("latin-1"), 3),
        ("q.csv", 'text\n"multi\nline caf\xe9"\n'.encode("latin-1"), 3),
        ("q.jsonl", '{"text": "ok"}\n\n{"text": "caf\xe9"}\n'.encode("latin-1"), 3),
        ("q.json", '[\n{"text": "ok"},\n{"text": "caf\xe9"}\n]'.encode("latin-1"), 3),
    ],
)
def test_text_that_is_not_utf8_names_the_line_and_the_fix(
    write_file: Write, name: str, content: bytes, line: int
) -> None:
    error = failure(write_file(name, content))
    assert error.line == line
    assert "not UTF-8" in error.message
    assert "save the file as UTF-8" in error.message


def test_utf16_file_is_named_as_such(write_file: Write) -> None:
    error = failure(write_file("q.csv", "text\nhello\n".encode("utf-16")))
    assert "UTF-16" in error.message


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n\n"])
@pytest.mark.parametrize("name", ["q.csv", "q.jsonl", "q.json", "q.txt"])
def test_empty_file_is_refused(write_file: Write, name: str, content: bytes) -> None:
    assert str(failure(write_file(name, content))) == f"{name}: the file is empty"


def test_csv_with_a_header_only_is_refused(write_file: Write) -> None:
    assert (
        failure(write_file("q.csv", "text,note\n\n")).message == "the file has a header but no rows"
    )


def test_file_over_the_limit_is_refused_before_reading(write_file: Write) -> None:
    line = '{"text": "' + "a" * 90 + '"}\n'  # 103 bytes
    path = write_file("big.jsonl", line * 14_000)
    error = failure(path, max_bytes=1024 * 1024)
    assert error.line is None
    assert error.message.startswith("the file is 1.4 MB, more than the 1.0 MB")
    assert "split it into smaller files" in error.message
    assert len(records(path, max_bytes=2 * 1024 * 1024)) == 14_000


def test_missing_file_is_an_import_error(tmp_path: Path) -> None:
    assert "cannot be opened" in failure(tmp_path / "nowhere.csv").message


def test_error_pickles_and_reads_plainly() -> None:
    import pickle

    error = pickle.loads(
        pickle.dumps(ImportFileError(Path("/x/questions.csv"), 7, "the column 'text' is empty"))
    )
    assert str(error) == "questions.csv, line 7: the column 'text' is empty"
    assert (error.path, error.line) == (Path("/x/questions.csv"), 7)
    assert str(ImportFileError("a.csv", None, "the file is empty")) == "a.csv: the file is empty"


@pytest.mark.parametrize(("name", "line"), [("deep.jsonl", 2), ("deep.json", 3)])
def test_absurdly_nested_json_is_an_import_error(write_file: Write, name: str, line: int) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    text = '{"a": 1}\n' + deep if name.endswith("l") else '[\n{"a": 1},\n' + deep + "\n]"
    assert failure(write_file(name, text)).line == line


def test_a_folder_is_an_import_error(tmp_path: Path) -> None:
    folder = tmp_path / "export.csv"
    folder.mkdir()
    assert "cannot be opened" in failure(folder).message
