"""Whether a GGUF model is small: a small model gets guided interview questions and card drafts
(built from the participant's phrases under a grammar) instead of free writing."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.interview.protocol import QuestionStyle
from desktop.llm.gguf import GgufError, GgufInfo, read_gguf_values

SMALL_PARAMETERS = 1.5e9  # SmolLM2-135M and -360M are small; 3B and up write well enough
SMALL_FILE_BYTES = 1.5e9  # when the header does not say how many parameters
SIZE_LABEL = "general.size_label"
_SIZE_PATTERN = re.compile(r"^(?:(\d+)x)?(\d+(?:\.\d+)?)([KMBT])$", re.IGNORECASE)
_SCALE = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def parameter_count(info: GgufInfo) -> float | None:
    """Parameters from the header ('general.size_label' like '135M' or '8x7B'), if it says."""
    return _parameters(info.metadata.get(SIZE_LABEL))


def _parameters(size_label: object) -> float | None:
    found = _SIZE_PATTERN.match(str(size_label or "").strip())
    if not found:
        return None
    experts = int(found.group(1) or 1)
    return experts * float(found.group(2)) * _SCALE[found.group(3).upper()]


def is_small(info: GgufInfo) -> bool:
    """Small: under 1.5 billion parameters, or (no count in the header) a file under 1.5 GB."""
    return _small(parameter_count(info), info.size_bytes)


def _small(parameters: float | None, size_bytes: int) -> bool:
    if parameters is not None:
        return parameters < SMALL_PARAMETERS
    return size_bytes < SMALL_FILE_BYTES


def default_question_style(path: Path | str) -> QuestionStyle:
    """'guided' for a small model (or one whose header cannot be read), else 'free'. Reads
    only the header's size label (the start of the app asks this)."""
    try:
        label = read_gguf_values(path, frozenset({SIZE_LABEL})).get(SIZE_LABEL)
        small = _small(_parameters(label), Path(path).stat().st_size)
    except (GgufError, OSError):
        return "guided"
    return "guided" if small else "free"
