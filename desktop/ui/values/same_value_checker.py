"""Asks the local model whether a suggested group of cards is one value, on the shared
LlmService, and keeps each verdict (keyed by the group's cards) while the app runs.

Each check is two requests in sequence: "the same value?", then "different values?". The
verdict combines both answers (see desktop/core/graph/same_value.py). If either request fails
or is stopped there is no verdict, only a plain message; the lead may ask again.

Advice only: it never groups anything; the study lead reads the verdict and decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.core.graph.dedupe import CardText
from desktop.core.graph.same_value import QUESTIONS, Question, Verdict
from desktop.llm.protocol import Generation
from desktop.services.values import ModelChanged, same_value_question, same_value_verdict
from desktop.ui.shell.llm_service import LlmService

Key = tuple[str, ...]  # the card ids of a suggested group
STEPS = len(QUESTIONS)


@dataclass
class _Check:
    """One check under way: which question is being asked, and the first answer once in."""

    key: Key
    cards: tuple[CardText, ...]
    step: int = 1  # 1 or 2
    first: Generation | None = None

    def where(self) -> str:
        return QCoreApplication.translate(
            "SameValueChecker", "question {step} of {total}, '{asked}'").format(
                step=self.step, total=STEPS, asked=asked(QUESTIONS[self.step - 1]))

    def stopped(self) -> str:
        return QCoreApplication.translate(
            "SameValueChecker", "the check was stopped before the model answered {where}; ask "
            "again when you like").format(where=self.where())


def asked(question: Question) -> str:
    """The question as the study lead reads it (the model is asked in English)."""
    if question == "same":
        return QCoreApplication.translate("SameValueChecker", "same value?")
    return QCoreApplication.translate("SameValueChecker", "different values?")


def verdict_label(verdict: Verdict) -> str:
    """A few words for the list of suggestions; `verdict_summary` says why."""
    if verdict.answer == "same":
        return QCoreApplication.translate("SameValueChecker", "Model: same value")
    if verdict.answer == "different":
        return QCoreApplication.translate("SameValueChecker", "Model: different values")
    return QCoreApplication.translate("SameValueChecker", "Model: unclear")


def verdict_summary(verdict: Verdict) -> str:
    """One plain line for the study lead; the model's reason is its own words."""
    none = QCoreApplication.translate("SameValueChecker", "no reason given")
    if verdict.answer == "unclear":
        return QCoreApplication.translate(
            "SameValueChecker", "Model's answer unclear: {problem}.").format(
                problem=verdict.problem or none)
    if verdict.answer == "same":
        text = QCoreApplication.translate(
            "SameValueChecker", "Model says: same value (asked both ways round) — {reason}")
    else:
        text = QCoreApplication.translate(
            "SameValueChecker", "Model says: different values (asked both ways round) — {reason}")
    return text.format(reason=verdict.reason or none)


class SameValueChecker(QObject):
    verdict_received = Signal(object, object)  # key, Verdict
    check_failed = Signal(object, str)  # key, problem in plain words
    progressed = Signal(object, int)  # key, the question now being asked (1 or 2)

    def __init__(self, service: LlmService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.verdicts: dict[Key, Verdict] = {}
        self.failures: dict[Key, str] = {}
        self.pending: dict[int, _Check] = {}  # request id -> the check waiting for it
        service.generation_finished.connect(self._on_generation_finished)
        service.generation_failed.connect(self._on_generation_failed)
        service.generation_stopped.connect(self._on_generation_stopped)

    def ask(self, cards: Sequence[CardText]) -> str | None:
        """Send the first question; the problem in plain words when it cannot be sent."""
        key = tuple(card.card_id for card in cards)
        if self._asking(key) is not None:
            return None
        if self.service.identity is None:
            return self.service.load_error or self.tr(
                "No model is loaded yet: wait until it has loaded, or choose one under Model > "
                "Model settings.")
        self.failures.pop(key, None)
        self._send(_Check(key, tuple(cards)))
        return None

    def status(self, key: Key) -> str:
        """What to show for a group: the wait, a failure, the verdict, or nothing yet."""
        check = self._asking(key)
        if check is not None:
            return self.tr("Asking the model whether these cards are one value… ({step} of "
                           "{total})").format(step=check.step, total=STEPS)
        if key in self.failures:
            return self.tr("The model could not check these cards: {problem}").format(
                problem=self.failures[key])
        verdict = self.verdicts.get(key)
        if verdict is None:
            return ""
        return self.tr("{summary}\n(Advice from {model}; you decide.)").format(
            summary=verdict_summary(verdict), model=verdict.model_file)

    def _asking(self, key: Key) -> _Check | None:
        return next((check for check in self.pending.values() if check.key == key), None)

    def _send(self, check: _Check) -> None:
        question = same_value_question(check.cards, check.step)
        request_id = self.service.generate(question.messages, question.sampling, question.schema)
        self.pending[request_id] = check
        self.progressed.emit(check.key, check.step)

    def _on_generation_finished(self, request_id: int, generation: Generation) -> None:
        check = self.pending.pop(request_id, None)
        if check is None:
            return
        if generation.finish_reason == "cancelled":
            self._fail(check, check.stopped())
        elif check.first is None:
            check.first, check.step = generation, 2
            self._send(check)
        else:
            self._conclude(check, check.first, generation)

    def _conclude(self, check: _Check, same: Generation, different: Generation) -> None:
        try:
            self.verdicts[check.key] = same_value_verdict(same, different)
        except ModelChanged as error:
            self._fail(check, str(error))
            return
        self.verdict_received.emit(check.key, self.verdicts[check.key])

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        check = self.pending.pop(request_id, None)
        if check is not None:
            self._fail(check, self.tr("{problem} (while answering {where})").format(
                problem=problem, where=check.where()))

    def _on_generation_stopped(self, request_id: int) -> None:
        check = self.pending.pop(request_id, None)
        if check is not None:
            self._fail(check, check.stopped())

    def _fail(self, check: _Check, problem: str) -> None:
        self.failures[check.key] = problem
        self.check_failed.emit(check.key, problem)
