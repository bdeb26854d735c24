"""From interviews to values: confirmed cards (scripted interviews through the real protocol
and store; a scripted model keeps it fast, the real one is tested in the interview tests),
suggested groups, the lead's reversible decisions, and the `values` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.people import Role
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import create_study
from desktop.store.interviews import interview_prompts, start_interview, stored_settings
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import add_question
from desktop.store.values import (
    cards_of,
    confirmed_cards,
    grouping,
    make_value,
    move_cards,
    suggestions,
    ungrouped_cards,
)
from tests.commands.test_cli import run
from tests.support.fakes import FakeChatModel

LISTEN = ValuesCard("Listening first", "I let my friend finish before I advise.",
                    ("MOMENTS when they pause to find words", "FEELINGS they have not named yet",
                     "QUESTIONS that let them reach their own answer"), "When advising a friend")
LISTEN_AGAIN = ValuesCard("Patient hearing", "I wait until they have said everything.",
                          ("QUESTIONS that let them reach their own answer",
                           "MOMENTS when they pause to find words",
                           "FEELINGS they have not named yet"), "When advising a friend")
SAFETY = ValuesCard("Keeping people safe", "I check the risks before anything else.",
                    ("RISKS to their health", "RULES that protect others",
                     "EXITS if things go wrong"), "When someone plans something risky")


@pytest.fixture(scope="module")
def study_with_cards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("values")
    path = folder / "values.mgstudy"
    model = FakeChatModel([SAFETY.to_json()])  # drafts a card; the participant edits it
    prompts = load_prompts()
    with create_study(path, "Values") as study:
        question = add_question(study, "My friend asks whether to quit her job. What should I say?")
        for card in (LISTEN, LISTEN_AGAIN, SAFETY):
            person = add_person(study, Role.PARTICIPANT)
            record_consent(study, person.id, "given", prompts.consent_version, prompts.sha256)
            interview = start_interview(study, person.id, question.id, prompts,
                                        InterviewSettings(follow_ups=1))
            runner = ScriptedInterview(study, model, interview_prompts(study, interview.id),
                                       stored_settings(study, interview.id))
            runner.run(interview.id, ["I would listen to her first.",
                                      "I noticed she needed time to speak.", card], confirm=True)
    return path


def test_similar_cards_are_suggested_and_grouping_is_reversible(study_with_cards: Path,
                                                                tmp_path: Path) -> None:
    import shutil

    from desktop.store import open_study

    copy = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, copy)
    with open_study(copy) as study:
        cards = {c.title: c for c in confirmed_cards(study)}
        assert set(cards) == {"Listening first", "Patient hearing", "Keeping people safe"}
        [group] = suggestions(study)
        listening = {cards["Listening first"].card_id, cards["Patient hearing"].card_id}
        assert set(group.card_ids) == listening
        value = make_value(study, group.card_ids, group.canonical_card_id, "lead")
        assert {c.card_id for c in cards_of(study, value.id)} == listening
        assert [c.title for c in ungrouped_cards(study)] == ["Keeping people safe"]
        split_off = cards["Patient hearing"].card_id
        move_cards(study, [split_off], None, "lead", "not the same after all")  # a split
        assert grouping(study)[split_off] is None
        move_cards(study, [split_off], value.id, "lead", "undo the split")
        assert {c.card_id for c in cards_of(study, value.id)} == listening
        # The cards themselves are untouched: each participant keeps their own words.
        assert {c.title for c in confirmed_cards(study)} == set(cards)


def test_values_command_accepts_suggestions(study_with_cards: Path, tmp_path: Path,
                                            isolated_home: Path) -> None:
    import shutil

    copy = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, copy)
    listed = json.loads(run("values", str(copy), home=isolated_home).stdout)
    assert len(listed["ungrouped_cards"]) == 3 and len(listed["suggestions"]) == 1
    accepted = json.loads(run("values", str(copy), "--accept", home=isolated_home).stdout)
    assert accepted["values_made"] == 2 and accepted["ungrouped_cards"] == []
    assert sorted(len(v["cards"]) for v in accepted["values"]) == [1, 2]
    bad = run("values", str(copy), "--threshold", "3", home=isolated_home)
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr
