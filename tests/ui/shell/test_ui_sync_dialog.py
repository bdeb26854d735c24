"""File > Sync with server: the URL is remembered without a password, the sync runs off the
GUI thread with progress, and the pages show what arrived."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.core.device import Device
from desktop.services.sync import sync_with_server
from desktop.store import open_study
from desktop.store.questions import add_question, list_questions
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.sync_dialog import SyncDialog


def test_sync_from_the_file_menu(qtbot: QtBot, window: MainWindow,
                                 server_url: str, tmp_path: Path) -> None:
    assert window.study is not None
    other = tmp_path / "laptop-b.mgstudy"
    with sqlite3.connect(other) as copy:  # the demo study handed to another laptop (WAL)
        window.study.db.conn.backup(copy)
    copy.close()
    with open_study(other, device=Device("laptop-b", "B")) as copy:
        add_question(copy, "Asked on the other laptop")
    sync_with_server(other, server_url, init=True)
    shown = window.pages[0].questions.count()
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if "Sync with server" in a.text().replace("&", ""))
    action.trigger()
    dialog = window.findChild(SyncDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.url.setText(server_url.replace("postgres:@", "postgres:secret@"))
    assert dialog.start() is None and "password" in dialog.status.text()
    dialog.url.setText(server_url)
    progress: list[tuple[int, int]] = []
    runner = dialog.start()
    assert runner is not None
    runner.sync_progressed.connect(lambda up, down: progress.append((up, down)))
    started = time.perf_counter()
    with qtbot.waitSignal(dialog.sync_finished, timeout=60_000):
        qtbot.wait(1)  # the event loop keeps turning while the sync runs
    assert time.perf_counter() - started < 60
    runner.wait()
    assert "Synced:" in dialog.status.text() and dialog.sync_button.isEnabled()
    assert "Asked on the other laptop" in [q.text for q in list_questions(window.study)]
    assert window.pages[0].questions.count() == shown + 1  # the page was refreshed
    saved = json.loads(paths.settings_file().read_text(encoding="utf-8"))
    assert saved["sync_server"] == server_url and "secret" not in json.dumps(saved)
    dialog.close()


def test_the_dialog_remembers_the_server(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.core.settings import Settings

    dialog = SyncDialog(Settings(sync_server="postgresql://me@lab/studies"),
                        tmp_path / "s.mgstudy")
    qtbot.addWidget(dialog)
    assert dialog.url.text() == "postgresql://me@lab/studies"


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", "")
