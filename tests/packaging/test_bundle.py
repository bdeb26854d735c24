"""The installer is code: build the one-folder bundle from build.spec and run its self-test
with no network. Takes about a minute; deselect with `-m "not bundle"` while iterating."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.__about__ import DEFAULT_MODEL_FILE, FALLBACK_FONTS, SLUG

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), "build.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return out / "dist" / SLUG


def offline(command: list[str]) -> list[str]:
    """The command in a network namespace of its own (no network at all). Where this machine
    cannot make one, the test fails rather than quietly running with the network on, unless
    MGS_BUNDLE_TEST_ALLOW_NETWORK=1 says that is wanted."""
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True, text=True) \
        if shutil.which("unshare") else None
    if probe is not None and probe.returncode == 0:
        return ["unshare", "--net", *command]
    if os.environ.get("MGS_BUNDLE_TEST_ALLOW_NETWORK") == "1":
        return command
    why = probe.stderr.strip() if probe is not None else "unshare is not installed"
    pytest.fail(f"cannot switch the network off for the bundle's self-test ({why}); set "
                "MGS_BUNDLE_TEST_ALLOW_NETWORK=1 to run it with the network on")


@pytest.mark.bundle
def test_the_bundle_passes_its_self_test_offline(bundle: Path, tmp_path: Path) -> None:
    executable = bundle / SLUG
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MGS_HOME": str(tmp_path)}
    result = subprocess.run(offline([str(executable), "--self-test", "--screenshot",
                                     str(tmp_path / "shot.png")]),
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["ok"] and (tmp_path / "shot.png").stat().st_size > 10_000
    assert "draw every script" in [step["step"] for step in report["steps"]]


@pytest.mark.bundle
def test_the_bundle_carries_the_model_and_no_other_qt(bundle: Path) -> None:
    internal = bundle / "_internal"
    model = internal / "models" / DEFAULT_MODEL_FILE
    assert model.stat().st_size == 98_362_432
    assert (internal / "resources" / "demo" / "questions.jsonl").is_file()
    assert list((internal / "llama_cpp" / "lib").glob("libllama*"))
    for unwanted in ("PyQt5", "PyQt6", "PySide2", "llm", "openai", "pydantic"):
        assert not (internal / unwanted).exists(), unwanted


@pytest.mark.bundle
def test_the_bundle_ships_compiled_translations(bundle: Path) -> None:
    """Every .ts compiled to .qm in the bundle, and Qt's own words for each language."""
    shipped = bundle / "_internal" / "resources" / "translations"
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert sources and all((shipped / f"{ts.stem}.qm").stat().st_size > 0 for ts in sources)
    qt_own = {path.name for path in (bundle / "_internal").rglob("qtbase_*.qm")}
    assert {"qtbase_es.qm", "qtbase_ar.qm"} <= qt_own


@pytest.mark.bundle
@pytest.mark.parametrize("language", ["es", "ar"])
def test_the_bundled_app_finds_its_translations(bundle: Path, tmp_path: Path,
                                                language: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MGS_HOME": str(tmp_path)}
    result = subprocess.run(offline([str(bundle / SLUG), "--self-test", "--language", language]),
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    step = next(s for s in json.loads(result.stdout)["steps"]
                if s["step"] == "load the interface language")
    assert step["ok"] and {"shell", "study", "widgets", "qtbase"} <= set(
        step["detail"].split(": ", 1)[1].split(", "))
    assert not (tmp_path / "cache" / "translations").exists()  # shipped, not compiled


@pytest.mark.bundle
def test_the_bundle_carries_the_fonts_and_their_licences(bundle: Path) -> None:
    fonts = bundle / "_internal" / "fonts"
    for _package, name in FALLBACK_FONTS:
        assert (fonts / name).stat().st_size > 100_000, name
    licences = sorted(path.parent.name for path in (fonts / "licences").glob("*/LICENSE"))
    assert licences == ["manimgx-fonts", "pylopdf-fonts-zh-cn"]
    assert all("Open Font License" in path.read_text(encoding="utf-8")
               for path in (fonts / "licences").glob("*/LICENSE"))


@pytest.mark.bundle
def test_the_bundled_command_line_works(bundle: Path, tmp_path: Path) -> None:
    env = {**os.environ, "MGS_HOME": str(tmp_path)}
    study = tmp_path / "s.mgstudy"
    created = subprocess.run([str(bundle / SLUG), "study", "new", str(study), "--demo"],
                             capture_output=True, text=True, env=env, timeout=120)
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["tables"]["questions"] == 5
