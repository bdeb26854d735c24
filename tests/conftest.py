"""Test setup: headless Qt, a fresh home folder per test, the real default model once."""

from __future__ import annotations

import os

# Before anything imports Qt: real widgets, no display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, device id and demo study go to a temp folder, never the user's."""
    home = tmp_path / "mgs-home"
    home.mkdir()
    monkeypatch.setenv("MGS_HOME", str(home))
    monkeypatch.delenv("MGS_MODELS_DIR", raising=False)
    return home
