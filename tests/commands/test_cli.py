"""The `moral-graph-studio` command, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.__about__ import VERSION
from tests.support.cli import run


def test_version(isolated_home: Path) -> None:
    result = run("--version", home=isolated_home)
    assert result.returncode == 0 and result.stdout.strip().endswith(VERSION)


def test_study_new_then_info(isolated_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "pilot.mgstudy"
    created = run("study", "new", str(path), "--name", "Pilot", "--demo", home=isolated_home)
    assert created.returncode == 0, created.stderr
    info = json.loads(run("study", "info", str(path), home=isolated_home).stdout)
    assert info["name"] == "Pilot" and info["tables"]["questions"] == 5
    assert set(info["tables"]) >= {"study", "devices", "people", "questions"}


def test_study_info_on_bad_paths_says_what_is_wrong(isolated_home: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    for path, words in [(tmp_path, "folder"), (text, "not a Moral Graph Studio study"),
                        (tmp_path / "none.mgstudy", "no file here")]:
        result = run("study", "info", str(path), home=isolated_home)
        assert result.returncode == 2
        assert words in result.stderr and str(path) in result.stderr
        assert "Traceback" not in result.stderr


def test_generate_streams_from_the_default_model(isolated_home: Path) -> None:
    result = run("generate", "--prompt", "Name a virtue.", "--max-tokens", "12",
                 "--temperature", "0", "--json", home=isolated_home)
    assert result.returncode == 0, result.stderr
    reply, audit = result.stdout.rsplit("\n", 2)[0], json.loads(result.stdout.splitlines()[-1])
    assert audit["text"].strip() and audit["text"] in reply
    assert audit["model"]["file_name"] == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert len(audit["model"]["sha256"]) == 64


def test_generate_refuses_an_empty_prompt(isolated_home: Path) -> None:
    result = run("generate", "--prompt", " ", home=isolated_home)
    assert result.returncode == 2 and "prompt is empty" in result.stderr


def test_generate_explains_a_bad_model_file(isolated_home: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"\x00" * 1000)
    result = run("generate", "--prompt", "hi", "--model", str(fake), home=isolated_home)
    assert result.returncode == 2 and "not a GGUF model file" in result.stderr


def test_self_test_passes_and_saves_a_screenshot(isolated_home: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run("--self-test", "--screenshot", str(shot), home=isolated_home)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and len(report["steps"]) == 6
    image = QImage(str(shot))
    assert image.width() > 800 and image.height() > 500


def test_the_window_starts_and_shows(isolated_home: Path) -> None:
    result = run("--quit-when-shown", home=isolated_home)
    assert result.returncode == 0, result.stderr
    assert "main window shown" in result.stdout
    assert (isolated_home / "data" / "demo.mgstudy").is_file()


def test_merge_two_copies_then_refuse_a_stranger(isolated_home: Path, tmp_path: Path) -> None:
    import shutil

    a, b, stranger = tmp_path / "a.mgstudy", tmp_path / "b.mgstudy", tmp_path / "s.mgstudy"
    assert run("study", "new", str(a), home=isolated_home).returncode == 0
    shutil.copyfile(a, b)
    assert run("study", "new", str(stranger), "--demo", home=isolated_home).returncode == 0
    from desktop.store import open_study
    from desktop.store.questions import add_question

    with open_study(b) as study:
        add_question(study, "Asked on the second laptop")
    first = json.loads(run("merge", str(a), str(b), home=isolated_home).stdout)
    assert first["added"]["questions"] == 1
    again = json.loads(run("merge", str(a), str(b), home=isolated_home).stdout)
    assert again["rows_changed"] == 0
    refused = run("merge", str(a), str(stranger), home=isolated_home)
    assert refused.returncode == 2 and "different study" in refused.stderr


def test_merge_dry_run_leaves_the_file_as_it_was(isolated_home: Path, tmp_path: Path) -> None:
    import hashlib
    import shutil

    a, b = tmp_path / "a.mgstudy", tmp_path / "b.mgstudy"
    assert run("study", "new", str(a), home=isolated_home).returncode == 0
    shutil.copyfile(a, b)
    from desktop.store import open_study
    from desktop.store.questions import add_question

    with open_study(b) as study:
        add_question(study, "Asked on the second laptop")
        study.rename("Renamed on the second laptop")
    before = hashlib.sha256(a.read_bytes()).hexdigest()
    dry = run("merge", str(a), str(b), "--dry-run", home=isolated_home)
    assert dry.returncode == 0, dry.stderr
    preview = json.loads(dry.stdout)
    assert hashlib.sha256(a.read_bytes()).hexdigest() == before
    assert preview["dry_run"] is True
    assert preview["tables"]["questions"] == {"would_add": 1, "would_update": 0}
    assert preview["tables"]["study"] == {"would_add": 0, "would_update": 1}
    real = json.loads(run("merge", str(a), str(b), home=isolated_home).stdout)
    assert (preview["added"], preview["updated"]) == (real["added"], real["updated"])
    assert preview["rows_changed"] == real["rows_changed"] == 2


def test_every_command_module_imports() -> None:
    import importlib

    from desktop.cli import COMMANDS, build_parser

    for name, module, _help in COMMANDS:
        loaded = importlib.import_module(module)
        assert callable(loaded.add_arguments) and callable(loaded.run), name
    assert build_parser().parse_args(["study", "info", "x"]).command == "study"


def test_a_mistyped_command_module_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import cli

    monkeypatch.setattr(cli, "COMMANDS", (*cli.COMMANDS, ("oops", "desktop.commands.nope", "")))
    with pytest.raises(ModuleNotFoundError, match="desktop.commands.nope"):
        cli.build_parser()
