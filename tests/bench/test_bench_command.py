"""`bench --out DIR` writes bench.json into the folder, the same figures it prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.bench import command
from desktop.cli import main


def test_bench_out_is_a_folder_holding_bench_json(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(command, "capability_figures",
                        lambda runs, model, areas: {area: {"runs": runs} for area in areas})
    out = tmp_path / "figures"
    assert main(["bench", "--only", "graph", "--runs", "1", "--out", str(out)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["graph"] == {"runs": 1}
    assert json.loads((out / "bench.json").read_text(encoding="utf-8")) == printed
    assert main(["bench", "--only", "graph", "--runs", "1", "--text"]) == 0
    assert "graph:\n  runs: 1" in capsys.readouterr().out
