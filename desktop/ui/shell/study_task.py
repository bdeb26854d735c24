"""Long study work (an import, an assignment of many items) off the GUI thread, each on its
own connection to the study file, reporting back by queued signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.core.formats import ImportFileError
from desktop.store import Study, StudyError, open_study


class TaskSignals(QObject):
    finished = Signal(object)  # what the job returned
    failed = Signal(str)  # a sentence saying what is wrong, and that nothing was changed


class StudyTask(QRunnable):
    """Runs `job(study)` in a transaction-safe way on the thread pool. `unchanged` ends the
    failure message (e.g. "Nothing was imported."): the job's writes are all or nothing."""

    def __init__(self, study_path: Path, job: Callable[[Study], Any], unchanged: str) -> None:
        super().__init__()
        self.study_path, self.job, self.unchanged = study_path, job, unchanged
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            with open_study(self.study_path) as study:
                result = self.job(study)
        except (ImportFileError, StudyError, ValueError) as error:
            self.signals.failed.emit(f"{error} {self.unchanged}")
        except Exception as error:  # a worker must report, never die silently
            self.signals.failed.emit(f"It failed: {error}. {self.unchanged}")
        else:
            self.signals.finished.emit(result)


def start_task(task: StudyTask) -> None:
    QThreadPool.globalInstance().start(task)
