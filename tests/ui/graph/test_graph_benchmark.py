"""The graph view's benchmark drives the real page and reports each figure."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.bench import graph_benchmark


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
