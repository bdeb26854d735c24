"""The demo study: its sample questions, and the demo study file the app opens when there is
no recent study."""

from __future__ import annotations

from pathlib import Path

from desktop.store import Study
from desktop.store.demo import demo_questions, open_or_create_demo
from desktop.store.questions import add_questions


def add_demo_questions(study: Study) -> None:
    """Append the demo's sample questions to the study's list."""
    add_questions(study, demo_questions())


def open_or_create(path: Path | None = None) -> Study:
    """Open the demo study, making it (with its sample questions) if it is not there yet."""
    return open_or_create_demo(path)
