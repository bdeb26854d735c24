"""What the first window needs, and nothing more: the other pages, the graph's libraries and
the model's library come when first asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow

FIRST_WINDOW = """
import sys
from desktop.ui.shell.application import qt_application, startup_study
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.main_window import MainWindow
from desktop.core.settings import Settings
app = qt_application()
service = LlmService()
window = MainWindow(Settings(), service)
window.set_study(startup_study(window.settings)[0])
window.show()
app.processEvents()
print(sorted(m for m in ("numpy", "pyqtgraph", "networkx", "llama_cpp") if m in sys.modules))
print(len(window.page_set.built()))
window.close()
service.shutdown()
"""


def test_the_first_window_loads_neither_graph_nor_model_libraries(tmp_path: Path) -> None:
    env = {**os.environ, "MGS_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_WINDOW], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    loaded, built = done.stdout.split("\n")[:2]
    assert loaded == "[]" and built == "1"


def test_pages_are_built_when_first_shown_and_see_the_open_study(qtbot: QtBot) -> None:
    from desktop.ui.shell.application import startup_study

    service = LlmService()
    window = MainWindow(Settings(), service)
    qtbot.addWidget(window)
    try:
        window.set_study(startup_study(window.settings)[0])
        built = [bool(window.page_set.built(row)) for row in range(5)]
        assert built == [True, False, False, False, False]
        window.show_page(2)
        assert window.page_set.built(2) and window.current_page() is window.page_set.built(2)[0]
        assert window.stack.currentWidget().widget() is window.page_set.built(2)[0]
        assert [page.title for page in window.pages] == [
            "Study", "Interviews", "Labelling", "Values & voting", "Moral graph"]
    finally:
        window.close()
        service.shutdown()


# Run as the app starts (the saved settings, the study it opens): at the first paint, which of
# the modules the first window leaves for later are loaded already.
LATER = ("dateutil.parser._parser", "desktop.core.formats", "desktop.services.demo_study",
         "desktop.services.merge", "desktop.llm.llama_model", "desktop.ui.widgets.cell_tips",
         "desktop.ui.widgets.kiosk_dialog")
AT_FIRST_PAINT = f"""
import sys
from desktop.ui.shell.application import run_gui
from desktop.ui.shell.main_window import MainWindow

def show_event(self, event):
    print(sorted(m for m in {LATER!r} if m in sys.modules), flush=True)
    MainWindow.showEvent = first_show
    first_show(self, event)

first_show = MainWindow.showEvent
MainWindow.showEvent = show_event
sys.exit(run_gui(quit_when_shown=True))
"""


def test_the_first_paint_waits_for_no_module_it_does_not_draw_with(tmp_path: Path) -> None:
    """The first start makes the demo study (and its module); a start that reopens a study
    loads neither it, nor the file readers, the merge, the model's wrapper, the cell tips, the
    kiosk's PIN dialog or the date parser sqlite-utils imports for recipes the study never
    calls."""
    env = {**os.environ, "MGS_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    runs = [subprocess.run([sys.executable, "-c", AT_FIRST_PAINT], env=env, capture_output=True,
                           text=True, timeout=120, check=True).stdout.splitlines()
            for _ in range(2)]
    assert "'desktop.services.demo_study'" in runs[0][0] and runs[0][1] == "main window shown"
    assert runs[1][0] == "[]" and runs[1][1] == "main window shown"


def test_sqlite_utils_still_reads_dates_with_the_parser_loaded_late() -> None:
    import sqlite_utils.recipes

    import desktop.ui.shell.application  # noqa: F401  (puts the parser in place, unrun)

    assert sqlite_utils.recipes.parsedate("3 December 2026") == "2026-12-03"


def test_the_first_page_shows_cut_cells_once_it_has_drawn(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    from desktop.ui.shell.application import startup_study

    service = LlmService()
    window = MainWindow(Settings(), service)
    qtbot.addWidget(window)
    try:
        window.set_study(startup_study(window.settings)[0])
        window.show()
        views = window.page_at(0).findChildren(QAbstractItemView)
        assert views
        qtbot.waitUntil(lambda: all(view.property("cellTipsInstalled") for view in views))
        window.show_page(1)  # a page built later too
        later = window.page_at(1).findChildren(QAbstractItemView)
        qtbot.waitUntil(lambda: all(view.property("cellTipsInstalled") for view in later))
    finally:
        window.close()
        service.shutdown()


def test_no_garbage_collection_holds_up_the_start(tmp_path: Path) -> None:
    """The start makes objects by the hundred thousand: the automatic collector, off once the
    window's own collector runs (on a timer), is off from the start (without: ~100 runs)."""
    script = ("import gc, sys\n"
              "from desktop.app import start_desktop\n"
              "early = []\n"
              "def seen(phase, info):\n"
              "    qt = sys.modules.get('PySide6.QtWidgets')\n"
              "    if phase == 'start' and not (qt and qt.QApplication.instance()):\n"
              "        early.append(info['generation'])\n"
              "gc.callbacks.append(seen)\n"
              "start_desktop(quit_when_shown=True)\n"
              "print(len(early), gc.isenabled())\n")
    env = {**os.environ, "MGS_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    assert done.stdout.splitlines() == ["main window shown", "0 False"]
