"""Model > Models > Speed test: load a model and time it off the GUI thread."""

from __future__ import annotations

import copy
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from desktop.core.settings import Settings
from desktop.llm.llama_model import load_chat_model
from desktop.services.models import Loader, ModelProblem, run_speed_test


class SpeedTestRunner(QThread):
    """Runs one speed test; the dialog only learns the outcome through the two signals."""

    test_finished = Signal(object)  # SpeedResult
    test_failed = Signal(str)

    def __init__(self, path: Path, settings: Settings, loader: Loader = load_chat_model,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path, self.loader = path, loader
        self.settings = copy.deepcopy(settings)  # the dialog may change its own meanwhile
        self.cancel = threading.Event()

    def run(self) -> None:
        try:
            result = run_speed_test(self.path, self.settings, self.loader, self.cancel)
        except ModelProblem as error:
            self.test_failed.emit(str(error))
            return
        except Exception as error:  # a worker must never die silently
            self.test_failed.emit(self.tr("The speed test of {file} failed: {problem}").format(
                file=self.path.name, problem=error))
            return
        self.test_finished.emit(result)
