"""SIGKILL in the middle of a labelling session loses no label that was submitted."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.store import open_study
from desktop.store.assignments import assign_items
from desktop.store.labels import iter_all_labels
from tests.support.labelling import annotators, demo_items, new_study

ROOT = Path(__file__).resolve().parents[3]

# The annotator's side, in its own process: the real page, keys only, and a line on stdout
# for each label the view reports saved. It labels until it is killed.
SESSION = textwrap.dedent("""
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from desktop.store import open_study
    from desktop.ui.shell.application import qt_application
    from desktop.ui.labelling.labelling_page import LabellingPage
    from desktop.ui.shell.llm_service import LlmService

    app = qt_application()
    page = LabellingPage(LlmService())
    page.show_study(open_study(sys.argv[1]))
    page.show()
    view = page.view
    view.label_saved.connect(lambda label: print("saved", label.id, flush=True))

    def label_one():
        dilemma = view.stack.currentWidget() is view.dilemma
        QTest.keyClick(view, Qt.Key.Key_A if dilemma else Qt.Key.Key_2)
        QTest.keyClick(view, Qt.Key.Key_Return)
        if view.session.finished:
            QTest.keyClick(view, Qt.Key.Key_Backspace)  # keep changing the last label

    timer = QTimer(interval=0)
    timer.timeout.connect(label_one)
    timer.start()
    app.exec()
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
def test_sigkill_mid_session_loses_no_submitted_label(tmp_path: Path,
                                                      isolated_home: Path) -> None:
    with new_study(tmp_path) as study:
        demo_items(study)
        (person,) = annotators(study, "A-KILL")
        assign_items(study, [person.id], 1)
    path = tmp_path / "labelling.mgstudy"
    env = {**os.environ, "MGS_HOME": str(isolated_home), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", SESSION, str(path)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    saved: list[str] = []
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.startswith("saved "):
                saved.append(line.split()[1])
            if len(saved) >= 40:
                child.send_signal(signal.SIGKILL)  # mid-session, the timer still pressing keys
                break
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL and len(saved) >= 40
    with open_study(path) as study:  # opens cleanly: the write-ahead log is replayed
        stored = {label.id for label, _ in iter_all_labels(study)}
    assert set(saved) <= stored
