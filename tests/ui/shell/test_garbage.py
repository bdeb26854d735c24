"""The garbage collector runs on the GUI thread only (see desktop/ui/shell/garbage.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication

from desktop.ui.shell.garbage import GuiThreadCollector, collect_on_gui_thread


def test_automatic_collection_is_off_and_the_gui_thread_collects(qapp: QApplication) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # installed once
    assert isinstance(collector, GuiThreadCollector) and not gc.isenabled()
    collected_in: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    for _ in range(gc.get_threshold()[0] + 10):
        Cycle()
    worker = threading.Thread(target=lambda: [Cycle() for _ in range(1000)], name="worker")
    worker.start()
    worker.join()
    assert collected_in == []  # nobody collected on the way, the worker included
    while gc.get_count()[0] <= gc.get_threshold()[0]:
        Cycle()
    assert collector.collect() > 0
    assert collected_in and set(collected_in) == {threading.current_thread().name}
