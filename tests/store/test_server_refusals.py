"""What a sync says when it cannot go on, against a real PostgreSQL: a password the server does
not take, a server that is down, another study, a newer schema; each is one plain sentence and
leaves the study file as it was. A role with SELECT and INSERT only still syncs append-only
tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.store import create_study, open_study
from desktop.store.graph import add_vote, list_values
from desktop.store.policies import BY_TABLE
from desktop.store.questions import update_question
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.server import ServerError, ServerRefused, parse_server_url
from tests.support.field_day import LAPTOPS, laptop_of, synced
from tests.support.lab_server import allow_password_role, server_rows, shared
from tests.support.merge import content

psycopg = pytest.importorskip("psycopg")




def refused(path: Path, url: str, kind: type[ServerError] = ServerRefused) -> str:
    """The refusal's sentence; the study file is unchanged by it."""
    open_study(path, device=laptop_of(path)).close()  # opening alone records the device
    before = content(path)
    with pytest.raises(kind) as caught:
        synced(path, url)
    sentence = str(caught.value)
    assert type(caught.value) is kind
    assert "\n" not in sentence and sentence.endswith(".") and "Traceback" not in sentence
    assert not any(word in sentence for word in ("psycopg", "FATAL", "ERROR:")), sentence
    assert content(path) == before
    return sentence


def test_a_wrong_or_missing_password_names_where_passwords_go(
        laptops: tuple[Path, Path], postgres: Any, server_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a = laptops[0]
    synced(a, server_url, init=True)
    allow_password_role(postgres, server_url, "field_laptop", "the-right-one")
    as_role = server_url.replace("postgres:@", "field_laptop@")
    monkeypatch.setenv("HOME", str(a.parent))  # no ~/.pgpass of the machine's
    for password in ("a-wrong-one", None):
        if password:
            monkeypatch.setenv("PGPASSWORD", password)
        else:
            monkeypatch.delenv("PGPASSWORD", raising=False)
        sentence = refused(a, as_role)
        assert "did not accept the password of the role 'field_laptop'" in sentence
        for where in ("PGPASSWORD", "~/.pgpass", "keyring"):
            assert where in sentence
        assert "a-wrong-one" not in sentence
    monkeypatch.setenv("PGPASSWORD", "the-right-one")
    assert synced(a, as_role)["changed_here"] == 0
    monkeypatch.delenv("PGPASSWORD")
    (a.parent / ".pgpass").write_text("*:*:*:field_laptop:the-right-one\n")
    (a.parent / ".pgpass").chmod(0o600)
    assert synced(a, as_role)["changed_there"] == 0
    for file in a.parent.glob(f"{a.name}*"):
        assert b"the-right-one" not in file.read_bytes()


def test_a_server_that_is_down(laptops: tuple[Path, Path], tmp_path: Path) -> None:
    (tmp_path / "no-server").mkdir()
    url = f"postgresql://postgres@/lab?host={tmp_path / 'no-server'}&connect_timeout=3"
    sentence = refused(laptops[0], url, ServerError)
    assert sentence.startswith(f"the server {url} could not be reached")
    assert "check that it is running" in sentence


def test_another_study_and_a_newer_schema(laptops: tuple[Path, Path], tmp_path: Path,
                                          server_url: str) -> None:
    synced(laptops[0], server_url, init=True)
    other = tmp_path / "other.mgstudy"
    create_study(other, "Pilot B").close()
    sentence = refused(other, server_url)
    assert "holds another study" in sentence and "'Pilot B'" in sentence
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("UPDATE moral_graph_studio.mgs_meta SET value = %s WHERE key = "
                     "'schema_version'", [str(SCHEMA_VERSION + 1)])
    sentence = refused(laptops[0], server_url)
    assert f"at schema {SCHEMA_VERSION + 1}, newer than" in sentence
    assert "install the newer version" in sentence


def test_a_role_without_update_rights_still_syncs_append_only_tables(
        laptops: tuple[Path, Path], server_url: str) -> None:
    a, b = laptops
    synced(a, server_url, init=True)  # the database owner creates the study
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("CREATE ROLE insert_only LOGIN")
        conn.execute("GRANT USAGE ON SCHEMA moral_graph_studio TO insert_only")
        conn.execute("GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA moral_graph_studio TO "
                     "insert_only")
    as_role = server_url.replace("postgres:@", "insert_only@")
    with open_study(b, device=LAPTOPS[1]) as study:
        participant = study.query("SELECT participant_id FROM votes LIMIT 1")[0]
        first, second = (v.id for v in list_values(study))
        votes = [add_vote(study, participant["participant_id"], "When advising", first,
                          second, kind) for kind in ("no_upgrade", "upgrade", "not_sure")]
        question = study.query("SELECT id FROM questions LIMIT 1")[0]["id"]
        update_question(study, question, "An edit this role may not send")
    report = synced(b, as_role)
    assert report["not_allowed"]["questions"] == 1  # edits only: nothing append-only
    assert {BY_TABLE[t].rule for t in report["not_allowed"]} == {"newest_edit"}
    assert report["held"] == sum(report["not_allowed"].values())  # held, sent again later
    on_server = {row[0] for row in server_rows(server_url)["votes"]}
    assert {vote.id for vote in votes} <= on_server
    assert shared(b)["labels"] == server_rows(server_url)["labels"]
    with open_study(b) as study:  # the edit stays on this laptop, not overwritten
        assert study.query("SELECT text FROM questions WHERE id = ?",
                           (question,))[0]["text"] == "An edit this role may not send"
    synced(a, server_url)  # another laptop receives what the insert-only role sent
    assert shared(a)["votes"] == shared(b)["votes"]
    with psycopg.connect(as_role) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE moral_graph_studio.votes SET comment = 'edited'")


def test_sslmode_in_the_url_is_honoured(laptops: tuple[Path, Path]) -> None:
    """A listener on this machine that answers "no TLS" to libpq's TLS request: with
    sslmode=require the sync refuses to go on in plain text, and says why."""
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    listener.settimeout(20)
    port = listener.getsockname()[1]

    def answer_no_tls() -> None:
        for _ in range(2):  # libpq may try twice (IPv4 only here: 127.0.0.1)
            try:
                client, _ = listener.accept()
            except OSError:
                return
            with client:
                client.recv(8)  # the SSLRequest packet
                client.sendall(b"N")

    thread = threading.Thread(target=answer_no_tls, daemon=True)
    thread.start()
    url = f"postgresql://laptop@127.0.0.1:{port}/lab?sslmode=require&connect_timeout=5"
    assert parse_server_url(url).conninfo.endswith("sslmode=require&connect_timeout=5")
    sentence = refused(laptops[0], url, ServerError)
    assert "could not be reached" in sentence and "SSL" in sentence
    listener.close()
    thread.join(timeout=5)
