"""The sample moral graph as a study file: 15 values, 182 votes in two contexts, 3 stories."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.clock import now_iso
from desktop.core.formats import read_mge_cards, read_mge_votes
from desktop.store import Study, create_study
from desktop.store.graph import import_mge_cards, import_mge_votes, list_values

HERE = Path(__file__).parent


def make_sample_study(path: Path) -> Study:
    """A new study holding the sample graph, imported the way a study lead would (MGE files)."""
    study = create_study(path, "Sample moral graph")
    import_mge_cards(study, read_mge_cards(HERE / "values.json"))
    import_mge_votes(study, read_mge_votes(HERE / "votes.json"))
    add_sample_stories(study)
    return study


def add_sample_stories(study: Study) -> None:
    # No store function writes stories yet (the stories capability will): plain rows here.
    ids = {value.mge_id: value.id for value in list_values(study)}
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    rows = [{**study.row_defaults(), "context": story["context"],
             "from_value_id": ids[story["from"]], "to_value_id": ids[story["to"]],
             "text": story["text"], "status": "approved", "model_file": "",
             "updated_at": now_iso()} for story in stories]
    with study.transaction() as db:
        db.table("upgrade_stories").insert_all(rows)
