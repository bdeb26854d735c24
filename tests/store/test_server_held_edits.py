"""Edits a server role may not make (SELECT and INSERT, no UPDATE) are held on the laptop, not
lost, against a real PostgreSQL: sent again on every sync until the lab grants UPDATE, dropped
once the server holds them or a newer winning copy, committed with the push position."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store import open_study
from desktop.store.erasure import erase_person
from desktop.store.people import change_code
from desktop.store.questions import update_question
from desktop.store.server import laptop, parse_server_url, sync_study
from tests.support.field_day import LAPTOPS, laptop_of, synced
from tests.support.lab_server import server_rows, shared

psycopg = pytest.importorskip("psycopg")




def _role(server_url: str) -> str:
    """A login role of this test's own (roles belong to the whole server, not a database)."""
    return "insert_only_" + server_url.split("?")[0].rsplit("/", 1)[1]


def insert_only(server_url: str) -> str:
    """The URL of a new login role with SELECT and INSERT only on the study's tables."""
    role = _role(server_url)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"GRANT USAGE ON SCHEMA moral_graph_studio TO {role}")
        conn.execute(f"GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA moral_graph_studio TO {role}")
    return server_url.replace("postgres:@", f"{role}@")


def grant_update(server_url: str) -> None:
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("GRANT UPDATE ON ALL TABLES IN SCHEMA moral_graph_studio TO "
                     f"{_role(server_url)}")


def held(path: Path) -> list[tuple[str, str]]:
    with open_study(path, device=laptop_of(path)) as study:
        return [(r["table_name"], r["row_id"]) for r in study.query(
            "SELECT table_name, row_id FROM sync_held_edits ORDER BY table_name, row_id")]


def server_text(server_url: str, question: str) -> str:
    with psycopg.connect(server_url) as conn:
        return str(conn.execute("SELECT text FROM moral_graph_studio.questions WHERE id = %s",
                                [question]).fetchone()[0])


def edit_question(path: Path, text: str) -> str:
    with open_study(path, device=laptop_of(path)) as study:
        question = str(study.query("SELECT id FROM questions ORDER BY id LIMIT 1")[0]["id"])
        update_question(study, question, text)
    return question


def started(laptops: tuple[Path, Path], server_url: str) -> tuple[Path, Path, str, str]:
    """Laptop a creates the study, b syncs (both as the database owner); then b syncs as the
    insert-only role, rewords the question and syncs again: the edit is held."""
    a, b = laptops
    synced(a, server_url, init=True)
    synced(b, server_url)
    as_role = insert_only(server_url)
    assert synced(b, as_role)["held"] == 0
    question = edit_question(b, "An edit this role may not send yet")
    report = synced(b, as_role)
    assert report["not_allowed"] == {"questions": 1}
    assert report["held"] == 1
    assert held(b) == [("questions", question)]
    assert server_text(server_url, question) != "An edit this role may not send yet"
    with open_study(b, device=LAPTOPS[1]) as study:  # pushed past the edit: held, it stays
        seq = study.db.execute("SELECT seq FROM _sync_changes WHERE table_name = 'questions' "
                               "AND row_id = ?", [question]).fetchone()[0]
        assert [pushed >= seq for pushed, _ in laptop.sync_positions(study).values()] == [True]
    return a, b, as_role, question


def test_a_held_edit_is_sent_once_the_lab_grants_update(laptops: tuple[Path, Path],
                                                        server_url: str) -> None:
    a, b, as_role, question = started(laptops, server_url)
    before = (shared(b), server_rows(server_url))
    again = synced(b, as_role)  # still no right: held, nothing changes on either side
    assert again["held"] == 1 and again["not_allowed"] == {"questions": 1}
    assert again["changed_here"] == 0 and again["changed_there"] == 0
    assert (again["rows_up"], again["held_sent"]) == (0, 1)  # only the held edit, sent again
    assert (shared(b), server_rows(server_url)) == before
    grant_update(server_url)
    report = synced(b, as_role)
    assert report["held"] == 0 and report["not_allowed"] == {}
    assert report["changed_there"] == 1 and report["held_sent"] == 1
    assert server_text(server_url, question) == "An edit this role may not send yet"
    assert held(b) == []
    after = (shared(b), server_rows(server_url))
    twice = synced(b, as_role)  # syncing twice changes nothing
    assert twice["held"] == 0 and (twice["rows_up"], twice["held_sent"]) == (0, 0)
    assert twice["changed_here"] == 0 and twice["changed_there"] == 0
    assert (shared(b), server_rows(server_url)) == after
    synced(a, server_url)
    assert shared(a) == shared(b)


def test_a_newer_edit_from_another_laptop_wins_and_the_held_one_goes(
        laptops: tuple[Path, Path], server_url: str) -> None:
    a, b, as_role, question = started(laptops, server_url)
    synced(a, server_url)
    edit_question(a, "A later edit from a laptop with the right")
    assert synced(a, server_url)["changed_there"] == 1
    report = synced(b, as_role)  # still insert-only: the server's newer copy wins anyway
    assert report["held"] == 0 and report["not_allowed"] == {}
    assert held(b) == []
    assert server_text(server_url, question) == "A later edit from a laptop with the right"
    with open_study(b, device=LAPTOPS[1]) as study:
        assert study.query("SELECT text FROM questions WHERE id = ?", (question,))[0][
            "text"] == "A later edit from a laptop with the right"
    grant_update(server_url)
    before = (shared(a), shared(b), server_rows(server_url))
    for path, url in ((b, as_role), (a, server_url), (b, as_role)):
        again = synced(path, url)
        assert again["held"] == 0 and again["changed_here"] == 0
        assert again["changed_there"] == 0
    assert (shared(a), shared(b), server_rows(server_url)) == before
    assert shared(a) == shared(b)


def test_the_held_list_commits_with_the_push_position(laptops: tuple[Path, Path],
                                                      server_url: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync stopped inside the laptop's transaction leaves neither the new push position nor
    the held edit: the next sync sends the edit again and holds it then."""
    a, b = laptops
    synced(a, server_url, init=True)
    synced(b, server_url)
    as_role = insert_only(server_url)
    question = edit_question(b, "An edit this role may not send yet")
    with open_study(b, device=LAPTOPS[1]) as study:
        positions = laptop.sync_positions(study)

    def stop(self: laptop.LaptopSide, state: laptop.SyncState) -> None:
        raise RuntimeError("stopped")

    monkeypatch.setattr(laptop.LaptopSide, "save_state", stop)
    with open_study(b, device=LAPTOPS[1]) as study, pytest.raises(RuntimeError):
        sync_study(study, parse_server_url(as_role))
    monkeypatch.undo()
    assert held(b) == []
    with open_study(b, device=LAPTOPS[1]) as study:
        assert laptop.sync_positions(study) == positions
    report = synced(b, as_role)
    assert report["held"] == 1 and held(b) == [("questions", question)]


def test_an_erased_persons_held_edit_goes_with_their_rows(laptops: tuple[Path, Path],
                                                          server_url: str) -> None:
    a, b = laptops
    synced(a, server_url, init=True)
    synced(b, server_url)
    as_role = insert_only(server_url)
    with open_study(b, device=LAPTOPS[1]) as study:
        person = study.query("SELECT participant_id FROM interviews WHERE device_id = ? "
                             "LIMIT 1", (LAPTOPS[1].id,))[0]["participant_id"]
        change_code(study, person, "renamed-on-b")
    assert synced(b, as_role)["held"] == 1 and held(b) == [("people", person)]
    with open_study(b, device=LAPTOPS[1]) as study:
        erase_person(study, person)
    assert held(b) == []
    report = synced(b, as_role)
    assert report["held"] == 0
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM moral_graph_studio.people WHERE id = %s",
                            [person]).fetchone()[0] == 0
