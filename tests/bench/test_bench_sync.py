"""`bench --only sync` at a small size, against the session's PostgreSQL: every figure is
reported, and the rows counted on the server are the rows made."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.bench import sync as bench_sync
from tests.support.lab_server import new_database

pytest.importorskip("psycopg")


def test_the_sync_figures_count_what_was_made(postgres: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"FIRST_SYNC_ROWS": 3000, "SERVER_ROWS": 6000, "NEW_ROWS": 250,
                        "RANK_VOTES": 2450, "RANK_SAMPLES": 5, "VALUES": 20,
                        "CHUNK": 1000}.items():
        monkeypatch.setattr(bench_sync, name, value)
    monkeypatch.setenv("MGS_BENCH_SERVER", new_database(postgres, "bench"))
    figures = bench_sync.measure(2)
    assert figures["first_sync_rows_made"] >= 3000
    assert figures["first_sync_rows_on_server"] == figures["first_sync_rows_made"]
    assert figures["first_sync_s"]["runs"] == 2 and figures["first_sync_rows_per_s"] > 0
    assert figures["large_server_bulk_load"]["rows"] == figures["large_server_rows_made"]
    assert figures["new_rows_sent"] == [250, 250]  # only the new rows go up
    assert figures["large_server_rows_after"] == figures["large_server_rows_made"] + 2 * 250
    assert figures["rank_server_votes"] == figures["rank_server_votes_pulled"] == 2450
    assert figures["rank_server_values_ranked"] == 20
    assert figures["rank_server_total_s"]["median"] >= figures["rank_server_pull_s"]["median"]
    assert len(figures["load_average"]) == 3


def test_without_a_server_the_area_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)
    assert "psycopg is not installed" in bench_sync.measure(1)["skipped"]
