"""`bench --only ranking` reports each figure, here on small graphs so that it runs in seconds."""

from __future__ import annotations

import pytest

from desktop.bench import ranking as bench_ranking


def test_the_ranking_figures_are_all_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"VALUES": 50, "VOTES": 600, "SAMPLES": 10, "LARGE_VALUES": 80,
                        "LARGE_VOTES": 1000, "COVERAGE_STUDIES": 2}.items():
        monkeypatch.setattr(bench_ranking, name, value)
    figures = bench_ranking.measure(2)
    assert figures["ranking_graph"] == "50 values, 600 votes"
    assert figures["fit_max_difference_from_before"] < 1e-9
    for mode in ("participants", "votes"):
        assert figures[f"bootstrap_200_{mode}_s"]["runs"] == 2
        assert figures[f"large_bootstrap_200_{mode}_s"]["median"] >= 0
        assert 0 <= figures[f"coverage_95_{mode}"]["share"] <= 1
    assert figures["large_mge_summary_and_pageranks_s"]["median"] >= 0
    assert figures["large_bootstrap_peak_traced_mb"] >= 0
    assert figures["large_mge_summary_and_pageranks_s"]["runs"] == 3  # a median of three
    target = figures["targets"]["bootstrap_200_participants_s"]
    assert target["measured"] == figures["bootstrap_200_participants_s"]["cpu_median"]
    assert target["met"] == (target["measured"] <= 1.0)
    coverage = figures["targets"]["coverage_95_votes"]
    assert coverage["met"] == (figures["coverage_95_votes"]["share"] >= 0.9)
    assert "missed_by" in coverage or coverage["met"]
    assert len(figures["load_average"]) == 3
