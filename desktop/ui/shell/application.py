"""Start the desktop app: the Qt application, the settings, the study and the model.

The window shows first: the pages other than the first, and the model, come after it.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.__about__ import NAME, ORGANIZATION, VERSION
from desktop.core import paths
from desktop.core.settings import Settings, load_settings

MODEL_AFTER_SHOWN_MS = 100  # the first paint before the model's library loads (it holds the GIL)


@contextmanager
def _numpy_hidden() -> Iterator[None]:
    """sqlite-utils imports numpy only to name column types for numpy values, which the study
    never stores; hidden while it loads, numpy costs the start nothing (the graph loads it)."""
    if "numpy" in sys.modules:
        yield
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail
    try:
        yield
    finally:
        del sys.modules["numpy"]


def _load_when_first_used(name: str) -> None:
    """Put module `name` in place unrun: it runs when one of its names is first used.
    sqlite-utils reads dates with dateutil's parser only in recipes the study never calls, and
    that parser (with its time zones) is a tenth of the start."""
    if name in sys.modules or (spec := importlib.util.find_spec(name)) is None or not spec.loader:
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)  # `from parent import child` finds it unrun


# Before PySide6: its import hook reads the source of every module imported after it (looking
# for `from __feature__ import`), and sqlite-utils brings some forty of its own and the stdlib's.
with _numpy_hidden():
    _load_when_first_used("dateutil.parser")
    import sqlite_utils  # noqa: F401  (loaded here, without numpy)

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.store import Study, StudyError, open_study  # noqa: E402
from desktop.ui.shell.fonts import install_fallback_fonts  # noqa: E402
from desktop.ui.shell.garbage import collect_on_gui_thread  # noqa: E402
from desktop.ui.shell.llm_service import LlmService  # noqa: E402
from desktop.ui.shell.main_window import MainWindow  # noqa: E402
from desktop.ui.shell.translations import install_language  # noqa: E402

log = logging.getLogger(__name__)


def qt_application() -> QApplication:
    """The application, named and styled once (styling again re-polishes every widget)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.applicationName() == NAME:
        return app
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(VERSION)
    install_fallback_fonts()  # Arabic, Devanagari, Chinese, emoji where the system lacks them
    style = paths.resource("styles", "app.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    collect_on_gui_thread(app)
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
            note = QCoreApplication.translate(
                "Application", "The last study could not be opened: {problem}").format(
                    problem=error)
    from desktop.services import demo_study  # only when there is no recent study to open

    return demo_study.open_or_create(), note


def _load_model_when_shown(window: MainWindow) -> None:
    """Once, a moment after the window first shows (it shows again after kiosk mode)."""
    def load() -> None:
        window.shown.disconnect(load)
        QTimer.singleShot(MODEL_AFTER_SHOWN_MS, window.load_model)

    window.shown.connect(load)


def run_gui(quit_when_shown: bool = False, language: str | None = None) -> int:
    """The window; `language` (a --language code) overrides the saved choice for this run."""
    app = qt_application()
    settings = load_settings()
    install_language(language or settings.language)  # before any widget reads a text
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
        _load_model_when_shown(window)
    window.show()
    code = app.exec()
    background.shutdown()
    service.shutdown()
    return code
