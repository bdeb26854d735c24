"""Sync with a real PostgreSQL: any order of syncs from two laptops converges, twice changes
nothing, an interrupted sync is completed by the next, erasures travel, refusals are plain."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.services.sync import study_source
from desktop.store import create_study, open_study
from desktop.store.erasure import erase_person
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.server import ServerRefused, laptop, parse_server_url
from tests.support.field_day import LAPTOPS, synced
from tests.support.lab_server import new_database, server_rows, shared

psycopg = pytest.importorskip("psycopg")




@pytest.mark.parametrize("order", ["abab", "baab", "abba"])
def test_any_order_of_syncs_converges(laptops: tuple[Path, Path], server_url: str,
                                      tmp_path: Path, order: str) -> None:
    a, b = laptops
    synced(a if order[0] == "a" else b, server_url, init=True)
    for step in order[1:]:
        synced(a if step == "a" else b, server_url, batch_rows=7)
    assert shared(a) == shared(b)
    rows = shared(a)
    assert len(rows["interviews"]) == 2 and len(rows["votes"]) == 2
    server = server_rows(server_url)
    assert {t: len(r) for t, r in server.items()} == {t: len(r) for t, r in rows.items()}
    with open_study(a) as study:
        assert study.query("SELECT count(*) AS n FROM sync_state")[0]["n"] == 1
    # A reader that only pulls (the --server source of rank, agreement, export) gets the same.
    with study_source(None, server_url) as copy:
        pulled = shared(copy.path)
    assert {t: r for t, r in pulled.items() if t != "devices"} == {
        t: r for t, r in rows.items() if t != "devices"}


def test_two_orders_on_two_servers_give_the_same_content(laptops: tuple[Path, Path],
                                                         postgres: object,
                                                         tmp_path: Path) -> None:
    results = []
    for number, order in enumerate(("ab", "ba")):
        a, b = (shutil.copyfile(p, tmp_path / f"{number}-{p.name}") for p in laptops)
        url = new_database(postgres, f"orders{number}x")
        first, second = (a, b) if order == "ab" else (b, a)
        synced(first, url, init=True)
        synced(second, url)
        synced(first, url)
        assert shared(a) == shared(b)
        results.append(shared(a))
    assert results[0] == results[1]


def test_syncing_twice_changes_nothing(laptops: tuple[Path, Path],
                                       server_url: str) -> None:
    a, b = laptops
    synced(a, server_url, init=True)
    synced(b, server_url)
    synced(a, server_url)
    before = (shared(a), shared(b), server_rows(server_url))
    for path in (a, b, a):
        again = synced(path, server_url)
        assert again["changed_here"] == 0 and again["changed_there"] == 0
    assert synced(a, server_url)["rows_up"] == 0
    assert (shared(a), shared(b), server_rows(server_url)) == before


class Stop(Exception):
    pass


def _stop_after(batches: int):  # type: ignore[no-untyped-def]
    seen = []

    def progress(up: int, down: int) -> None:
        seen.append((up, down))
        if len(seen) == batches:
            raise Stop
    return progress


def _consistent(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("batches", [1, 3, 6])
def test_an_interrupted_sync_is_completed_by_the_next(laptops: tuple[Path, Path],
                                                      server_url: str,
                                                      batches: int) -> None:
    a, b = laptops
    synced(a, server_url, init=True)
    with pytest.raises(Stop):
        synced(b, server_url, batch_rows=5, progress=_stop_after(batches))
    _consistent(b)
    synced(b, server_url, batch_rows=5)
    synced(a, server_url)
    assert shared(a) == shared(b)


def test_a_sync_killed_between_the_server_commit_and_the_laptop_commit(
        laptops: tuple[Path, Path], server_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = laptops
    synced(a, server_url, init=True)
    real = laptop.LaptopSide.save_state
    calls = []

    def failing(self: laptop.LaptopSide, state: laptop.SyncState) -> None:
        calls.append(state.pushed_seq)
        if len(calls) == 6:
            raise Stop
        real(self, state)

    monkeypatch.setattr(laptop.LaptopSide, "save_state", failing)
    with pytest.raises(Stop):
        synced(b, server_url, batch_rows=5)
    monkeypatch.setattr(laptop.LaptopSide, "save_state", real)
    _consistent(b)
    synced(b, server_url, batch_rows=5)
    synced(a, server_url)
    assert shared(a) == shared(b)


def test_an_erased_person_never_comes_back(laptops: tuple[Path, Path],
                                           server_url: str) -> None:
    a, b = laptops
    synced(a, server_url, init=True)
    synced(b, server_url)
    with open_study(a, device=LAPTOPS[0]) as study:
        person = study.query("SELECT participant_id FROM interviews ORDER BY id LIMIT 1")[0]
        erase_person(study, person["participant_id"])
    synced(a, server_url)  # the server deletes the rows when the tombstone arrives
    assert person["participant_id"] not in str(server_rows(server_url)["people"])
    synced(b, server_url)  # b still had the rows: they go, and are not sent back
    synced(a, server_url)
    for path in (a, b):
        rows = shared(path)
        assert len(rows["interviews"]) == 1 and len(rows["erasures"]) == 1
        assert person["participant_id"] not in repr(rows["people"])
    assert shared(a) == shared(b)


def test_another_study_on_the_server_is_refused(laptops: tuple[Path, Path], tmp_path: Path,
                                                server_url: str) -> None:
    synced(laptops[0], server_url, init=True)
    other = tmp_path / "other.mgstudy"
    create_study(other, "Another study").close()
    with pytest.raises(ServerRefused, match="holds another study") as refused:
        synced(other, server_url)
    assert "Another study" in str(refused.value) and "postgresql://" in str(refused.value)


def test_a_newer_or_older_server_schema(laptops: tuple[Path, Path],
                                        server_url: str) -> None:
    a = laptops[0]
    synced(a, server_url, init=True)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("UPDATE moral_graph_studio.mgs_meta SET value = %s WHERE key = "
                     "'schema_version'", [str(SCHEMA_VERSION + 1)])
    with pytest.raises(ServerRefused, match="newer than this version"):
        synced(a, server_url)
    with pytest.raises(ServerRefused, match="newer than this version"):
        synced(a, server_url, init=True)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("UPDATE moral_graph_studio.mgs_meta SET value = '1' WHERE key = "
                     "'schema_version'")
    with pytest.raises(ServerRefused, match="older schema"):
        synced(a, server_url)
    synced(a, server_url, init=True)  # the owner brings it up to date


def test_no_server_study_yet_and_no_password_anywhere(
        laptops: tuple[Path, Path], server_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a = laptops[0]
    with pytest.raises(ServerRefused, match="sync --init"):
        synced(a, server_url)
    with pytest.raises(ServerRefused, match="password"):
        parse_server_url(server_url.replace("postgres:@", "postgres:hunter2@"))
    monkeypatch.setenv("PGPASSWORD", "hunter2-secret")
    synced(a, server_url, init=True)
    for file in a.parent.glob("laptop-a.mgstudy*"):
        assert b"hunter2" not in file.read_bytes()
    with open_study(a) as study:
        assert study.query("SELECT url FROM sync_state")[0]["url"] == server_url


def test_every_synced_table_logs_its_changes(tmp_path: Path) -> None:
    with create_study(tmp_path / "s.mgstudy", "log") as study:
        triggers = {r["name"] for r in study.query(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        tables = laptop.synced_tables(study).columns
    missing = [t for t in tables
               if {f"{t}_sync_insert", f"{t}_sync_update", f"{t}_sync_delete"} - triggers]
    assert missing == [], "a synced table without change-log triggers (change_log_triggers)"
    unheld = [t for t in tables if f"{t}_sync_held_delete" not in triggers]
    assert unheld == [], "a synced table without held_edit_trigger (desktop/store/schema/sync.py)"


def test_a_laptop_role_with_only_the_documented_grants_can_sync(
        laptops: tuple[Path, Path], server_url: str) -> None:
    from desktop.store.server.schema import laptop_role_sql

    a, b = laptops
    synced(a, server_url, init=True)  # the database owner creates the study
    with open_study(a, device=LAPTOPS[0]) as study:
        grants = laptop_role_sql("moral_graph_studio", laptop.synced_tables(study))
    with psycopg.connect(server_url, autocommit=True) as conn:
        for statement in [*grants, "CREATE ROLE laptop_b LOGIN IN ROLE mgs_laptop"]:
            conn.execute(statement)
    as_laptop = server_url.replace("postgres:@", "laptop_b@")
    synced(b, as_laptop)
    with open_study(b, device=LAPTOPS[1]) as study:
        person = study.query("SELECT participant_id FROM interviews ORDER BY id LIMIT 1")[0]
        erase_person(study, person["participant_id"])
    synced(b, as_laptop)  # the erasure deletes on the server without a DELETE grant
    synced(a, server_url)
    assert shared(a) == shared(b)
    with psycopg.connect(as_laptop) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM moral_graph_studio.votes")
    with psycopg.connect(as_laptop) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE moral_graph_studio.votes SET comment = 'edited'")


def test_the_grants_in_docs_server_md_are_the_generated_ones(tmp_path: Path) -> None:
    from desktop.store.server.schema import laptop_role_sql

    with create_study(tmp_path / "s.mgstudy", "grants") as study:
        generated = laptop_role_sql("moral_graph_studio", laptop.synced_tables(study))
    docs = (Path(__file__).parents[2] / "docs" / "server.md").read_text(encoding="utf-8")
    documented = [line.rstrip(";") for line in docs.splitlines()
                  if line.startswith(("CREATE ROLE mgs_laptop", "GRANT ")) and "ON DATABASE"
                  not in line and line.endswith(";")]
    assert documented == generated
