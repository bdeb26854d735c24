"""The interview's slow commits (a model turn, a card shown or confirmed) on a writer thread
with its own study connection, so a synchronous=FULL commit never freezes the window.

Writes run one at a time in the order they were asked for; each one's outcome comes back on
the GUI thread, after its commit, so what the screen shows has been stored first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.store import Study, StudyError, open_study

log = logging.getLogger(__name__)

Write = Callable[[Study], Any]
EXPECTED = (StudyError, ValueError)  # their message is a sentence for the participant


class InterviewWriter(QObject):
    _written = Signal(object, bool, object)  # from the writer thread: reply, ok, result

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="interview-writer")
        self._study: Study | None = None  # the writer thread's own connection
        self._written.connect(self._on_written)  # queued: emitted from the writer thread
        self.pending = 0

    def write(self, path: Path, work: Write, done: Callable[[Any], None],
              failed: Callable[[str], None] | None = None) -> None:
        """Run `work(study)` on the writer thread; `done(result)` or `failed(sentence)` on
        the GUI thread once it committed (or did not)."""
        self.pending += 1
        self._pool.submit(self._run, path, work, (done, failed))

    def close(self) -> None:
        """Close the writer's connection once the writes asked for so far are done."""
        self._pool.submit(self._close)

    def shutdown(self) -> None:
        """Finish the writes asked for, then close (nothing more is delivered)."""
        self._pool.submit(self._close)
        self._pool.shutdown(wait=True)

    def wait(self) -> None:
        """Block until the writes asked for so far are committed (a test, a shutdown)."""
        self._pool.submit(lambda: None).result()

    # On the writer thread ---------------------------------------------------------------------

    def _run(self, path: Path, work: Write, reply: tuple[Any, Any]) -> None:
        try:
            if self._study is None or self._study.path != path:
                self._close()
                self._study = open_study(path)
            result, ok = work(self._study), True
        except EXPECTED as error:
            result, ok = str(error), False
        except Exception as error:  # reported, never lost on the thread
            log.exception("an interview write failed")
            result, ok = self.tr("It was not saved: {error}").format(error=error), False
        try:
            self._written.emit(reply, ok, result)
        except RuntimeError:
            pass  # the panel was deleted: nobody is waiting for the answer

    def _close(self) -> None:
        if self._study is not None:
            self._study.close()
            self._study = None

    # On the GUI thread ------------------------------------------------------------------------

    @Slot(object, bool, object)
    def _on_written(self, reply: tuple[Any, Any], ok: bool, result: Any) -> None:
        self.pending -= 1
        done, failed = reply
        if ok:
            done(result)
        elif failed is not None:
            failed(result)
