"""Shared helpers of the labelling tests: a study with the demo items, annotators, files."""

from __future__ import annotations

from pathlib import Path

from desktop.core import paths
from desktop.core.people import Person
from desktop.services.importing import import_file
from desktop.store import Study, create_study
from desktop.store.annotators import add_annotator

DEMO_DILEMMAS = paths.resource("demo", "dilemmas.jsonl")
DEMO_VALENCE = paths.resource("demo", "valence.jsonl")

# DailyDilemmas' "by action" layout, two rows per dilemma, list cells as Python literals.
BY_ACTION_CSV = (
    "idx,dilemma_situation,action_type,action,parties_direct,parties_indirect,values_direct,"
    "values_indirect,values_names,topic_group\n"
    '7,"You found a wallet. Should you return it?",to_do,Return the wallet,'
    "\"['You', 'The owner']\",\"['Police', nan]\",\"['Honesty']\",\"['Kindness']\","
    "\"['honesty', 'kindness']\",everyday\n"
    '7,"You found a wallet. Should you return it?",not_to_do,Keep the wallet,'
    "\"['You']\",\"[nan]\",\"['Self-interest']\",\"[]\",\"['self-interest']\",everyday\n"
    '9,"A friend asks you to lie for them. Should you lie?",to_do,Lie for the friend,'
    "\"['You', 'The friend']\",\"[]\",\"['Loyalty']\",\"[]\",\"['loyalty']\",friends\n"
    '9,"A friend asks you to lie for them. Should you lie?",not_to_do,Refuse to lie,'
    "\"['You']\",\"[]\",\"['Honesty']\",\"[]\",\"['honesty', 'integrity']\",friends\n"
)
PARTY_VALUE_CSV = (
    "dilemma_idx,action_type,party,value,dilemma_situation\n"
    '3,to_do,You,honesty,"Your boss made a mistake. Should you point it out?"\n'
    '3,to_do,Your boss,respect,"Your boss made a mistake. Should you point it out?"\n'
    '3,not_to_do,You,harmony,"Your boss made a mistake. Should you point it out?"\n'
)
VALUEPRISM_CSV = (
    "situation,vrd,text,explanation,valence\n"
    "Lying to protect a friend,Value,Honesty,Lying betrays the truth.,Opposes\n"
    "Lying to protect a friend,Value,Loyalty,It shields the friend.,Supports\n"
    "Lying to protect a friend,Right,Right to truthful information,Others are misled.,Opposes\n"
    "Lying to protect a friend,Duty,Duty to protect friends,It protects them.,Either\n"
)


def new_study(tmp_path: Path, name: str = "labelling.mgstudy") -> Study:
    return create_study(tmp_path / name, "Labelling test")


def demo_items(study: Study) -> None:
    import_file(study, DEMO_DILEMMAS, "dilemmas")
    import_file(study, DEMO_VALENCE, "valence")


def annotators(study: Study, *codes: str) -> list[Person]:
    return [add_annotator(study, code) for code in codes]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path
