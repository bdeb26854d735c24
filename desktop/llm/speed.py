"""A model's speed on this machine: tokens per second on one fixed short prompt.

Results are kept in the app's data folder (one per machine), keyed by the file's SHA-256, so a
renamed or moved copy keeps its figure and a different file with the same name does not.
"""

from __future__ import annotations

import json
import threading
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.core import paths
from desktop.core.clock import now_iso
from desktop.llm.protocol import ChatMessage, ChatModel, LoadSettings, SamplingSettings

SPEED_PROMPT = "Write four sentences about what makes a good friend."
SPEED_SAMPLING = SamplingSettings(max_tokens=48, temperature=0.0, seed=7)


class SpeedTestError(RuntimeError):
    """The test ran but measured nothing usable (the model stopped at once)."""


@dataclass(frozen=True)
class SpeedResult:
    sha256: str
    file_name: str
    tokens_per_second: float
    tokens: int
    seconds: float
    n_threads: int
    n_ctx: int
    measured_at: str


def measure_speed(model: ChatModel, settings: LoadSettings,
                  cancel: threading.Event | None = None) -> SpeedResult:
    """Generate up to 48 tokens for the fixed prompt; the rate excludes the prompt's time."""
    generation = model.generate([ChatMessage("user", SPEED_PROMPT)], SPEED_SAMPLING,
                                cancel or threading.Event())
    rate = generation.tokens_per_second
    if rate is None:
        raise SpeedTestError(f"{model.identity.file_name} stopped after "
                             f"{generation.completion_tokens} tokens: too few to time.")
    return SpeedResult(sha256=model.identity.sha256, file_name=model.identity.file_name,
                       tokens_per_second=round(rate, 1), tokens=generation.completion_tokens,
                       seconds=round(generation.seconds_total, 2), n_threads=settings.n_threads,
                       n_ctx=settings.n_ctx, measured_at=now_iso())


def speeds_file() -> Path:
    return paths.data_dir() / "model-speeds.json"


def load_speeds() -> dict[str, SpeedResult]:
    """Every stored result by SHA-256; an unreadable file counts as none (it can be redone)."""
    try:
        raw = json.loads(speeds_file().read_text(encoding="utf-8"))
        return {sha: SpeedResult(**fields) for sha, fields in raw.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}


def save_speed(result: SpeedResult) -> None:
    speeds = load_speeds()
    speeds[result.sha256] = result
    target = speeds_file()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps({sha: asdict(r) for sha, r in speeds.items()}, indent=2),
                   encoding="utf-8")
    tmp.replace(target)
