"""The voting figure of `bench --only graph` runs on a real study and asks real pairs."""

from __future__ import annotations

import pytest

from desktop.bench import graph as bench_graph


def test_the_voting_figure_times_real_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bench_graph, "VOTING_VOTES", 2_000)
    monkeypatch.setattr(bench_graph, "VOTING_STORIES", 20)
    figures = bench_graph.measure_voting(3)
    assert figures["voting_study"] == "2,000 votes, 20 approved stories"
    timing = figures["vote_commit_and_next_pair_ms"]
    assert timing["runs"] == 3 and 0 < timing["median"] <= timing["max"]


def test_the_graph_bench_reports_the_view_against_its_anchors(
        qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    # Small graphs and short windows: this checks the figures and their anchors are there and
    # measured on the same things, not how fast anything is.
    from desktop.ui.bench import graph_benchmark

    for name, value in (("RANK_VALUES", 40), ("RANK_VOTES", 400), ("VOTING_VOTES", 300),
                        ("VOTING_STORIES", 5)):
        monkeypatch.setattr(bench_graph, name, value)
    monkeypatch.setattr(bench_graph, "measure_merge", lambda _rows: {}, raising=False)
    for name, value in (("REDRAW_VALUES", 30), ("REDRAW_VOTES", 300), ("SLIDER_VALUES", 30),
                        ("SLIDER_VOTES", 2000), ("REPLAY_WINDOW_S", 0.3)):
        monkeypatch.setattr(graph_benchmark, name, value)
    view = bench_graph.measure(1, model=None)["view"]  # type: ignore[arg-type]
    # The redraw and the bare GraphItem anchor drew the same values and lines, five times each.
    assert view["redraw_anchor_values"] == view["redraw_values_shown"] > 0
    assert view["redraw_anchor_lines"] == view["redraw_lines_shown"] > 0
    ours, anchor = view["redraw_after_one_vote_ms"], view["redraw_anchor_graphitem_ms"]
    assert ours["runs"] == anchor["runs"] == 5 and 0 < anchor["min"] <= anchor["max"]
    assert view["redraw_ratio_to_anchor"] == pytest.approx(
        ours["median"] / anchor["median"], abs=0.01)
    page_step = next(key for key in view if key.startswith("slider_page_step_"))
    for key in ("slider_step_one_vote_ms", page_step, "replay_longest_gui_stall_ms",
                "idle_longest_gui_stall_ms"):
        assert view[key]["runs"] == 5 and 0 <= view[key]["min"] <= view[key]["max"]
    assert view["replay_frames_per_s"] > 0
