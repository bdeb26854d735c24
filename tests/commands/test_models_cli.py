"""`moral-graph-studio models`: the shelf as JSON or a table, and the speed test."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core import paths
from tests.support.cli import run


def default_model() -> Path:
    path = paths.default_model_file()
    assert path is not None
    return path


def test_models_lists_the_default_model_as_json_and_as_a_table(isolated_home: Path) -> None:
    result = run("models", home=isolated_home)
    assert result.returncode == 0, result.stderr
    first = json.loads(result.stdout)[0]
    assert first["source"] == "bundled default" and first["fits"] is True
    assert (first["parameters"], first["quantisation"], first["context_length"],
            first["chat_template"]) == (134_515_008, "Q4_1", 8192, True)
    assert first["memory_needed_bytes"] > first["weights_bytes"] + first["kv_cache_bytes"]
    assert first["used_for"] == ["interviews", "background"]
    table = run("models", "--text", home=isolated_home)
    header, row = table.stdout.splitlines()[:2]
    assert table.returncode == 0 and header.startswith("model") and "memory needed/free" in header
    assert row.split()[:4] == ["SmolLM2-135M-Instruct.Q4_1.gguf", "135M", "Q4_1", "8,192"]


def test_models_test_times_the_default_model_and_keeps_the_figure(isolated_home: Path) -> None:
    result = run("models", "test", str(default_model()), "--threads", "1", home=isolated_home)
    assert result.returncode == 0, result.stderr
    timed = json.loads(result.stdout)
    assert timed["tokens_per_second"] > 1 and timed["tokens"] >= 2
    listed = json.loads(run("models", home=isolated_home).stdout)[0]
    assert listed["tokens_per_second"] == timed["tokens_per_second"]
    text = run("models", "test", str(default_model()), "--threads", "1", "--text",
               home=isolated_home)
    assert text.stdout.startswith("SmolLM2-135M-Instruct.Q4_1.gguf: ") and "tokens/s" in (
        text.stdout)


def test_models_test_refuses_bad_files_in_one_sentence(isolated_home: Path,
                                                       tmp_path: Path) -> None:
    notes = tmp_path / "notes.gguf"
    notes.write_text("my notes, not a model\n" * 20)
    half = tmp_path / "half.gguf"
    with default_model().open("rb") as source:
        half.write_bytes(source.read(30_000_000))
    for path, words in [(notes, "notes.gguf is not a GGUF model file"),
                        (half, "half.gguf is cut short (30 MB of the 98 MB"),
                        (tmp_path / "gone.gguf", "There is no model file at")]:
        result = run("models", "test", str(path), home=isolated_home)
        assert result.returncode == 2 and result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0] and path.name in lines[0]
