"""The sample moral graph as a study file: 15 values, 182 votes in two contexts, 3 stories."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.formats import read_mge_cards, read_mge_votes
from desktop.store import Study, create_study
from desktop.store.graph import (
    add_story,
    import_mge_cards,
    import_mge_votes,
    list_values,
    review_story,
)

HERE = Path(__file__).parent


def make_sample_study(path: Path) -> Study:
    """A new study holding the sample graph, imported the way a study lead would (MGE files)."""
    study = create_study(path, "Sample moral graph")
    import_mge_cards(study, read_mge_cards(HERE / "values.json"))
    import_mge_votes(study, read_mge_votes(HERE / "votes.json"))
    add_sample_stories(study)
    return study


def add_sample_stories(study: Study) -> None:
    """The sample's stories, approved by the study lead (written by a person: no model)."""
    ids = {value.mge_id: value.id for value in list_values(study)}
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    for story in stories:
        added = add_story(study, story["context"], ids[story["from"]], ids[story["to"]],
                          story["text"])
        review_story(study, added.id, status="approved")
