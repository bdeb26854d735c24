"""Qt tests: the garbage collector runs on the GUI thread only, as in the app (a worker thread
collecting widgets left over from earlier tests deadlocked with the GUI thread)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.shell.garbage import collect_on_gui_thread


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    collect_on_gui_thread(qapp)
    yield
