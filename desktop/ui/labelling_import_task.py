"""Runs an import off the GUI thread, on its own connection to the study file."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.commands.import_items import run_import
from desktop.core.formats import ImportFileError
from desktop.store import StudyError, open_study


class ImportSignals(QObject):
    import_finished = Signal(object)  # the summary dict
    import_failed = Signal(str)  # a sentence naming the file and the line


class ImportTask(QRunnable):
    """Import `path` as `kind` into the study at `study_path`; reports by queued signals."""

    def __init__(self, study_path: Path, path: Path, kind: str,
                 mapping: Mapping[str, str] | None) -> None:
        super().__init__()
        self.study_path, self.path, self.kind, self.mapping = study_path, path, kind, mapping
        self.signals = ImportSignals()

    def run(self) -> None:
        try:
            with open_study(self.study_path) as study:
                summary = run_import(study, self.path, self.kind, self.mapping)
        except (ImportFileError, StudyError, ValueError) as error:
            self.signals.import_failed.emit(f"{error} Nothing was imported.")
        except Exception as error:  # a worker must report, never die silently
            self.signals.import_failed.emit(f"The import failed: {error}. Nothing was imported.")
        else:
            self.signals.import_finished.emit(summary)


def start_import(task: ImportTask) -> None:
    QThreadPool.globalInstance().start(task)
