"""Why a model could not be loaded, in words for the person who chose it."""

from __future__ import annotations

from pathlib import Path


class ModelLoadError(Exception):
    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path else None
        self.problem = problem
        super().__init__(problem)
