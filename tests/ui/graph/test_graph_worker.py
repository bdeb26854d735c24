"""The graph view's worker: newest request of a kind wins, failures are reported, not raised."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.bench import graph_benchmark
from desktop.ui.graph.graph_worker import GraphWorker


def test_only_the_newest_result_of_a_kind_arrives(qtbot: QtBot) -> None:
    worker = GraphWorker()
    gate, ran = threading.Event(), []
    received: list[tuple[str, object]] = []
    worker.result_ready.connect(lambda kind, result: received.append((kind, result)))

    def job(name: str):  # type: ignore[no-untyped-def]
        def run() -> str:
            gate.wait(5)
            ran.append(name)
            return name
        return run

    worker.submit("frame", job("first"))  # starts and blocks the lane
    worker.submit("frame", job("skipped"))  # superseded before it starts
    worker.submit("frame", job("kept"), skippable=False)  # changes state: must run
    worker.submit("frame", job("last"))
    assert worker.is_busy("frame")
    gate.set()
    qtbot.waitUntil(lambda: received == [("frame", "last")], timeout=5000)
    assert ran == ["first", "kept", "last"] and not worker.is_busy("frame")
    worker.shutdown()


def test_a_failing_job_is_reported(qtbot: QtBot) -> None:
    worker = GraphWorker()

    def broken() -> None:
        raise ValueError("no votes to rank")

    with qtbot.waitSignal(worker.job_failed, timeout=5000) as failed:
        worker.submit("intervals", broken, lane="intervals")
    assert failed.args == ["intervals", "no votes to rank"]
    worker.shutdown()


def test_benchmark_reports_each_figure(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    # Small graphs: this checks the benchmark runs and reports, not how fast anything is.
    for name, value in (("REDRAW_VALUES", 30), ("REDRAW_VOTES", 300), ("SLIDER_VALUES", 30),
                        ("SLIDER_VOTES", 3000)):
        monkeypatch.setattr(graph_benchmark, name, value)
    figures = graph_benchmark.measure_view(2)
    assert figures["redraw_after_one_vote_ms"]["runs"] == 2
    assert figures["slider_step_one_vote_ms"]["median"] > 0
    assert 0 < figures["redraw_values_shown"] <= 30 and figures["slider_votes"] == 3000
    assert any(key.startswith("slider_page_step_") for key in figures)
