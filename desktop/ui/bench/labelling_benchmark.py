"""Measures Enter-to-next-item in the real labelling view, offscreen (for `bench`)."""

from __future__ import annotations

import statistics
import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.store import Study
from desktop.ui.labelling.labelling_page import LabellingPage
from desktop.ui.shell.application import qt_application
from desktop.ui.shell.llm_service import LlmService


def measure_enter_to_next(study: Study, items: int = 200) -> dict[str, Any]:
    """Milliseconds from pressing Enter to the next item painted, over `items` items.

    The timed part is what the annotator waits for: the key handler (one label committed with
    synchronous=FULL), the next item put on screen, and a synchronous repaint of the view.
    """
    app = qt_application()
    service = LlmService()  # no model: suggestions are not part of this figure
    page = LabellingPage(service)
    page.resize(1100, 760)
    page.show_study(study)
    page.show()
    app.processEvents()
    view = page.view
    times: list[float] = []
    try:
        for _ in range(items):
            if view.session is None or view.session.item is None:
                break
            dilemma = view.stack.currentWidget() is view.dilemma
            QTest.keyClick(view, Qt.Key.Key_A if dilemma else Qt.Key.Key_1)
            app.processEvents()
            started = time.perf_counter()
            QTest.keyClick(view, Qt.Key.Key_Return)
            view.repaint()
            times.append((time.perf_counter() - started) * 1000)
    finally:
        page.close()
        service.shutdown()
    return _summary(times)


def _summary(times: list[float]) -> dict[str, Any]:
    ordered = sorted(times)
    return {"items": len(times), "median_ms": round(statistics.median(times), 2),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2),
            "worst_ms": round(max(times), 2)}


