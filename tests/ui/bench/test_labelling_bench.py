"""The labelling figures of `bench` run and report what they measured (small sizes here)."""

from __future__ import annotations

from pathlib import Path

from desktop.bench.labelling import measure_commits, measure_enter, measure_import


def test_labelling_figures_are_measured(tmp_path: Path) -> None:
    imported = measure_import(tmp_path, 1, rows=2000)
    assert imported["rows"] == 2000
    # Rows per second is rows over the measured seconds, and 2,000 rows take more than 1 ms.
    assert 0 < imported["rows_per_second_median"] < 2_000_000
    commits = measure_commits(tmp_path, count=20)
    assert commits["labels"] == 20 and commits["synchronous"] == "FULL"
    assert 0 < commits["median_ms"] <= commits["worst_ms"]
    enter = measure_enter(tmp_path, items=12)
    assert enter["items"] == 12 and 0 < enter["median_ms"] <= enter["worst_ms"]
