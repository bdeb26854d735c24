"""A field study copied to two laptops, each used for a day in every area (interviews,
labelling, voting): the starting point of the merge and sync tests."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.core import paths
from desktop.core.device import Device
from desktop.core.formats import MgeCard, read_valence_items
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.labelling import valence_answer
from desktop.core.people import Role
from desktop.store import create_study, open_study
from desktop.store.annotators import add_annotator, set_annotator_group
from desktop.store.assignments import assign_items
from desktop.store.graph import add_vote, import_mge_cards, list_values
from desktop.store.interview_setup import save_interview_settings
from desktop.store.interviews import add_answer, start_interview
from desktop.store.items import add_valence_items
from desktop.store.labelling_settings import set_labelling_setting
from desktop.store.labels import add_label
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import add_question
from desktop.store.server import parse_server_url, sync_study

LAPTOPS = (Device("laptop-a", "A"), Device("laptop-b", "B"))


def laptop_of(path: Path) -> Device:
    """Laptop b's device for a study file whose name ends in b, else laptop a's."""
    return LAPTOPS[1] if path.stem.endswith("b") else LAPTOPS[0]


def synced(path: Path, url: str, init: bool = False, **options: object) -> dict[str, Any]:
    """Sync the study file at `path` (as its laptop) with the server at `url`: the report."""
    with open_study(path, device=laptop_of(path)) as study:
        return sync_study(study, parse_server_url(url), init=init, **options).as_dict()


def field_day(path: Path, device: Device, tag: str) -> None:
    """What one laptop does with its copy in a day of field work."""
    prompts = load_prompts()
    with open_study(path, device=device) as study:
        save_interview_settings(study, InterviewSettings(follow_ups=3))
        set_labelling_setting(study, "overlap", 2)
        annotators = [row["id"] for row in study.query(
            "SELECT id FROM people WHERE role = 'annotator' ORDER BY code")]
        assign_items(study, annotators, overlap=2)  # the same plan on both laptops
        set_annotator_group(study, annotators[0], f"group from {tag}")
        item = study.query("SELECT item_id FROM assignments ORDER BY position LIMIT 1")[0]
        add_label(study, item["item_id"], annotators[0], valence_answer(True, "supports"))
        participant = add_person(study, Role.PARTICIPANT)
        record_consent(study, participant.id, "given", prompts.consent_version,
                       prompts.sha256)
        question = study.query("SELECT id FROM questions LIMIT 1")[0]["id"]
        interview = start_interview(study, participant.id, question, prompts,
                                    InterviewSettings(follow_ups=3))
        add_answer(study, interview.id, f"My answer on laptop {tag}")
        a, b = (v.id for v in list_values(study))
        add_vote(study, participant.id, "When advising", a, b, "upgrade")


def field_study(path: Path) -> None:
    """The study as the lead hands it out: a question, the demo valence items, two annotators
    and two values."""
    with create_study(path, "Field study", device=LAPTOPS[0]) as study:
        add_question(study, "What should I do?")
        add_valence_items(study, read_valence_items(paths.resource("demo", "valence.jsonl")))
        for code in ("ann-1", "ann-2"):
            add_annotator(study, code)
        import_mge_cards(study, [MgeCard("1", "Care", "I care.", ("MOMENTS x",)),
                                 MgeCard("2", "Respect", "I respect.", ("CHOICES y",))])


@pytest.fixture
def laptops(tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of the field study, each after a field day on its own laptop."""
    base = tmp_path / "base.mgstudy"
    field_study(base)
    copies = (tmp_path / "laptop-a.mgstudy", tmp_path / "laptop-b.mgstudy")
    for device, copy in zip(LAPTOPS, copies, strict=True):
        shutil.copyfile(base, copy)
        field_day(copy, device, device.name)
    return copies
