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
