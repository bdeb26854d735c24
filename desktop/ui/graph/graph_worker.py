"""Runs the graph view's computations off the GUI thread; the newest request of a kind wins.

One thread per lane ("replay": layout and timeline, which own mutable state; "intervals": the
slow bootstrap), so a long bootstrap never holds up the slider. A request that is superseded
before it starts is skipped; a result superseded while it ran is dropped on arrival.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class GraphWorker(QObject):
    result_ready = Signal(str, object)  # kind, result (only the newest of its kind)
    job_failed = Signal(str, str)  # kind, problem in plain words

    _finished = Signal(int, str, object, str)  # from a worker thread: id, kind, result, problem

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._finished.connect(self._on_finished)  # queued: emitted from another thread

    def submit(self, kind: str, job: Callable[[], Any], *, lane: str = "replay",
               skippable: bool = True) -> int:
        """Queue `job`; its result arrives by `result_ready` unless a newer `kind` came.

        A job that changes state (adds votes, say) must not be skippable: it always runs.
        """
        request_id = next(self._ids)
        self._latest[kind] = request_id
        if lane not in self._lanes:
            self._lanes[lane] = ThreadPoolExecutor(1, thread_name_prefix=f"graph-{lane}")
        self._lanes[lane].submit(self._run, request_id, kind, job, skippable)
        return request_id

    def is_busy(self, kind: str) -> bool:
        """True while the newest request of `kind` has not been delivered."""
        return kind in self._latest

    def forget(self, kind: str) -> None:
        """Drop the pending result of `kind`, if any (a job already running still finishes)."""
        self._latest.pop(kind, None)

    def shutdown(self) -> None:
        """Skip what has not started, wait for what runs (numpy calls cannot be interrupted)."""
        self._latest.clear()
        for lane in self._lanes.values():
            lane.shutdown(wait=True, cancel_futures=True)
        self._lanes.clear()

    def _run(self, request_id: int, kind: str, job: Callable[[], Any], skippable: bool) -> None:
        if skippable and self._latest.get(kind) != request_id:
            return  # superseded before it started: the newer request does the work
        try:
            result = job()
        except Exception as error:  # a worker must never die: report and carry on
            log.exception("graph %s failed", kind)
            self._finished.emit(request_id, kind, None, str(error) or type(error).__name__)
            return
        self._finished.emit(request_id, kind, result, "")

    @Slot(int, str, object, str)
    def _on_finished(self, request_id: int, kind: str, result: Any, problem: str) -> None:
        if self._latest.get(kind) != request_id:
            return
        del self._latest[kind]
        if problem:
            self.job_failed.emit(kind, problem)
        else:
            self.result_ready.emit(kind, result)
