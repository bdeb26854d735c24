"""The LLM worker thread and its GUI-side handle.

One long-lived QThread owns the one model (llama.cpp is stateful and not thread-safe).
Requests carry an id; text comes back in batches through queued signals; a
`threading.Event` per request is checked between tokens, so Stop works at any moment.
Workers never touch widgets. A second service (background work) either loads its own model
in its own thread or shares another service's worker, so one model is never loaded twice.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from desktop.llm.errors import ModelLoadError
from desktop.llm.protocol import ChatMessage, ChatModel, LoadSettings, SamplingSettings

Loader = Callable[[Path, LoadSettings], ChatModel]
FLUSH_SECONDS = 0.04  # repaint at most every 40 ms, never once per token


def load_chat_model(path: Path, settings: LoadSettings) -> ChatModel:
    """The default loader: llama.cpp's wrapper is imported on the worker when a model loads,
    not before the first window."""
    from desktop.llm.llama_model import load_chat_model as load

    return load(path, settings)


class LlmWorker(QObject):
    """Lives in the worker thread; its slots run there, one request at a time."""

    model_loaded = Signal(object)  # ModelIdentity
    model_failed = Signal(str)
    text_received = Signal(int, str)
    generation_finished = Signal(int, object)  # request id, Generation
    generation_failed = Signal(int, str)

    def __init__(self, loader: Loader) -> None:
        super().__init__()
        self._loader = loader
        self._model: ChatModel | None = None

    @Slot(object, object)
    def load(self, path: Path, settings: LoadSettings) -> None:
        self._model = None  # free the old model before loading a new one
        try:
            self._model = self._loader(path, settings)
        except ModelLoadError as error:
            self.model_failed.emit(error.problem)
            return
        except Exception as error:  # a worker must never die: report and carry on
            self.model_failed.emit(QCoreApplication.translate(
                "LlmService", "The model could not be loaded: {problem}").format(problem=error))
            return
        self.model_loaded.emit(self._model.identity)

    @Slot()
    def unload(self) -> None:
        self._model = None

    @Slot(int, object, object, object, object)
    def generate(self, request_id: int, messages: Sequence[ChatMessage],
                 sampling: SamplingSettings, schema: dict[str, Any] | None,
                 cancel: threading.Event) -> None:
        if self._model is None:
            self.generation_failed.emit(request_id, QCoreApplication.translate(
                "LlmService", "No model is loaded yet."))
            return
        batch = _Batcher(lambda text: self.text_received.emit(request_id, text))
        try:
            result = self._model.generate(messages, sampling, cancel, batch.add, schema)
        except Exception as error:
            batch.flush()
            self.generation_failed.emit(request_id, str(error))
            return
        batch.flush()
        self.generation_finished.emit(request_id, result)

    @Slot(object)
    def warm(self, messages: Sequence[ChatMessage]) -> None:
        """Best effort: a model without a cache to warm (or that fails) is left as it is; the
        request that follows reads the whole prompt then, as without warming."""
        warm = getattr(self._model, "warm", None)
        if warm is None:
            return
        try:
            warm(messages)
        except Exception:  # a warm-up fails nothing: the next request reads it all
            return


class _Batcher:
    """Collects streamed pieces and hands them on at most every FLUSH_SECONDS."""

    def __init__(self, emit: Callable[[str], None]) -> None:
        self._emit, self._pieces, self._last = emit, [], time.perf_counter()

    def add(self, piece: str) -> None:
        self._pieces.append(piece)
        if time.perf_counter() - self._last >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._pieces:
            self._emit("".join(self._pieces))
            self._pieces.clear()
        self._last = time.perf_counter()


class LlmService(QObject):
    """The GUI thread's handle on the worker. Drops text of stopped or stale requests."""

    model_loading = Signal(str)
    model_loaded = Signal(object)
    model_failed = Signal(str)
    text_received = Signal(int, str)
    generation_stopped = Signal(int)
    generation_finished = Signal(int, object)
    generation_failed = Signal(int, str)
    _load_requested = Signal(object, object)
    _unload_requested = Signal()
    _generate_requested = Signal(int, object, object, object, object)
    _warm_requested = Signal(object)
    _ids = itertools.count(1)  # one count for all services: two never share a request id

    def __init__(self, loader: Loader = load_chat_model, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active: dict[int, threading.Event] = {}
        self._mine: set[int] = set()  # requests sent and not yet answered
        self.identity: Any = None
        self.load_error: str | None = None
        self.model_path: Path | None = None  # the file last asked for (its size decides style)
        self.shared_with: LlmService | None = None
        self._thread = QThread()
        self._thread.setObjectName("llm-worker")
        self._own_worker = LlmWorker(loader)
        self._own_worker.moveToThread(self._thread)
        self._worker = self._own_worker
        self._load_requested.connect(self._own_worker.load)
        self._unload_requested.connect(self._own_worker.unload)
        self._wire(self._worker, connect=True)
        self._thread.start()

    def _wire(self, w: LlmWorker, connect: bool) -> None:
        pairs = ((self._generate_requested, w.generate),
                 (self._warm_requested, w.warm),
                 (w.model_loaded, self._on_model_loaded),
                 (w.model_failed, self._on_model_failed),
                 (w.text_received, self._on_text_received),
                 (w.generation_finished, self._on_generation_finished),
                 (w.generation_failed, self._on_generation_failed))
        for signal, slot in pairs:
            if connect:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def share(self, other: LlmService | None) -> None:
        """Send requests to `other`'s model (its thread runs them in turn with its own), or
        with None back to this service's own worker. Sharing frees this service's model."""
        worker = other._own_worker if other is not None else self._own_worker
        if worker is self._worker:
            return
        self.stop()  # answers to requests sent to the old worker would no longer arrive
        self._mine.clear()
        self._wire(self._worker, connect=False)
        self._worker, self.shared_with = worker, other
        self._wire(worker, connect=True)
        if other is not None:
            self._unload_requested.emit()
            self.identity, self.load_error = other.identity, other.load_error
            self.model_path = other.model_path
            if other.identity is not None:
                self.model_loaded.emit(other.identity)
        else:
            self.identity, self.load_error = None, None

    def load(self, path: Path, settings: LoadSettings) -> None:
        """Load into this service's own worker (call share(None) first when it was shared)."""
        self.identity, self.load_error, self.model_path = None, None, Path(path)
        self.model_loading.emit(str(path))
        self._load_requested.emit(path, settings)

    def generate(self, messages: Sequence[ChatMessage], sampling: SamplingSettings | None = None,
                 schema: dict[str, Any] | None = None) -> int:
        request_id, cancel = next(self._ids), threading.Event()
        self._active[request_id] = cancel
        self._mine.add(request_id)
        self._generate_requested.emit(request_id, list(messages), sampling or SamplingSettings(),
                                      schema, cancel)
        return request_id

    def warm(self, messages: Sequence[ChatMessage]) -> None:
        """Have the model read `messages` while it is idle (the start of a request expected
        soon); requests sent meanwhile run after it, and read less."""
        if self.identity is not None:
            self._warm_requested.emit(list(messages))

    def stop(self, request_id: int | None = None) -> bool:
        """Stop one request (or all). False when there was nothing left to stop."""
        ids = [request_id] if request_id is not None else list(self._active)
        stopped = False
        for rid in ids:
            cancel = self._active.pop(rid, None)
            if cancel is not None:
                cancel.set()
                stopped = True
                self.generation_stopped.emit(rid)
        return stopped

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def shutdown(self, timeout_ms: int = 30000) -> None:
        self.stop()
        self._thread.quit()
        self._thread.wait(timeout_ms)

    def _on_model_loaded(self, identity: object) -> None:
        if self.sender() is not self._worker:
            return  # a load that finished after this service switched workers
        self.identity = identity
        self.model_loaded.emit(identity)

    def _on_model_failed(self, problem: str) -> None:
        if self.sender() is not self._worker:
            return
        self.load_error = problem
        self.model_failed.emit(problem)

    def _on_text_received(self, request_id: int, text: str) -> None:
        if request_id in self._active:
            self.text_received.emit(request_id, text)

    def _on_generation_finished(self, request_id: int, generation: object) -> None:
        if request_id not in self._mine:
            return  # the other service's request, on a shared worker
        self._mine.discard(request_id)
        self._active.pop(request_id, None)
        self.generation_finished.emit(request_id, generation)

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        if request_id not in self._mine:
            return
        self._mine.discard(request_id)
        self._active.pop(request_id, None)
        self.generation_failed.emit(request_id, problem)
