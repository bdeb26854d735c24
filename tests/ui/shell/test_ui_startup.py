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
