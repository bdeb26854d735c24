"""Fetches model suggestions for the next few items in the background, one request at a time.

Runs on the shared LlmService (one model, requests served in order), so it keeps at most one
request of its own in flight and never blocks anyone: the annotator does not wait for it, and
with no model loaded it simply does nothing until one is.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from desktop.core.labelling import LabelItem
from desktop.core.suggestions import parse_suggestion, request_for
from desktop.llm.protocol import ChatMessage, Generation, SamplingSettings
from desktop.services.labelling import add_suggestion, items_with_suggestions, load_item
from desktop.store import Study, StudyError
from desktop.ui.shell.llm_service import LlmService

log = logging.getLogger(__name__)

# Temperature 0: the same model and item give the same suggestion on every laptop.
SAMPLING = SamplingSettings(max_tokens=160, temperature=0.0, seed=0)


class SuggestionFetcher(QObject):
    suggestion_stored = Signal(str)  # item id

    def __init__(self, service: LlmService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.study: Study | None = None
        self.enabled = True
        self.active = False  # only while the labelling view is on screen: others share the model
        self.study_values: list[str] = []
        self.wanted: list[str] = []
        self.tried: set[str] = set()  # items asked about this session (failures not retried)
        self.request_id: int | None = None
        self.request_item: LabelItem | None = None
        service.generation_finished.connect(self._on_generation_finished)
        service.generation_failed.connect(self._on_generation_failed)
        service.generation_stopped.connect(self._on_generation_stopped)
        service.model_loaded.connect(lambda _identity: self._next())

    def set_study(self, study: Study | None, study_values: Sequence[str] = ()) -> None:
        self.cancel()
        self.study, self.study_values = study, list(study_values)
        self.wanted, self.tried = [], set()

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if not enabled:
            self.cancel()

    def set_active(self, active: bool) -> None:
        """Fetch only while someone is labelling; otherwise leave the model to other pages."""
        self.active = active
        if active:
            self._next()
        else:
            self.cancel()

    def want(self, item_ids: Sequence[str]) -> None:
        """Fetch suggestions for these items (nearest first), replacing the previous wish.

        A request for an item no longer wanted (the annotator moved past it) is stopped, so
        the model works on what the annotator will see next.
        """
        self.wanted = list(item_ids)
        if self.request_item is not None and self.request_item.id not in self.wanted:
            self.cancel()
        self._next()

    def cancel(self) -> None:
        if self.request_id is not None:
            self.service.stop(self.request_id)
        self.request_id, self.request_item = None, None

    def _next(self) -> None:
        identity = self.service.identity
        if (self.request_id is not None or not (self.enabled and self.active)
                or self.study is None or not identity):
            return
        try:
            item = self._next_item(identity.sha256)
        except (StudyError, sqlite3.ProgrammingError):
            self.study = None  # the study was closed under us (another one is opening)
            return
        if item is None:
            return
        self.tried.add(item.id)
        messages, schema = request_for(item, self.study_values)
        chat = [ChatMessage(role, text) for role, text in messages]  # type: ignore[arg-type]
        self.request_item = item
        self.request_id = self.service.generate(chat, SAMPLING, schema)

    def _next_item(self, model_sha256: str) -> LabelItem | None:
        assert self.study is not None
        pending = [item for item in self.wanted if item not in self.tried]
        done = items_with_suggestions(self.study, pending, model_sha256)
        self.tried.update(done)
        item_id = next((item for item in pending if item not in done), None)
        return load_item(self.study, item_id) if item_id else None

    def _on_generation_finished(self, request_id: int, generation: Generation) -> None:
        if request_id != self.request_id or self.request_item is None or self.study is None:
            return
        item, self.request_id, self.request_item = self.request_item, None, None
        suggestion = parse_suggestion(item, generation.text, generation.finish_reason)
        if suggestion.problem:
            log.info("no suggestion for %s: %s", item.id, suggestion.problem)
        try:
            add_suggestion(self.study, item.id, suggestion, model_file=generation.model.file_name,
                           model_sha256=generation.model.sha256, raw_text=generation.text,
                           finish_reason=generation.finish_reason,
                           seconds=generation.seconds_total)
        except (StudyError, sqlite3.ProgrammingError) as error:
            log.warning("a suggestion could not be saved: %s", error)
            return
        else:
            self.suggestion_stored.emit(item.id)
        self._next()

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        if request_id == self.request_id:
            log.info("suggestion request failed: %s", problem)
            self.request_id, self.request_item = None, None
            self._next()

    def _on_generation_stopped(self, request_id: int) -> None:
        if request_id == self.request_id:
            self.request_id, self.request_item = None, None
