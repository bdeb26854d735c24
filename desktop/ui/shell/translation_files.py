"""The interface's translation files: the .ts sources under resources/translations and their
compiled .qm, made with the lrelease that PySide6 ships. Qt-free, so that build.spec can use it."""

from __future__ import annotations

import importlib.util
import logging
import shutil
import sys
from pathlib import Path

log = logging.getLogger(__name__)

LRELEASE_TIMEOUT_S = 60


class TranslationFileError(Exception):
    """A .ts file could not be compiled (no lrelease, or the file is broken)."""


def sources(folder: Path, language: str) -> list[Path]:
    """The .ts files of one language, one per area (`<area>_<language>.ts`), by name."""
    return sorted(folder.glob(f"*_{language}.ts")) if folder.is_dir() else []


def lrelease() -> Path | None:
    """The lrelease binary inside the installed PySide6 package (or a pyside6-lrelease on
    PATH); None when neither is there, as in the bundle, which ships compiled files."""
    spec = importlib.util.find_spec("PySide6")  # locate only: importing it is not needed
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).is_file():
                return Path(folder) / name
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def is_stale(source: Path, compiled: Path) -> bool:
    """True when the .qm is missing or older than its .ts."""
    try:
        return compiled.stat().st_mtime < source.stat().st_mtime
    except FileNotFoundError:
        return True


def compile_ts(source: Path, compiled: Path, tool: Path | None) -> Path:
    """Compile one .ts into `compiled` with lrelease `tool`; raises TranslationFileError
    saying why it could not."""
    import subprocess  # only when a .ts changed since its .qm: not at an ordinary start

    if tool is None:
        raise TranslationFileError("lrelease was not found (it comes with PySide6)")
    compiled.parent.mkdir(parents=True, exist_ok=True)
    partial = compiled.with_suffix(".qm.part")
    try:
        result = subprocess.run([str(tool), "-silent", str(source), "-qm", str(partial)],
                                capture_output=True, text=True, timeout=LRELEASE_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise TranslationFileError(f"lrelease could not run: {error}") from error
    if result.returncode != 0 or not partial.is_file() or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        said = (result.stderr or result.stdout).strip().splitlines()
        raise TranslationFileError(f"{source.name} could not be compiled: "
                                   f"{said[-1] if said else f'exit code {result.returncode}'}")
    partial.replace(compiled)  # never half a file where the app looks
    return compiled


def compile_all(folder: Path, target: Path) -> list[Path]:
    """Every .ts under `folder` compiled into `target` (the bundle build); raises on the first
    file that fails, so that a broken translation never ships silently."""
    tool = lrelease()
    made = []
    for source in sorted(folder.glob("*.ts")):
        made.append(compile_ts(source, target / f"{source.stem}.qm", tool))
    return made


if __name__ == "__main__":  # python desktop/ui/shell/translation_files.py TS_FOLDER QM_FOLDER
    for path in compile_all(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
