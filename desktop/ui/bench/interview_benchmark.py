"""The longest GUI stall during a whole interview on the real page: a scripted participant
answers, fills what the card draft left empty, confirms and finishes the survey, while a 10 ms
timer measures how late the event loop runs."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer

from desktop.core.interview.protocol import InterviewSettings
from desktop.core.people import Role
from desktop.llm.protocol import ChatModel, LoadSettings
from desktop.store import create_study
from desktop.store.demo import demo_questions
from desktop.store.interview_setup import save_interview_settings
from desktop.store.people import add_person
from desktop.store.questions import add_questions, list_questions
from desktop.ui.bench.stall_probe import StallProbe
from desktop.ui.interviews.interview_panel import InterviewPanel
from desktop.ui.shell.application import qt_application
from desktop.ui.shell.llm_service import LlmService

TIMEOUT_S = 600


class _Participant(QObject):
    """Acts on the panel every 50 ms like a quick participant would."""

    def __init__(self, panel: InterviewPanel, answers: Sequence[str], loop: QEventLoop) -> None:
        super().__init__()
        self.panel, self.answers, self.loop = panel, list(answers), loop
        self.confirm_attempts = 0
        self.problem = ""
        self.timer = QTimer(self, interval=50)
        self.timer.timeout.connect(self._act)
        self.timer.start()

    def _act(self) -> None:
        panel = self.panel
        if panel.pages.currentWidget() is panel.consent:
            panel.consent.agree_button.click()
        elif panel.pages.currentWidget() is panel.survey:
            panel.survey.finish_button.click()
        elif panel.pages.currentWidget() is panel.done:
            self.timer.stop()
            self.loop.quit()
        elif panel.card_editor.isVisible() and not panel.card_editor.title.isReadOnly():
            self._confirm()
        elif panel.answer.send_button.isEnabled() and self.answers:
            panel.answer.edit.setPlainText(self.answers.pop(0))
            panel.answer.send_button.click()

    def _confirm(self) -> None:
        editor = self.panel.card_editor
        for line, text in ((editor.title, "Patient understanding"),
                           (editor.policies[0], "MOMENTS when someone is afraid")):
            if not line.text().strip():
                line.setText(text)
        if not editor.description.toPlainText().strip():
            editor.description.setPlainText("I care about understanding before acting.")
        editor.flush()
        editor.confirm_button.click()
        self.confirm_attempts += 1
        if self.confirm_attempts > 40:  # two seconds of refusals: report, never hang
            self.problem = f"the card could not be confirmed: {editor.notes.text()}"
            self.timer.stop()
            self.loop.quit()


def measure_gui_stall(model: ChatModel, answers: Sequence[str], follow_ups: int,
                      runs: int) -> dict[str, Any]:
    app = qt_application()
    service = LlmService(loader=lambda _path, _settings: model)
    loop = QEventLoop()
    service.model_loaded.connect(loop.quit)
    service.load(Path(model.identity.file_name), LoadSettings())
    loop.exec()
    worst, seconds = [], []
    try:
        for _ in range(runs):
            stall, took = _one_interview(service, answers, follow_ups)
            worst.append(stall)
            seconds.append(took)
    finally:
        service.shutdown()
    app.processEvents()
    return {"longest_stall_ms": {"median": round(statistics.median(worst), 1),
                                 "max": round(max(worst), 1), "runs": runs},
            "interview_s": {"median": round(statistics.median(seconds), 2), "runs": runs}}


def _one_interview(service: LlmService, answers: Sequence[str],
                   follow_ups: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="mgs-gui-stall-") as folder:
        with create_study(Path(folder) / "stall.mgstudy", "Stall") as study:
            add_questions(study, demo_questions())
            save_interview_settings(study, InterviewSettings(follow_ups=follow_ups))
            panel = InterviewPanel(service)
            panel.resize(1100, 750)
            panel.show()
            loop, probe = QEventLoop(), StallProbe()
            participant = _Participant(panel, answers, loop)
            QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
            started = time.perf_counter()
            probe.start()
            panel.begin(study, add_person(study, Role.PARTICIPANT), list_questions(study)[1].id)
            loop.exec()
            stall = probe.stop()
            took = time.perf_counter() - started
            participant.timer.stop()
            panel.close_interview()
            panel.close()
            panel.deleteLater()
            if participant.problem or panel.pages.currentWidget() is not panel.done:
                raise RuntimeError(participant.problem or "the interview did not finish in time")
    return stall, took
