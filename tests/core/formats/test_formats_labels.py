"""External labels: item, annotator, field, value, time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.formats import ExternalLabel, ImportFileError, read_labels

Write = Callable[[str, str | bytes], Path]
HEADER = "item,annotator,field,value,time\n"


def test_labels_are_read(write_file: Write) -> None:
    text = HEADER + "d1,ann-1,choice,to_do,2024-05-01T14:30:00Z\nd1,ann-2,note,,\n"
    assert read_labels(write_file("labels.csv", text)) == [
        ExternalLabel("d1", "ann-1", "choice", "to_do", "2024-05-01T14:30:00Z"),
        ExternalLabel("d1", "ann-2", "note", ""),
    ]


def test_jsonl_values_that_are_numbers_become_text(write_file: Write) -> None:
    row = '{"item": 3, "annotator": "a", "field": "score", "value": 4.5, "time": "2024-05-01"}'
    assert read_labels(write_file("labels.jsonl", row)) == [
        ExternalLabel("3", "a", "score", "4.5", "2024-05-01")
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "d1,ann,choice,x,yesterday",
            "the time 'yesterday' is not a date and time like 2024-05-01T14:30:00",
        ),
        (",ann,choice,x,", "the column 'item' is empty"),
    ],
)
def test_bad_rows_name_their_line(write_file: Write, row: str, message: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_labels(write_file("labels.csv", HEADER + "d1,ann,choice,x,\n" + row + "\n"))
    assert (caught.value.line, caught.value.message) == (3, message)


def test_missing_column(write_file: Write) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_labels(write_file("labels.csv", "item,who,field,value\nd1,a,f,v\n"))
    assert caught.value.message.startswith("the column 'annotator' is missing")
