"""File > Merge: another laptop's copy merged off the GUI thread, with its own connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop.store import StudyError, open_study
from desktop.store.merge import MergeReport, merge_study


class MergeRunner(QThread):
    """Runs one merge; the window only learns the outcome through the two signals."""

    merge_finished = Signal(object)  # MergeReport
    merge_failed = Signal(str)

    def __init__(self, study_path: Path, other: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.study_path, self.other = study_path, other

    def run(self) -> None:
        try:
            with open_study(self.study_path) as study:  # this thread's own connection
                report: MergeReport = merge_study(study, self.other)
        except StudyError as error:
            self.merge_failed.emit(str(error))
            return
        self.merge_finished.emit(report)
