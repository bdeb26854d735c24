"""`sync` and `--server` on the command line: JSON out, refusals in one sentence (exit 2),
the server as the source of `rank`, and a plain install hint without psycopg."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store import create_study, open_study
from desktop.store.merge import merge_study
from tests.support.field_day import LAPTOPS


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_sync_init_then_nothing_left(laptops: tuple[Path, Path], server_url: str,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = laptops
    code, out, err = cli(capsys, "sync", str(a), "--server", server_url, "--init")
    assert code == 0, err
    first = json.loads(out)
    assert first["created"] and first["rows_up"] > 0 and "rows sent" in err
    code, out, _ = cli(capsys, "sync", str(a), "--server", server_url, "--text", "--quiet")
    assert code == 0 and out.startswith("Synced with postgresql://") and "0 rows sent" in out


def test_refusals_are_one_plain_sentence(laptops: tuple[Path, Path], tmp_path: Path,
                                         server_url: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "sync", str(laptops[0]), "--server", server_url, "--init")[0] == 0
    other = tmp_path / "other.mgstudy"
    create_study(other, "Pilot B").close()
    code, _, err = cli(capsys, "sync", str(other), "--server", server_url, "--quiet")
    assert code == 2 and "holds another study" in err and "'Pilot B'" in err
    assert server_url in err and len(err.strip().splitlines()) == 1
    with_password = server_url.replace("postgres:@", "postgres:secret@")
    code, _, err = cli(capsys, "sync", str(other), "--server", with_password)
    assert code == 2 and "PGPASSWORD" in err and "secret" not in err


def test_without_psycopg_the_install_command_is_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    study = tmp_path / "s.mgstudy"
    create_study(study, "S").close()
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    code, _, err = cli(capsys, "sync", str(study), "--server", "postgresql://lab/studies")
    assert code == 2 and "pip install 'moral-graph-studio[server]'" in err
    code, _, err = cli(capsys, "rank", "--server", "postgresql://lab/studies")
    assert code == 2 and "pip install 'moral-graph-studio[server]'" in err


def test_rank_from_the_server_is_the_ranking_of_the_merged_file(
        laptops: tuple[Path, Path], tmp_path: Path, server_url: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    a, b = laptops
    merged = tmp_path / "merged.mgstudy"
    shutil.copyfile(a, merged)
    with open_study(merged, device=LAPTOPS[0]) as study:
        merge_study(study, b)
    for path in (a, b):
        assert cli(capsys, "sync", str(path), "--server", server_url, "--init", "--quiet")[0] == 0
    code, from_server, err = cli(capsys, "rank", "--server", server_url, "--bootstrap", "20")
    assert code == 0, err
    _, from_file, _ = cli(capsys, "rank", str(merged), "--bootstrap", "20")
    assert json.loads(from_server) == json.loads(from_file)
    assert len(json.loads(from_server)["values"]) == 2
    code, _, err = cli(capsys, "rank", str(merged), "--server", server_url)
    assert code == 2 and "not both" in err
