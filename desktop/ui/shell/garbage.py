"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate. When it frees Qt objects (a closed
page's widgets, held in a reference cycle) on a worker thread while the GUI thread is deleting
another Qt object, the two can deadlock: seen here, a job thread collecting widgets inside
QObject::~QObject waited for the GIL while the GUI thread, holding it, waited for Qt's lock.
So automatic collection is switched off and a timer collects on the GUI thread instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def collect(self) -> int:
        """The youngest generation due, as the automatic collector would have chosen."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once per application (calling again returns the first)."""
    existing = app.findChild(GuiThreadCollector)
    if isinstance(existing, GuiThreadCollector):
        return existing
    collector = GuiThreadCollector(app)
    collector.start()
    return collector
