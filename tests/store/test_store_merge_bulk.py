"""The set-based merge of many rows gives exactly what the row-by-row merge gives: the same
rows, the same change log, the same schema, idempotent and commutative; killed midway, it
leaves the study as it was."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.core.device import Device
from desktop.store import create_study, merge_bulk, open_study
from desktop.store.merge import merge_study
from desktop.store.synthetic import add_synthetic_values, add_synthetic_votes
from tests.support.merge import content

LAPTOP_A, LAPTOP_B = Device("aaaa-device", "laptop A"), Device("bbbb-device", "laptop B")
ROWS = 1500  # votes (and their participants) made on each laptop: over BULK_ROWS
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("bulk")
    a, b = folder / "a.mgstudy", folder / "b.mgstudy"
    with create_study(a, "Field study", device=LAPTOP_A) as study:
        values = add_synthetic_values(study, 40)
    shutil.copyfile(a, b)
    for path, device, seed in ((a, LAPTOP_A, 1), (b, LAPTOP_B, 2)):
        with open_study(path, device=device) as study:
            add_synthetic_votes(study, values, ROWS, seed)
    return a, b


def _merged(into: Path, other: Path, target: Path, device: Device = LAPTOP_A) -> tuple[Path, int]:
    shutil.copyfile(into, target)
    with open_study(target, device=device) as study:
        changed = merge_study(study, other).changed
    return target, changed


def _log(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT seq, table_name, row_id FROM _sync_changes ORDER BY seq")
        return rows.fetchall()


def _schema(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                   "WHERE sql IS NOT NULL").fetchall())


def _quick_check(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])


def _row_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merge_bulk, "BULK_ROWS", 10**9)


def test_the_bulk_path_is_taken_and_matches_the_row_path(
        copies: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = copies
    taken: list[str] = []
    real = merge_bulk._plain_indexes
    monkeypatch.setattr(merge_bulk, "_plain_indexes",
                        lambda db, table: taken.append(table) or real(db, table))
    bulk, bulk_changed = _merged(a, b, tmp_path / "bulk.mgstudy")
    assert "votes" in taken and "people" not in taken  # 1470 votes arrive, 30 people
    _row_path(monkeypatch)
    rows, rows_changed = _merged(a, b, tmp_path / "rows.mgstudy")
    assert bulk_changed == rows_changed == ROWS
    assert content(bulk) == content(rows)
    assert _log(bulk) == _log(rows)
    assert len(_log(bulk)) > 2 * ROWS  # the log names every row of both laptops
    assert _schema(bulk) == _schema(rows)  # the trigger and the indexes are back, as they were
    assert _quick_check(bulk) == "ok"


def test_the_bulk_merge_is_idempotent_and_commutative(copies: tuple[Path, Path],
                                                      tmp_path: Path) -> None:
    a, b = copies
    ab, _ = _merged(a, b, tmp_path / "ab.mgstudy")
    ba, _ = _merged(b, a, tmp_path / "ba.mgstudy", LAPTOP_B)
    assert content(ab) == content(ba)
    before, log = content(ab), _log(ab)
    with open_study(ab, device=LAPTOP_A) as study:
        assert merge_study(study, b).changed == 0
        assert merge_study(study, a).changed == 0
    assert content(ab) == before and _log(ab) == log
    assert _quick_check(ab) == _quick_check(ba) == "ok"


def test_a_bulk_merge_writes_after_it_as_before(copies: tuple[Path, Path],
                                                tmp_path: Path) -> None:
    # The recreated trigger logs the next vote, and the rebuilt indexes serve queries.
    a, b = copies
    ab, _ = _merged(a, b, tmp_path / "ab.mgstudy")
    with sqlite3.connect(ab) as conn:
        vote = conn.execute("SELECT * FROM votes LIMIT 1").fetchone()
        columns = len(vote)
        conn.execute(f"INSERT INTO votes VALUES ({', '.join('?' * columns)})",
                     ("new-vote-id", *vote[1:]))
        last = conn.execute("SELECT table_name, row_id FROM _sync_changes ORDER BY seq DESC "
                            "LIMIT 1").fetchone()
        plan = " ".join(str(row) for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM votes WHERE participant_id = ?", ["x"]))
    assert last == ("votes", "new-vote-id")
    assert "votes_participant" in plan


KILLED_MERGE = """
import os, signal, sys
from desktop.core.device import Device
from desktop.store import open_study
from desktop.store.merge import merge_study
import sqlite_utils.db

real = sqlite_utils.db.Database.execute

def execute(self, sql, parameters=None):
    if sql.startswith({at!r}):
        os.kill(os.getpid(), signal.SIGKILL)  # the rows are in, the log or indexes not yet
    return real(self, sql) if parameters is None else real(self, sql, parameters)

sqlite_utils.db.Database.execute = execute
with open_study(sys.argv[1], device=Device("aaaa-device", "laptop A")) as study:
    merge_study(study, sys.argv[2])
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("at", ["CREATE INDEX main.", "INSERT INTO main._sync_changes",
                                "CREATE TRIGGER main."])
def test_a_bulk_merge_killed_midway_leaves_the_study_unchanged(
        copies: tuple[Path, Path], tmp_path: Path, at: str) -> None:
    a, b = copies
    target = tmp_path / "killed.mgstudy"
    shutil.copyfile(a, target)
    before, log, schema = content(target), _log(target), _schema(target)
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILLED_MERGE.format(at=at)), str(target),
         str(b)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert _quick_check(target) == "ok"
    assert content(target) == before and _log(target) == log and _schema(target) == schema
    with open_study(target, device=LAPTOP_A) as study:  # and the merge can simply run again
        assert merge_study(study, b).changed == ROWS
