"""A participant who withdraws consent vanishes from every analysis, display and export: their
cards, the values worded only from them, their votes, their group and their labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.labelling import ValenceAnswer
from desktop.core.people import Role
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import open_study
from desktop.store.graph import add_vote, list_values, load_votes, participant_groups
from desktop.store.interviews import interview_prompts, start_interview, stored_settings
from desktop.store.labels import add_label, current_labels
from desktop.store.participants import (
    add_demographic_field,
    record_consent,
    save_demographic_answers,
)
from desktop.store.people import add_person
from desktop.store.questions import add_question
from desktop.store.values import confirmed_cards, make_value
from tests.support.cli import run
from tests.support.fakes import FakeChatModel
from tests.support.labelling import demo_items

SECRET = ValuesCard("Quiet garden mornings", "I tend the garden before anyone wakes.",
                    ("MOMENTS when the soil is still cold", "CHOICES that leave room to rest",
                     "FEELINGS of unhurried attention"), "When a friend is worn out")
OTHERS = [ValuesCard(f"Shared value {n}", f"I keep promise number {n}.",
                     (f"MOMENTS when promise {n} matters", f"CHOICES that keep promise {n}",
                      f"WAYS to honour promise {n}"), "When a friend is worn out")
          for n in (1, 2)]
FIELD = "Region"


def _interview(study, question_id: str, card: ValuesCard) -> str:  # type: ignore[no-untyped-def]
    prompts = load_prompts()
    person = add_person(study, Role.PARTICIPANT)
    record_consent(study, person.id, "given", prompts.consent_version, prompts.sha256)
    interview = start_interview(study, person.id, question_id, prompts,
                                InterviewSettings(follow_ups=1))
    ScriptedInterview(study, FakeChatModel([card.to_json()]),
                      interview_prompts(study, interview.id),
                      stored_settings(study, interview.id)).run(
        interview.id, ["I would listen first.", "She needed quiet.", card], confirm=True)
    return person.id


@pytest.fixture
def study_path_with_people(study_path: Path) -> Path:
    """Three participants with a value each; the one who will withdraw votes, answers a
    demographic question with a group nobody else is in, and labels a valence item."""
    with open_study(study_path) as study:
        question = add_question(study, "My friend is exhausted. What should I tell her?")
        leaving = _interview(study, question.id, SECRET)
        staying = [_interview(study, question.id, card) for card in OTHERS]
        values = {card.title: make_value(study, [card.card_id], card.card_id, "lead").id
                  for card in confirmed_cards(study)}
        field = add_demographic_field(study, FIELD, "text")
        save_demographic_answers(study, leaving, {field.id: "Atlantis"})
        save_demographic_answers(study, staying[0], {field.id: "North"})
        context = OTHERS[0].context
        one, two = values["Shared value 1"], values["Shared value 2"]
        for person in (leaving, *staying):
            add_vote(study, person, context, one, two, "upgrade")
        add_vote(study, leaving, context, values[SECRET.title], one, "upgrade")
        demo_items(study)
        item = study.query("SELECT id FROM items WHERE kind = 'valence' LIMIT 1")[0]["id"]
        add_label(study, item, leaving, ValenceAnswer(True, "supports", ""))
        add_label(study, item, staying[0], ValenceAnswer(True, "opposes", ""))
    return study_path


pytestmark = pytest.mark.usefixtures("study_path_with_people")  # every test here starts from it


def _everything(path: Path, home: Path, out: Path) -> str:
    """Every export and report the study gives, as one text."""
    texts = []
    for args in (("rank", str(path), "--json"), ("agreement", str(path), "--json"),
                 ("values", str(path))):
        result = run(*args, home=home)
        assert result.returncode == 0, result.stderr
        texts.append(result.stdout)
    for what, fmt in (("graph", "mge-json"), ("graph", "graphml"), ("graph", "json"),
                      ("labels", "jsonl"), ("labels", "csv"), ("interviews", None)):
        folder = out / f"{what}-{fmt}"
        extra = ("--format", fmt) if fmt else ()
        result = run("export", str(path), "--what", what, *extra, "--out", str(folder),
                     home=home)
        assert result.returncode == 0, result.stderr
        texts += [f.read_text(encoding="utf-8") for f in sorted(folder.iterdir())]
    return "\n".join(texts)


def test_a_withdrawn_participant_vanishes_from_every_export_and_command(
        study_path: Path, tmp_path: Path, isolated_home: Path) -> None:
    with open_study(study_path) as study:
        leaving = study.query("SELECT participant_id FROM demographic_answers "
                              "WHERE value = 'Atlantis'")[0]["participant_id"]
    before = _everything(study_path, isolated_home, tmp_path / "before")
    for trace in (SECRET.title, "Atlantis", leaving):
        assert trace in before, f"{trace} should be there before the withdrawal"
    prompts = load_prompts()
    with open_study(study_path) as study:
        record_consent(study, leaving, "withdrawn", prompts.consent_version, prompts.sha256)
        assert leaving not in {v.participant_id for v in load_votes(study)}
        assert SECRET.title not in {v.title for v in list_values(study)}
        assert SECRET.title not in {c.title for c in confirmed_cards(study)}
        assert "Atlantis" not in participant_groups(study)[FIELD].values()
        assert leaving not in {label.annotator_id for label in current_labels(study)}
    after = _everything(study_path, isolated_home, tmp_path / "after")
    for trace in (SECRET.title, "Atlantis", leaving, "garden"):
        assert trace not in after, f"{trace} is still in an export after the withdrawal"
    assert "Shared value 1" in after and "Shared value 2" in after


def test_consenting_again_brings_the_participant_back(study_path: Path) -> None:
    prompts = load_prompts()
    with open_study(study_path) as study:
        cards = len(confirmed_cards(study))
        leaving = confirmed_cards(study)[0].participant_id
        record_consent(study, leaving, "withdrawn", prompts.consent_version, prompts.sha256)
        assert len(confirmed_cards(study)) == cards - 1
        record_consent(study, leaving, "given", prompts.consent_version, prompts.sha256)
        assert len(confirmed_cards(study)) == cards
        assert json.dumps([v.title for v in list_values(study)]).count("garden") == 1
