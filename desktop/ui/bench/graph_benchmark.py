"""Benchmark of the graph view: a redraw after one new vote, steps of the time slider, a replay.

Each drives the real GraphPage (offscreen is fine) the way the study lead does, and times from
the request to the picture painted: the background job's computation, the hand-over to the GUI
thread, the new picture and a synchronous repaint of the graph. A 10 ms timer measures how long
the event loop was held up meanwhile (the window's responsiveness).

Anchors measured in the same run, so that a figure can be read against what the machine does
at that moment: a bare pyqtgraph GraphItem given the same values and lines as each redraw
(graph_anchor), and the same 10 ms timer with the page idle for as long as a replay window
(what the machine itself stalls: other programs, the load).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer

from desktop.core.graph.synthetic import generate_votes, value_id
from desktop.core.graph.values import Value
from desktop.core.graph.votes import Vote
from desktop.ui.bench.graph_anchor import GraphAnchor
from desktop.ui.bench.stall_probe import StallProbe
from desktop.ui.graph.graph_page import GraphPage
from desktop.ui.graph.graph_rows import GraphRows
from desktop.ui.shell.application import qt_application
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.widgets.waiting import wait_for

REDRAW_VALUES, REDRAW_VOTES = 2_000, 20_000
SLIDER_VALUES, SLIDER_VOTES = 2_000, 50_000
REPLAY_WINDOW_S = 2.0  # each replay run watches the stalls for this long
SETTLE_S = 5.0  # at most this long for the deferred Bradley-Terry fit after a step
SETTLE_PAINT_S = 0.05  # then the event loop runs this long: what is pending gets painted
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
        figures = {**_redraw_figures(page, max(1, runs)), **_slider_figures(page, max(1, runs)),
                   **_replay_figures(page, max(1, runs))}
        return {**figures, "targets": targets(figures)}
    finally:
        page.shutdown()
        service.shutdown()
        page.close()
        page.deleteLater()


def _redraw_figures(page: GraphPage, runs: int) -> dict[str, Any]:
    votes = generate_votes(REDRAW_VALUES, REDRAW_VOTES, seed=1)
    layout_s = _show(page, votes)
    last = votes[-1]
    timings, stalls, bare, worker = [], [], [], []
    anchor = GraphAnchor(page.view)
    try:
        for run in range(runs):
            new = Vote(f"bench-{run}", last.participant_id, last.context_id, value_id(run),
                       value_id(run + 7), "upgrade", f"2030-01-01T00:00:{run % 60:02d}Z")
            elapsed, stall = _timed(page, lambda new=new: page.add_votes([new]))  # type: ignore[misc]
            timings.append(elapsed)
            stalls.append(stall)
            worker.append(_worker_ms(page))
            assert page.picture is not None
            bare.append(anchor.redraw(page.picture))  # the same values and lines, just drawn
            _settle(page)
    finally:
        anchor.close()
    assert page.picture is not None
    ours, theirs = _summary(timings), _summary(bare)
    return {"redraw_values_shown": len(page.picture.value_ids), "redraw_votes": REDRAW_VOTES,
            "redraw_lines_shown": len(page.picture.links),
            "first_layout_s": round(layout_s, 2),
            "redraw_after_one_vote_ms": ours,
            "redraw_anchor_graphitem_ms": theirs,
            "redraw_anchor_values": anchor.nodes, "redraw_anchor_lines": anchor.edges,
            "redraw_ratio_to_anchor": round(ours["median"] / max(theirs["median"], 0.01), 2),
            "redraw_worker_ms": _summary(worker),
            "redraw_longest_gui_stall_ms": round(max(stalls), 1)}


def _slider_figures(page: GraphPage, runs: int) -> dict[str, Any]:
    votes = generate_votes(SLIDER_VALUES, SLIDER_VOTES, seed=2)
    _show(page, votes)
    slider = page.timeline.slider
    one, page_step, stalls, worker = [], [], [], []
    for run in range(runs):
        # Somewhere else each run, always with room for a page step after it.
        start = (SLIDER_VOTES // 2 + run * 997) % max(1, SLIDER_VOTES - slider.pageStep() - 2)
        if start != slider.value():  # the same value would bring no frame
            _timed(page, lambda start=start: slider.setValue(start))  # type: ignore[misc]
        _settle(page)
        elapsed, stall = _timed(page, lambda start=start: slider.setValue(start + 1))  # type: ignore[misc]
        one.append(elapsed)
        stalls.append(stall)
        worker.append(_worker_ms(page))
        _settle(page)
        elapsed, stall = _timed(page, lambda start=start: slider.setValue(  # type: ignore[misc]
            start + 1 + slider.pageStep()))
        page_step.append(elapsed)
        stalls.append(stall)
        _settle(page)
    return {"slider_votes": SLIDER_VOTES, "slider_values": SLIDER_VALUES,
            "slider_step_one_vote_ms": _summary(one),
            "slider_step_worker_ms": _summary(worker),
            f"slider_page_step_{slider.pageStep()}_votes_ms": _summary(page_step),
            "slider_longest_gui_stall_ms": round(max(stalls), 1)}


def targets(figures: dict[str, Any]) -> dict[str, Any]:
    """Issue 15's targets against the figures: met, or by how much each is missed, with what
    the machine was doing (its load, the idle loop's own stalls) and the worker's share of a
    step (the rest is the GUI thread: swapping the drawing in and painting the window)."""
    page_key = next(key for key in figures if key.startswith("slider_page_step_"))
    wanted = {"redraw_ratio_to_anchor": (figures["redraw_ratio_to_anchor"], 2.0),
              "slider_step_one_vote_ms": (figures["slider_step_one_vote_ms"]["median"], 16.0),
              page_key: (figures[page_key]["median"], 50.0),
              "replay_longest_gui_stall_ms": (
                  figures["replay_longest_gui_stall_ms"]["median"], 16.0)}
    load, cpus = round(os.getloadavg()[0], 2), os.cpu_count()
    idle = figures["idle_longest_gui_stall_ms"]["median"]
    step_worker = figures["slider_step_worker_ms"]["median"]
    redraw_worker = figures["redraw_worker_ms"]["median"]
    machine = f"load average {load} on {cpus} cores"
    why = {
        "redraw_ratio_to_anchor": (
            f"the page's redraw also waits for the worker's step ({redraw_worker} ms), its "
            "hand-over to the GUI thread, and paints arrowheads, labels and the ranking; "
            f"the anchor only paints discs and lines; {machine}"),
        "slider_step_one_vote_ms": (
            f"the worker's step and drawing took {step_worker} ms; the rest is the hand-over "
            f"and the GUI thread swapping the drawing in and painting the window; {machine}"),
        page_key: (f"a page step recounts thousands of votes and their PageRank; {machine}"),
        "replay_longest_gui_stall_ms": (
            f"each frame's paint of the window runs on the GUI thread; the idle loop alone "
            f"stalled {idle} ms; {machine}")}
    result: dict[str, Any] = {
        name: {"target": target, "measured": measured, "met": measured <= target,
               "missed_by": round(max(0.0, measured - target), 2),
               **({} if measured <= target else {"why": why[name]})}
        for name, (measured, target) in wanted.items()}
    result["conditions"] = {"load_average_1min": load, "cpus": cpus,
                            "idle_loop_longest_stall_ms": idle,
                            "slider_step_worker_ms": step_worker,
                            "redraw_worker_ms": redraw_worker}
    return result


def _replay_figures(page: GraphPage, runs: int) -> dict[str, Any]:
    """Play the slider graph's replay: the longest stall in each window and frames shown; then
    the same window with the page idle, the floor the machine sets."""
    replay, idle, frames = [], [], []
    timeline = page.timeline
    for _ in range(runs):
        shown: list[object] = []
        page.frame_shown.connect(shown.append)
        timeline.slider.setValue(0)
        _settle(page)
        probe = StallProbe()
        probe.start()
        timeline.play()
        _run_loop(REPLAY_WINDOW_S)
        replay.append(probe.stop())
        timeline.pause()
        page.frame_shown.disconnect(shown.append)
        frames.append(len(shown) / REPLAY_WINDOW_S)
        _settle(page)
        probe.start()
        _run_loop(REPLAY_WINDOW_S)
        idle.append(probe.stop())
    return {"replay_votes": SLIDER_VOTES, "replay_window_s": REPLAY_WINDOW_S,
            "replay_frames_per_s": round(statistics.median(frames), 1),
            "replay_longest_gui_stall_ms": _summary(replay),
            "idle_longest_gui_stall_ms": _summary(idle)}


def _run_loop(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _settle(page: GraphPage) -> None:
    """Until the deferred Bradley-Terry fit of the frame shown has come (about 50 ms after a
    step) and been painted, so that neither its frame nor its repaint is taken for the next
    request's (its paint, still pending, used to land in the next step's timing)."""
    deadline = time.perf_counter() + SETTLE_S
    while (page.frame is not None and not page.frame.state.bt_current
           and time.perf_counter() < deadline):
        wait_for(page.frame_shown, timeout_s=0.2)
    _run_loop(SETTLE_PAINT_S)


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


def _worker_ms(page: GraphPage) -> float:
    """The worker's part of the frame just shown (the timeline's step and the drawing)."""
    shown = page.controller.drawing
    return shown.worker_ms if shown is not None else 0.0


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 1), "min": round(min(values), 1),
            "max": round(max(values), 1), "runs": len(values)}
