"""Asks the local model whether a suggested group of cards is one value, on the shared
LlmService, and keeps each verdict (keyed by the group's cards) while the app runs.

Advice only: it never groups anything; the study lead reads the verdict and decides.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from desktop.core.graph.dedupe import CardText
from desktop.core.graph.same_value import SAME_VALUE_SCHEMA, Verdict
from desktop.llm.protocol import Generation
from desktop.llm.same_value import SAMPLING, same_value_messages, verdict_of
from desktop.ui.llm_service import LlmService

Key = tuple[str, ...]  # the card ids of a suggested group
NO_MODEL = ("No model is loaded yet: wait until it has loaded, or choose one under "
            "Model > Model settings.")


class SameValueChecker(QObject):
    verdict_received = Signal(object, object)  # key, Verdict
    check_failed = Signal(object, str)  # key, problem in plain words

    def __init__(self, service: LlmService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.verdicts: dict[Key, Verdict] = {}
        self.failures: dict[Key, str] = {}
        self.pending: dict[int, Key] = {}  # request id -> key
        service.generation_finished.connect(self._on_generation_finished)
        service.generation_failed.connect(self._on_generation_failed)

    def ask(self, cards: Sequence[CardText]) -> str | None:
        """Send the question; the problem in plain words when it cannot be sent."""
        key = tuple(card.card_id for card in cards)
        if key in self.pending.values():
            return None
        if self.service.identity is None:
            return self.service.load_error or NO_MODEL
        self.failures.pop(key, None)
        request_id = self.service.generate(same_value_messages(cards), SAMPLING,
                                           SAME_VALUE_SCHEMA)
        self.pending[request_id] = key
        return None

    def status(self, key: Key) -> str:
        """What to show for a group: the verdict, the wait, a failure, or nothing yet."""
        if key in self.pending.values():
            return "Asking the model whether these cards are one value…"
        if key in self.failures:
            return f"The model could not check these cards: {self.failures[key]}"
        verdict = self.verdicts.get(key)
        if verdict is None:
            return ""
        return f"{verdict.summary()}\n(Advice from {verdict.model_file}; you decide.)"

    def _on_generation_finished(self, request_id: int, generation: Generation) -> None:
        key = self.pending.pop(request_id, None)
        if key is not None:
            self.verdicts[key] = verdict_of(generation)
            self.verdict_received.emit(key, self.verdicts[key])

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        key = self.pending.pop(request_id, None)
        if key is not None:
            self.failures[key] = problem
            self.check_failed.emit(key, problem)
