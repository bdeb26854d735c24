"""`bench --only merge` merges real study files by both paths and reports both, checked."""

from __future__ import annotations

import pytest

from desktop.bench import merge as bench_merge
from desktop.bench.command import AREAS
from desktop.store import merge_bulk


def test_the_merge_figures_come_from_real_merges_by_both_paths(
        monkeypatch: pytest.MonkeyPatch) -> None:
    paths: list[int] = []
    real = merge_bulk.bulk_insert

    def spy(db, table):  # type: ignore[no-untyped-def]
        if table == "votes":
            paths.append(merge_bulk.BULK_ROWS)
        return real(db, table)

    monkeypatch.setattr(merge_bulk, "bulk_insert", spy)
    monkeypatch.setattr("desktop.store.merge.bulk_insert", spy)
    figures = bench_merge.measure_merge(2500, 3)
    assert "merge" in AREAS
    assert figures["merge_rows_each"] == 2500 and figures["merge_runs"] == 3
    assert figures["merge_rows_added"] == 2500  # 2450 votes and their 50 participants
    for label in ("merge", "merge_row_path"):
        timing = figures[f"{label}_s"]
        assert 0 < timing["min"] <= timing["median"]
        assert timing["cpu_median"] > 0
        assert figures[f"{label}_rows_per_s"] == pytest.approx(2500 / timing["median"], rel=0.01)
    assert figures["merge_speedup_over_row_path"] > 0
    assert len(figures["merge_load_average"]) == 3 and figures["merge_peak_rss_mb"] > 0
    target = figures["merge_target"]
    assert target["measured"] == figures["merge_rows_per_s"]
    assert target["met"] == (target["measured"] >= 100_000)
    assert target["met"] or target["missed_by"] == 100_000 - target["measured"]
    # Three merges by the set-based path and three by the row path, taking turns.
    assert paths == [merge_bulk.BULK_ROWS, merge_bulk.sys.maxsize] * 3
