"""Child programs of the kill trials that drive real pages offscreen: keyboard labelling on the
Labelling page and wiser-than voting on the voting panel. They work until they are killed.

Run as `python -m desktop.ui.bench.kill_pages labelling|voting STUDY SEED` (or
`python -m desktop.ui.bench.kill_interview ...` for the interview). Each prints one JSON line
per event, flushed: `ready` once the page is up, `ack` once the page has shown an action as
saved (the commit has returned), with what the person would see saved.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from desktop.core.graph import Vote
from desktop.core.labelling import answer_to_json
from desktop.core.people import Role
from desktop.store import Study, open_study
from desktop.store.labels import StoredLabel
from desktop.store.people import add_person
from desktop.ui.labelling.labelling_page import LabellingPage
from desktop.ui.shell.application import qt_application
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.values.voting_panel import VotingPanel

STARTED = time.perf_counter()
VALENCE_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0)
VOTE_KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)
REASONS = ("", "", "It sounds more honest.", "Mehr Rücksicht 🙂", "לא בטוח")


def say(event: str, **fields: Any) -> None:
    line = {"event": event, "t": round(time.perf_counter() - STARTED, 4), **fields}
    print(json.dumps(line, ensure_ascii=False), flush=True)


def label(study: Study, rng: random.Random) -> None:
    """Label valence items by keys; now and then go back and change the previous label."""
    app = qt_application()
    service = LlmService()  # no model: the annotator labels without suggestions
    page = LabellingPage(service)
    page.resize(1100, 760)
    page.show_study(study)
    page.show()
    view = page.view
    view.label_saved.connect(lambda saved: say("ack", kind="label", **_label_fields(saved)))

    def label_one() -> None:
        if view.session is None or view.session.finished:
            say("finished")
            app.quit()
            return
        if rng.random() < 0.1:
            QTest.keyClick(view, Qt.Key.Key_Backspace)
        QTest.keyClick(view, rng.choice(VALENCE_KEYS))
        QTest.keyClick(view, Qt.Key.Key_Return)

    _run(app, label_one)


def _label_fields(saved: StoredLabel) -> dict[str, Any]:
    return {"id": saved.id, "item_id": saved.item_id, "annotator_id": saved.annotator_id,
            "answer": answer_to_json(saved.answer)}


def vote(study: Study, rng: random.Random) -> None:
    """New participants one after another, each answering pairs by keys 1/2/3."""
    app = qt_application()
    panel = VotingPanel()
    panel.resize(1000, 700)
    panel.show()
    panel.activateWindow()
    panel.vote_recorded.connect(lambda given: say("ack", kind="vote", **_vote_fields(given)))

    def next_participant() -> None:
        person = add_person(study, Role.PARTICIPANT)
        say("ack", kind="participant", id=person.id)
        panel.start(study, person.id, limit=1000)

    panel.session_finished.connect(lambda _: QTimer.singleShot(0, next_participant))

    def answer_one() -> None:
        if panel.current is None:
            return
        panel.why.setText(rng.choice(REASONS))
        QTest.keyClick(panel, rng.choice(VOTE_KEYS))

    next_participant()
    _run(app, answer_one)


def _vote_fields(given: Vote) -> dict[str, Any]:
    return {"id": given.id, "participant_id": given.participant_id,
            "context": given.context_id, "from_value_id": given.from_value_id,
            "to_value_id": given.to_value_id, "relationship": given.relationship,
            "comment": given.comment}


def _run(app: Any, step: Any) -> None:
    timer = QTimer(interval=0)
    timer.timeout.connect(step)
    say("ready")
    timer.start()
    app.exec()


def main(argv: list[str]) -> int:
    work, path, seed = argv[0], Path(argv[1]), int(argv[2])
    study = open_study(path)
    {"labelling": label, "voting": vote}[work](study, random.Random(seed))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
