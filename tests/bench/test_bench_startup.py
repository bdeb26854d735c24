"""The start-up anchor of `bench`: the app's window and a bare PySide6 window, timed in pairs."""

from __future__ import annotations

from pathlib import Path

from desktop.bench.startup import measure_startup_anchor


def test_the_anchor_times_both_windows_and_their_ratio(tmp_path: Path) -> None:
    figures = measure_startup_anchor(1, tmp_path)["startup_anchor"]
    assert figures["pairs"] == 1 and figures["bytecode"] == "cached"
    assert 0 < figures["bare_window_s"] and 0 < figures["app_s"]
    assert abs(figures["ratio"] - figures["app_s"] / figures["bare_window_s"]) < 0.05
    assert (tmp_path / "bytecode").is_dir()  # the bytecode stays in the bench's own folder
