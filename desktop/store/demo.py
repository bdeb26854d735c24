"""The demo study a new user sees on first start, filled from resources/demo."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core import paths
from desktop.store.opening import create_study, open_study
from desktop.store.questions import add_questions
from desktop.store.study import Study

DEMO_NAME = "Demo study"


def demo_questions() -> list[tuple[str, str, str]]:
    path = paths.resource("demo", "questions.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [(row["text"], row.get("language", ""), row.get("note", "")) for row in rows]


def open_or_create_demo(path: Path | None = None) -> Study:
    """Open the demo study, making it (with its sample questions) if it is not there yet."""
    path = path or paths.demo_study_file()
    if path.exists():
        return open_study(path)
    study = create_study(path, DEMO_NAME)
    study.rename(DEMO_NAME, "Sample questions to try an interview, made on first start.")
    add_questions(study, demo_questions())
    add_demo_items(study)
    return study


DEMO_ANNOTATORS = (("A-DEMO1", "demo"), ("A-DEMO2", "demo"))


def add_demo_items(study: Study) -> None:
    """The demo dilemmas and valence items, and two demo annotators who both get every item
    (so the Review tab has something to compare once both have labelled)."""
    from desktop.core.formats import read_dilemmas, read_valence_items
    from desktop.store.annotators import add_annotator
    from desktop.store.assignments import assign_items
    from desktop.store.items import add_dilemmas, add_valence_items

    add_dilemmas(study, read_dilemmas(paths.resource("demo", "dilemmas.jsonl")), "demo")
    add_valence_items(study, read_valence_items(paths.resource("demo", "valence.jsonl")), "demo")
    people = [add_annotator(study, code, group) for code, group in DEMO_ANNOTATORS]
    assign_items(study, [person.id for person in people], len(people))
