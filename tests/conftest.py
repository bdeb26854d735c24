"""Test setup: headless Qt, a fresh home folder per test, a fresh study file for the tests
that need one."""

from __future__ import annotations

import os

# Before anything imports Qt: real widgets, no display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.store import Study, create_study  # noqa: E402

# Fixtures shared by the store and command tests, defined beside their helpers.
# One PostgreSQL for the whole session (tests/support/lab_server.py), a database per test.
pytest_plugins = ("tests.support.field_day", "tests.support.lab_server")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, device id and demo study go to a temp folder, never the user's."""
    home = tmp_path / "mgs-home"
    home.mkdir()
    monkeypatch.setenv("MGS_HOME", str(home))
    monkeypatch.delenv("MGS_MODELS_DIR", raising=False)
    return home


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Study]:
    """A new, empty study named "S", open in the test's temp folder; closed at teardown."""
    with create_study(tmp_path / "study.mgstudy", "S") as opened:
        yield opened


@pytest.fixture
def study_path(tmp_path: Path) -> Path:
    """The path of a new, empty, closed study file named "S" in the test's temp folder."""
    path = tmp_path / "closed.mgstudy"
    create_study(path, "S").close()
    return path
