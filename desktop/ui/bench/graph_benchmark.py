"""Benchmark of the graph view: a redraw after one new vote, and a step of the time slider.

Both drive the real GraphPage (offscreen is fine) the way the study lead does, and time from
the request to the picture painted: the background job's computation, the hand-over to the GUI
thread, the new picture and a synchronous repaint of the graph. A 10 ms timer measures how long the
event loop was held up meanwhile (the window's responsiveness).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from desktop.core.graph.synthetic import generate_votes, value_id
from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.ui.bench.stall_probe import StallProbe
from desktop.ui.graph.graph_page import GraphPage
from desktop.ui.graph.graph_rows import GraphRows
from desktop.ui.shell.application import qt_application
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.widgets.waiting import wait_for

REDRAW_VALUES, REDRAW_VOTES = 2_000, 20_000
SLIDER_VALUES, SLIDER_VOTES = 2_000, 50_000
TIMEOUT_S = 300


def measure_view(runs: int) -> dict[str, Any]:
    """Medians over `runs` of each figure, in milliseconds; see the module's docstring."""
    qt_application()
    service = LlmService()  # no model is loaded: the graph page does not use it
    page = GraphPage(service)
    page.controller.intervals_enabled = False  # the bootstrap would compete for the two cores
    page.resize(1400, 900)
    page.show()
    try:
        return {**_redraw_figures(page, max(1, runs)), **_slider_figures(page, max(1, runs))}
    finally:
        page.shutdown()
        service.shutdown()
        page.close()
        page.deleteLater()


def _redraw_figures(page: GraphPage, runs: int) -> dict[str, Any]:
    votes = generate_votes(REDRAW_VALUES, REDRAW_VOTES, seed=1)
    layout_s = _show(page, votes)
    assert page.picture is not None
    shown = len(page.picture.value_ids)
    last = votes[-1]
    timings, stalls = [], []
    for run in range(runs):
        new = Vote(f"bench-{run}", last.participant_id, last.context_id, value_id(run),
                   value_id(run + 7), "upgrade", f"2030-01-01T00:00:{run % 60:02d}Z")
        elapsed, stall = _timed(page, lambda new=new: page.add_votes([new]))  # type: ignore[misc]
        timings.append(elapsed)
        stalls.append(stall)
    return {"redraw_values_shown": shown, "redraw_votes": REDRAW_VOTES,
            "first_layout_s": round(layout_s, 2),
            "redraw_after_one_vote_ms": _summary(timings),
            "redraw_longest_gui_stall_ms": round(max(stalls), 1)}


def _slider_figures(page: GraphPage, runs: int) -> dict[str, Any]:
    votes = generate_votes(SLIDER_VALUES, SLIDER_VOTES, seed=2)
    _show(page, votes)
    slider = page.timeline.slider
    one, page_step, stalls = [], [], []
    for run in range(runs):
        start = SLIDER_VOTES // 2 + run * 997
        _timed(page, lambda start=start: slider.setValue(start))  # type: ignore[misc]
        elapsed, stall = _timed(page, lambda start=start: slider.setValue(start + 1))  # type: ignore[misc]
        one.append(elapsed)
        stalls.append(stall)
        elapsed, stall = _timed(page, lambda start=start: slider.setValue(  # type: ignore[misc]
            start + 1 + slider.pageStep()))
        page_step.append(elapsed)
        stalls.append(stall)
    return {"slider_votes": SLIDER_VOTES, "slider_values": SLIDER_VALUES,
            "slider_step_one_vote_ms": _summary(one),
            f"slider_page_step_{slider.pageStep()}_votes_ms": _summary(page_step),
            "slider_longest_gui_stall_ms": round(max(stalls), 1)}


def _show(page: GraphPage, votes: list[Vote]) -> float:
    """Load a synthetic graph; seconds until its first frame (the full layout included)."""
    values = sorted({v for vote in votes for v in (vote.from_value_id, vote.to_value_id)})
    started = time.perf_counter()
    page.show_graph(GraphRows([Value(v, f"Value {v[-5:]}: a made-up title") for v in values],
                              votes))
    if wait_for(page.frame_shown, timeout_s=TIMEOUT_S) is None:
        raise RuntimeError("the graph view did not show the benchmark graph")
    page.view.viewport().repaint()
    return time.perf_counter() - started


def _timed(page: GraphPage, act: Callable[[], None]) -> tuple[float, float]:
    """Milliseconds from `act` to the new frame painted, and the longest GUI stall meanwhile."""
    probe = StallProbe()
    probe.start()
    started = time.perf_counter()
    act()
    if wait_for(page.frame_shown, timeout_s=TIMEOUT_S) is None:
        raise RuntimeError("the graph view did not draw a new frame")
    page.view.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000
    stall = probe.stop()
    return elapsed, stall


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 1), "min": round(min(values), 1),
            "max": round(max(values), 1), "runs": len(values)}
