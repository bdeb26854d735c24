"""A sync killed with SIGKILL at random moments (the kill trials' child and checks, against a
real PostgreSQL): the study file passes SQLite's quick check, every batch acknowledged before
the kill is on both sides, the next sync completes, and in the end every row made on either
laptop is on both laptops and the server exactly once."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from desktop.bench.kill_trial import acks, file_problems, finished, run_child
from desktop.core.device import Device
from desktop.store import create_study, open_study
from desktop.store.server import parse_server_url, sync_study
from desktop.store.synthetic import add_synthetic_values, add_synthetic_votes
from tests.support.lab_server import SYNCED, new_database, server_rows, shared

psycopg = pytest.importorskip("psycopg")
pytestmark = pytest.mark.slow
TRIALS, VOTES, BATCH_ROWS = 20, 2000, 50
LAPTOP_A, LAPTOP_B = Device("laptop-a", "A"), Device("laptop-b", "B")


def ids(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[str]]:
    """Each table's ids, sorted, repeats kept (a row stored twice would show)."""
    return {table: sorted(str(row[0]) for row in found) for table, found in rows.items()}


def _sync(path: Path, device: Device, url: str, init: bool = False) -> None:
    with open_study(path, device=device) as study:
        sync_study(study, parse_server_url(url), init=init, batch_rows=BATCH_ROWS)


def _clone(postgres: Any, template: str, name: str) -> str:
    with psycopg.connect(postgres.get_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
    return str(postgres.get_uri(name))


class Setting:
    """Laptop a has synced its votes; laptop b, with votes of its own, syncs in each trial
    with a copy of that server (a database cloned from a template)."""

    def __init__(self, folder: Path, postgres: Any) -> None:
        self.folder, self.postgres = folder, postgres
        base = folder / "base.mgstudy"
        with create_study(base, "Kill trials of sync", device=LAPTOP_A) as study:
            values = add_synthetic_values(study, 30)
        self.a, self.b = folder / "a.mgstudy", folder / "b.mgstudy"
        for path, device, seed in ((self.a, LAPTOP_A, 1), (self.b, LAPTOP_B, 2)):
            shutil.copyfile(base, path)
            with open_study(path, device=device) as study:
                add_synthetic_votes(study, values, VOTES, seed)
        template_url = new_database(postgres, "killtemplate")
        self.template = urlsplit(template_url).path.strip("/")
        _sync(self.a, LAPTOP_A, template_url, init=True)
        self.expected = {t: sorted(set(r) | set(s)) for (t, r), s in zip(
            ids(shared(self.a)).items(), ids(shared(self.b)).values(), strict=True)}
        calibration = self.trial_folder("calibration")
        events, _, error = run_child(self.child_args(calibration[1], calibration[2]),
                                     calibration[0], folder / "home", None)
        assert not error and finished(events), error
        ready = next(e["t"] for e in events if e["event"] == "ready")
        # Kills fall from a little before the first batch's commit to just after the last's.
        self.window = (0.8 * (acks(events)[0]["t"] - ready), 1.05 * (acks(events)[-1]["t"] - ready))
        self.batches = len(acks(events))

    def trial_folder(self, name: str) -> tuple[Path, Path, str]:
        folder = self.folder / name
        folder.mkdir()
        b = shutil.copyfile(self.b, folder / "b.mgstudy")
        return folder, b, _clone(self.postgres, self.template, name.replace("-", ""))

    def child_args(self, b: Path, url: str) -> list[str]:
        return ["desktop.bench.kill_workloads", "sync", str(b), url, str(BATCH_ROWS)]


@pytest.fixture(scope="module")
def setting(postgres: Any, tmp_path_factory: pytest.TempPathFactory) -> Setting:
    return Setting(tmp_path_factory.mktemp("kill-sync"), postgres)


def acknowledged_problems(b: Path, url: str, events: list[dict[str, Any]]) -> list[str]:
    """What the last acknowledged batch promised, checked before anything syncs again: both
    logs exchanged at least that far, and the rows up to there on the other side."""
    if not acks(events):
        return []
    last = acks(events)[-1]
    with sqlite3.connect(b) as conn:
        pushed, pulled = conn.execute("SELECT pushed_seq, pulled_seq FROM sync_state").fetchone()
        sent = conn.execute("SELECT table_name, row_id FROM _sync_changes WHERE seq <= ?",
                            [last["pushed_seq"]]).fetchall()
        here = {(t, str(r[0])) for t in SYNCED for r in conn.execute(f'SELECT id FROM "{t}"')}
    conn.close()
    with psycopg.connect(url) as server:
        received = server.execute("SELECT table_name, row_id FROM moral_graph_studio."
                                  "mgs_changes WHERE seq <= %s", [last["pulled_seq"]]).fetchall()
    there = {(t, str(row[0])) for t, rows in server_rows(url).items() for row in rows}
    problems = []
    if pushed < last["pushed_seq"] or pulled < last["pulled_seq"]:
        problems.append(f"the file's sync position went back: {(pushed, pulled)} < {last}")
    if set(sent) - there:
        problems.append(f"{len(set(sent) - there)} acknowledged rows are not on the server")
    if set(received) - here:
        problems.append(f"{len(set(received) - here)} acknowledged rows are not in the file")
    return problems


def test_a_sync_killed_at_random_moments_is_completed_by_the_next(setting: Setting) -> None:
    rng = random.Random(20261203)
    assert setting.batches >= 10, "too few batches for the kills to land between them"
    mid_work = 0
    for number in range(TRIALS):
        folder, b, url = setting.trial_folder(f"trial-{number}")
        delay = rng.uniform(*setting.window)
        events, killed, error = run_child(setting.child_args(b, url), folder,
                                          setting.folder / "home", delay)
        assert not error, error
        mid_work += killed and bool(acks(events)) and not finished(events)
        problems, _ = file_problems(b)
        assert problems == [], (number, problems)
        assert acknowledged_problems(b, url, events) == [], (number, delay)
        _sync(b, LAPTOP_B, url)  # the next run completes
        a = shutil.copyfile(setting.a, folder / "a.mgstudy")
        _sync(a, LAPTOP_A, url)
        found = {"a": ids(shared(a)), "b": ids(shared(b)), "server": ids(server_rows(url))}
        for where, tables in found.items():
            for table in ("people", "votes", "canonical_values"):
                assert tables[table] == setting.expected[table], (number, where, table)
        assert shared(a) == shared(b), number
    print(f"kill-sync: {setting.batches} batches in {setting.window[1]:.2f} s, {mid_work} of "
          f"{TRIALS} kills between two batches")
    assert mid_work >= TRIALS // 2, f"only {mid_work} kills landed between two batches"
