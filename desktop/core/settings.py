"""The user's settings (recent studies, model choice and its load settings), kept as JSON.

Window geometry is the UI's business and is not kept here.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from desktop.core import paths

log = logging.getLogger(__name__)

MAX_RECENT = 8
# A model choice that names the embedded default model explicitly (its path depends on the
# install, so it is not stored).
BUNDLED_DEFAULT = "<default>"


def default_threads() -> int:
    """All cores but one, at most 8. llama.cpp's threads wait for each other at every step: if
    they take every core, anything else running (the window, another program) stalls them all.
    Seen on 2 cores under load: 2 threads gave 3-11 tokens/s, 1 thread 71-77 tokens/s."""
    return max(1, min(8, (os.cpu_count() or 2) - 1))


@dataclass
class Settings:
    recent_studies: list[str] = field(default_factory=list)
    model_path: str = ""  # the interview model; empty: the embedded default model
    # labelling suggestions, stories, same-value checks; empty: the interview model
    background_model_path: str = ""
    added_models: list[str] = field(default_factory=list)  # GGUF files added by hand
    n_threads: int = field(default_factory=default_threads)
    n_ctx: int = 4096
    n_gpu_layers: int = 0
    # the Try the model panel beside a study (closed by default: small laptop screens)
    try_panel_open: bool = False
    theme: str = "standard"  # or "high-contrast" (View > Theme)
    text_size: int = 100  # percent of the normal text size (View > Text size)
    language: str = ""  # the interface's language code (View > Language); empty: the system's
    sync_server: str = ""  # the lab server's URL for File > Sync, never with a password

    def remember_study(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_studies = [text] + [p for p in self.recent_studies if p != text]
        del self.recent_studies[MAX_RECENT:]

    def add_model(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        if text not in self.added_models:
            self.added_models.append(text)

    def forget_study(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_studies = [p for p in self.recent_studies if p != text]


def load_settings(path: Path | None = None) -> Settings:
    """Settings from disk; a missing file gives defaults, a broken one is set aside."""
    path = path or paths.settings_file()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as error:
        log.warning("settings file %s is unreadable (%s); using defaults", path, error)
        path.replace(path.with_suffix(".broken.json"))
        return Settings()
    known = {f.name for f in fields(Settings)}
    settings = Settings()
    for key, value in (raw.items() if isinstance(raw, dict) else []):
        if key in known and isinstance(value, type(getattr(settings, key))):
            setattr(settings, key, value)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically so a crash mid-write never leaves half a file."""
    path = path or paths.settings_file()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)
