"""Start the desktop app: the Qt application, the settings, the study and the model."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.__about__ import NAME, ORGANIZATION, VERSION
from desktop.core import paths
from desktop.core.settings import Settings, load_settings
from desktop.services import demo_study
from desktop.store import Study, StudyError, open_study
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)


def qt_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(VERSION)
    style = paths.resource("styles", "app.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def startup_study(settings: Settings) -> tuple[Study, str | None]:
    """The most recent study, or the demo study; plus a note if the recent one failed."""
    note = None
    for text in list(settings.recent_studies[:1]):
        try:
            return open_study(text), None
        except StudyError as error:
            log.warning("could not reopen %s: %s", text, error)
            settings.forget_study(text)
            note = f"The last study could not be opened: {error}"
    return demo_study.open_or_create(), note


def run_gui(quit_when_shown: bool = False) -> int:
    app = qt_application()
    settings = load_settings()
    service = LlmService()
    background = LlmService()  # shares the interview model unless another one is chosen
    window = MainWindow(settings, service, background)
    study, note = startup_study(settings)
    window.set_study(study)
    if note:
        window.statusBar().showMessage(note, 20000)
    if quit_when_shown:
        window.shown.connect(lambda: (print("main window shown", flush=True),
                                      QTimer.singleShot(0, app.quit)))
    else:
        QTimer.singleShot(0, window.load_model)
    window.show()
    code = app.exec()
    background.shutdown()
    service.shutdown()
    return code
