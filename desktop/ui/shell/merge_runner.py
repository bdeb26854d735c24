"""File > Merge: another laptop's copy merged as a background job, on its own connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.services.merge import merge_into
from desktop.ui.shell.jobs import JobRunner


class MergeRunner(QObject):
    """One merge on the window's jobs; the window only learns the outcome by the two signals."""

    merge_finished = Signal(object)  # MergeReport
    merge_failed = Signal(str)

    def __init__(self, jobs: JobRunner, study_path: Path, other: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = jobs.run(lambda job: merge_into(job.study, other), study=study_path,
                            lane="merge")
        self.job.finished.connect(self.merge_finished)
        self.job.failed.connect(self.merge_failed)

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the merge ended; False on a timeout."""
        return self.job.wait(timeout_s)
