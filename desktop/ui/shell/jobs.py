"""Background jobs: long study work and computations off the GUI thread, reported back by
queued signals (progress, result, or a failure in plain words: a job never dies silently).

Each lane is one thread, so a slow job (a bootstrap, an import) never holds up a fast one on
another lane. Given a study path, a job gets its own connection, opened and closed on its
thread. A newer request of the same kind replaces an older one: skipped if it has not started,
its result dropped if it finishes late.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from desktop.core.formats import ImportFileError
from desktop.store import Study, StudyError, open_study

log = logging.getLogger(__name__)

EXPECTED = (ImportFileError, StudyError, ValueError)  # their message is already a sentence
PROGRESS_MS = 40  # progress reports closer than this are dropped (the last one never is)
# A worker running Python hands the interpreter lock to a GUI thread asking for it after this
# long (Python's default is 5 ms): a window drawing while a job computes then waits at most
# this for each of its Python calls (a paint of the graph makes dozens). The switches only
# happen while both threads want the lock.
GIL_SWITCH_S = 0.0005


def failure_sentence(error: BaseException, unchanged: str = "") -> str:
    """What went wrong in plain words, ending with what was left as it was."""
    said = str(error) or type(error).__name__
    text = said if isinstance(error, EXPECTED) else QCoreApplication.translate(
        "JobRunner", "It failed: {problem}.").format(problem=said)
    return f"{text} {unchanged}".strip()


class Job(QObject):
    """One request. Its outcome arrives on the GUI thread, so connecting right after
    `JobRunner.run` returned is never too late."""

    progressed = Signal(int, int, str)  # done, total, what is being done
    finished = Signal(object)  # what the work returned
    failed = Signal(str)  # a sentence saying what is wrong

    def __init__(self, job_id: int, kind: str) -> None:
        super().__init__()
        self.id, self.kind = job_id, kind
        self._done = threading.Event()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work ended (or was skipped); False on a timeout."""
        return self._done.wait(timeout_s)

    def is_done(self) -> bool:
        return self._done.is_set()


class JobContext:
    """What the work is given on its thread: its own study connection, a way to report
    progress, and whether a newer request of its kind has come (to stop early)."""

    def __init__(self, runner: JobRunner, job: Job, study: Study | None) -> None:
        self._runner, self._job, self._study = runner, job, study
        self._last_report = 0.0

    @property
    def study(self) -> Study:
        if self._study is None:
            raise RuntimeError("this job was started without a study path")
        return self._study

    @property
    def superseded(self) -> bool:
        return self._runner.is_superseded(self._job)

    def report(self, done: int, total: int, note: str = "") -> None:
        now = time.monotonic()
        if done < total and (now - self._last_report) * 1000 < PROGRESS_MS:
            return  # a repaint per row would be slower than the work
        self._last_report = now
        self._runner._report(self._job.id, "progress", (done, total, note))


Work = Callable[[JobContext], Any]


class JobRunner(QObject):
    """Runs work on named lanes, one thread each, created when first used."""

    _reported = Signal(int, str, object)  # from a worker thread: job id, event, payload

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}  # not yet delivered
        self._latest: dict[str, int] = {}  # kind -> the newest request's id
        self._lanes: dict[str, ThreadPoolExecutor] = {}
        self._reported.connect(self._on_reported)  # queued: emitted from other threads
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def run(self, work: Work, *, study: Path | None = None, kind: str = "",
            lane: str = "study", replaceable: bool = True, unchanged: str = "") -> Job:
        """Queue `work`; its outcome arrives by the returned job's signals.

        With a `kind`, only the newest request of that kind reports. A `replaceable` job is
        skipped when a newer one of its kind came before it started; work that changes state
        (adds votes, say) must not be replaceable: it always runs. `unchanged` ends a failure
        message (e.g. "Nothing was imported."): a job's writes are all or nothing.
        """
        job = Job(next(self._ids), kind)
        self._jobs[job.id] = job
        if kind:
            self._latest[kind] = job.id
        if lane not in self._lanes:
            sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_S))
            self._lanes[lane] = ThreadPoolExecutor(1, thread_name_prefix=f"job-{lane}")
        self._lanes[lane].submit(self._run, job, work, study, replaceable, unchanged)
        return job

    def is_busy(self, kind: str) -> bool:
        """True while the newest request of `kind` has not been delivered."""
        return kind in self._latest

    def is_superseded(self, job: Job) -> bool:
        return bool(job.kind) and self._latest.get(job.kind) != job.id

    def forget(self, kind: str) -> None:
        """Drop the pending result of `kind`, if any (work already running still ends)."""
        self._latest.pop(kind, None)

    def shutdown(self) -> None:
        """Skip what has not started, wait for what runs (a numpy call cannot be
        interrupted); nothing more is delivered."""
        self._latest.clear()
        lanes, self._lanes = list(self._lanes.values()), {}
        for lane in lanes:
            lane.shutdown(wait=True, cancel_futures=True)
        for job in self._jobs.values():
            job._done.set()  # skipped: nobody waits for it in vain
        self._jobs.clear()

    # On a worker thread ----------------------------------------------------------------------

    def _run(self, job: Job, work: Work, study_path: Path | None, replaceable: bool,
             unchanged: str) -> None:
        try:
            if replaceable and self.is_superseded(job):
                self._report(job.id, "skipped", None)  # the newer request does the work
            else:
                self._report(job.id, *self._outcome(job, work, study_path, unchanged))
        finally:
            job._done.set()

    def _outcome(self, job: Job, work: Work, study_path: Path | None,
                 unchanged: str) -> tuple[str, Any]:
        try:
            if study_path is None:
                return "finished", work(JobContext(self, job, None))
            with open_study(study_path) as study:  # this thread's own connection
                return "finished", work(JobContext(self, job, study))
        except EXPECTED as error:
            log.info("job %s refused: %s", job.kind or job.id, error)
            return "failed", failure_sentence(error, unchanged)
        except Exception as error:  # a worker must report, never die silently
            log.exception("job %s failed", job.kind or job.id)
            return "failed", failure_sentence(error, unchanged)

    def _report(self, job_id: int, event: str, payload: Any) -> None:
        try:
            self._reported.emit(job_id, event, payload)
        except RuntimeError:
            pass  # the runner was deleted with its owner: nobody is listening

    # On the GUI thread -----------------------------------------------------------------------

    @Slot(int, str, object)
    def _on_reported(self, job_id: int, event: str, payload: Any) -> None:
        job = self._jobs.get(job_id)
        if job is None:
            return  # delivered already, or the runner was shut down
        if event == "progress":
            if not self.is_superseded(job):
                job.progressed.emit(*payload)
            return
        del self._jobs[job_id]
        if event == "skipped" or self.is_superseded(job):
            return  # a newer request of its kind came, or it was forgotten
        if job.kind:
            del self._latest[job.kind]
        (job.finished if event == "finished" else job.failed).emit(payload)
