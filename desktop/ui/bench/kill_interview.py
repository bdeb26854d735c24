"""Child program of the kill trials: interviews, one after another, through the real Interviews
page offscreen with the real default model, driven only through the page's public widgets.

Run as `python -m desktop.ui.bench.kill_interview STUDY SEED`. It prints `ready` once the model
is loaded and the page is up, then an `ack` line each time the page shows the participant that
something was kept: the interview started, a question shown whole, an answer taken (the box
cleared), the card confirmed (the survey shown), the survey finished (the closing shown).
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from desktop.core import paths
from desktop.core.interview.protocol import Stage
from desktop.llm.protocol import LoadSettings
from desktop.store import open_study
from desktop.ui.bench.kill_pages import say
from desktop.ui.interviews.interviews_page import InterviewsPage
from desktop.ui.shell.application import qt_application
from desktop.ui.shell.llm_service import LlmService

ANSWERS = ("A good assistant would ask why the boy refuses before giving any advice.",
           "When I was nine my aunt asked what scared me about maths, and listened.",
           "She noticed I was afraid of failing, not lazy — מפחד, לא עצלן.",
           "Feeling understood made me want to try again instead of hiding 🙂.",
           "A wise person would notice what the child enjoys and build on it.")
POLL_MS = 20


@dataclass
class Progress:
    """What this child has acknowledged of the interview on screen."""

    interview_id: str | None = None
    questions: int = 0
    answers: int = 0
    confirmed: bool = False
    acked: set[str] = field(default_factory=set)


class Driver:
    """One poll step at a time: look at what the page shows, do what a participant would."""

    def __init__(self, page: InterviewsPage, rng: random.Random) -> None:
        self.page, self.panel, self.rng = page, page.panel, rng
        self.now = Progress()

    def step(self) -> None:
        panel, current = self.panel, self.panel.pages.currentWidget()
        if self.page.stack.currentIndex() == 0:
            self.page.question_choice.setCurrentIndex(
                self.rng.randrange(self.page.question_choice.count()))
            self.now = Progress()
            self.page.start_button.click()
        elif current is panel.consent:
            QTest.mouseClick(panel.consent.agree_button, Qt.MouseButton.LeftButton)
        elif current is panel.done:
            self._ack_once("survey", "survey")
            self.page.show_home()
        elif current is panel.survey:
            self._ack_once("confirmed", "confirmed", title=panel.card_editor.title.text())
            self._finish_survey()
        elif panel.stage.stage == Stage.CARD:
            self._confirm_card()
        elif panel.stage.stage == Stage.CONVERSATION and panel.answer.send_button.isEnabled():
            self._answer()

    def _ack_once(self, key: str, kind: str, **fields: object) -> None:
        if self.now.interview_id and key not in self.now.acked:
            self.now.acked.add(key)
            say("ack", kind=kind, interview=self.now.interview_id, **fields)

    def _answer(self) -> None:
        now, panel = self.now, self.panel
        if now.interview_id != panel.interview_id:
            now.interview_id = panel.interview_id
            say("ack", kind="started", interview=now.interview_id)
        if now.questions == now.answers:  # the question before this answer is on screen whole
            now.questions += 1
            say("ack", kind="question", interview=now.interview_id, number=now.questions,
                chat=panel.chat.toPlainText())
        text = self.rng.choice(ANSWERS)
        panel.answer.edit.setFocus()
        panel.answer.edit.setPlainText(text)
        QTest.keyClick(panel.answer.edit, Qt.Key.Key_Return)
        if not panel.answer.edit.toPlainText() and text in panel.chat.toPlainText():
            now.answers += 1
            say("ack", kind="answer", interview=now.interview_id, number=now.answers, text=text)

    def _confirm_card(self) -> None:
        editor = self.panel.card_editor
        if editor.title.isReadOnly():
            return  # still drafting
        _fill(editor.title, "Patient understanding")
        _fill(editor.context, "When a child resists schoolwork")
        _fill(editor.policies[0], "MOMENTS when a child is afraid")
        if not editor.description.toPlainText().strip():
            editor.description.setPlainText("I care about understanding fear before pushing.")
        if editor.confirm_button.isEnabled():
            QTest.keyClick(editor.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    def _finish_survey(self) -> None:
        survey = self.panel.survey
        for scale in survey.scales.values():
            scale.button(self.rng.randint(1, 5)).click()
        survey.finish_button.click()


def _fill(line: QLineEdit, text: str) -> None:
    if not line.text().strip():
        line.setFocus()
        QTest.keyClicks(line, text)
        QTest.keyClick(line, Qt.Key.Key_Tab)


def main(argv: list[str]) -> int:
    study_path, seed = Path(argv[0]), int(argv[1])
    app = qt_application()
    service = LlmService()
    model = paths.default_model_file()
    assert model is not None, "the default model is not installed"
    page = InterviewsPage(service)
    page.resize(1200, 800)
    page.show_study(open_study(study_path))
    page.show()
    driver = Driver(page, random.Random(seed))
    timer = QTimer(interval=POLL_MS)
    timer.timeout.connect(driver.step)

    def start() -> None:
        say("ready")
        timer.start()

    service.model_loaded.connect(lambda *_: start())
    service.load(model, LoadSettings(n_threads=1, n_ctx=4096))
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
