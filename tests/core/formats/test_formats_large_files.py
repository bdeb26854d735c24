"""Big files stream: a 50 MB table is read record by record, never held whole in memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from desktop.core.formats import iter_records, read_questions

MB = 2**20


def peak_mb_to_first_record(path: Path) -> float:
    """Memory allocated before the first record comes out: small unless the file is read whole."""
    tracemalloc.start()
    try:
        records = iter_records(path)
        next(records)
        peak = tracemalloc.get_traced_memory()[1]
        records.close()
    finally:
        tracemalloc.stop()
    return peak / MB


def write_repeated(path: Path, head: str, block: str, copies: int, tail: str = "") -> None:
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write(head)
        for _ in range(copies):
            stream.write(block)
        stream.write(tail)


@pytest.mark.slow
def test_a_50_mb_csv_streams_with_right_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    # About the size of a DailyDilemmas situation, with a line break and non-Latin text inside.
    text = "You're a project manager in a marketing firm. You notice a colleague using company "
    text += "resources for a personal project, against the company's policy. احترام 🌱\n"
    text += "Should you take initiative and report this to your superior, or talk to them first?"
    row = f'q-1,"{text}",en\n'
    rows_per_block = MB // len(row.encode("utf-8"))
    write_repeated(path, "id,text,language\n", row * rows_per_block, 50)
    assert path.stat().st_size >= 50 * MB - 50 * len(row) * 4

    assert peak_mb_to_first_record(path) < 4
    lines = [line for line, _record in iter_records(path)]
    count = len(lines)
    assert count == 50 * rows_per_block
    assert lines[-1] == 2 + 2 * (count - 1)  # each record spans two physical lines
    assert len(read_questions(path)) == count


def test_a_json_array_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "votes.json"
    item = '{"userId": 1, "fromId": 2, "toId": 3, "contextId": "c", "relationship": "upgrade"},\n'
    items_per_block = MB // len(item)
    write_repeated(path, "[\n", item * items_per_block, 8, item.rstrip(",\n") + "\n]\n")
    assert peak_mb_to_first_record(path) < 5
    assert sum(1 for _record in iter_records(path)) == 8 * items_per_block + 1
