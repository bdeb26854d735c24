"""Whether a GGUF model is small: a small model gets guided interview questions and card drafts
(built from the participant's phrases under a grammar) instead of free writing."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.interview.protocol import QuestionStyle
from desktop.llm.gguf import GgufError, GgufInfo, read_gguf

SMALL_PARAMETERS = 1.5e9  # SmolLM2-135M and -360M are small; 3B and up write well enough
SMALL_FILE_BYTES = 1.5e9  # when the header does not say how many parameters
_SIZE_LABEL = re.compile(r"^(?:(\d+)x)?(\d+(?:\.\d+)?)([KMBT])$", re.IGNORECASE)
_SCALE = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}


def parameter_count(info: GgufInfo) -> float | None:
    """Parameters from the header ('general.size_label' like '135M' or '8x7B'), if it says."""
    label = str(info.metadata.get("general.size_label", "")).strip()
    found = _SIZE_LABEL.match(label)
    if not found:
        return None
    experts = int(found.group(1) or 1)
    return experts * float(found.group(2)) * _SCALE[found.group(3).upper()]


def is_small(info: GgufInfo) -> bool:
    """Small: under 1.5 billion parameters, or (no count in the header) a file under 1.5 GB."""
    parameters = parameter_count(info)
    if parameters is not None:
        return parameters < SMALL_PARAMETERS
    return info.size_bytes < SMALL_FILE_BYTES


def default_question_style(path: Path | str) -> QuestionStyle:
    """'guided' for a small model (or one whose header cannot be read), else 'free'."""
    try:
        return "guided" if is_small(read_gguf(path)) else "free"
    except (GgufError, OSError):
        return "guided"
