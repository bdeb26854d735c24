"""Export of interviews: one JSON object per interview, a CSV of confirmed cards; withdrawn
participants are left out; text survives exactly (quotes, newlines, emoji, right-to-left)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.interview.turns import ModelRun
from desktop.core.people import Role
from desktop.services.interview_export import CSV_COLUMNS, run_export
from desktop.store import Study
from desktop.store.cards import add_card_version, confirm_card, submit_survey
from desktop.store.interview_voting import add_interview_vote, next_pair
from desktop.store.interviews import add_answer, add_reply, start_interview
from desktop.store.participants import (
    add_demographic_field,
    record_consent,
    save_demographic_answers,
    withdrawn_participants,
)
from desktop.store.people import add_person
from desktop.store.questions import add_question
from tests.support.voting import approve_stories, make_values

PROMPTS = load_prompts()
TEXT = 'He said "no",\nthen: שלום 🙂'
CARD = ValuesCard("Kind truth", "I care about " + TEXT, ("MOMENTS when " + TEXT,
                                                          "CHOICES that, with commas, help"),
                  "When asked")


@pytest.fixture
def study_with_a_story(study: Study) -> Study:
    """The shared study with two values and an approved story between them."""
    approve_stories(study, make_values(study, 2), [(0, 1, "When asked")])
    return study


pytestmark = pytest.mark.usefixtures("study_with_a_story")  # every test here starts from it


def interview(study: Study, confirm: bool) -> str:
    person = add_person(study, Role.PARTICIPANT)
    record_consent(study, person.id, "given", PROMPTS.consent_version, PROMPTS.sha256)
    field = add_demographic_field(study, f"Age {person.code}", "number")
    save_demographic_answers(study, person.id, {field.id: "30"})
    question = add_question(study, TEXT + person.code)
    interview_id = start_interview(study, person.id, question.id, PROMPTS,
                                   InterviewSettings(follow_ups=1, votes_after_card=1),
                                   ("m.gguf", "c" * 64)).id
    add_answer(study, interview_id, TEXT)
    add_reply(study, interview_id, "Why?", ModelRun("m.gguf", "c" * 64, {"seed": 1}, 2,
                                                    ({"text": "", "problem": "empty"},)))
    add_answer(study, interview_id, "x" * 20_000)
    card = add_card_version(study, interview_id, CARD, "edit")
    if confirm:
        confirm_card(study, interview_id, card.id)
        pair = next_pair(study, interview_id)
        assert pair is not None
        add_interview_vote(study, interview_id, pair, "upgrade", TEXT)
        submit_survey(study, interview_id, PROMPTS.survey, {"clarified": "5"})
    return interview_id


def test_interviews_and_cards_are_exported(study: Study, tmp_path: Path) -> None:
    done, open_one = interview(study, True), interview(study, False)
    written = run_export(study, "", tmp_path)
    assert [p.name for p in written] == ["interviews.jsonl", "cards.csv"]
    records = [json.loads(line) for line in
               (tmp_path / "interviews.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["interview_id"] for r in records] == [done, open_one]
    first = records[0]
    assert first["messages"][1]["text"] == TEXT and len(first["messages"][3]["text"]) == 20_000
    assert first["messages"][2]["rejected"] == [{"text": "", "problem": "empty"}]
    assert first["messages"][2]["sampling"] == {"seed": 1}
    one_line = "MOMENTS when " + " ".join(TEXT.split())  # card fields are single lines
    assert first["card"]["policies"][0] == one_line
    assert first["card"]["confirmed_at"] and first["survey"] == {"clarified": "5"}
    [vote] = first["votes"]
    assert vote["relationship"] == "upgrade" and vote["comment"] == TEXT
    assert records[1]["votes"] == []
    assert first["audit"]["model_sha256"] == "c" * 64
    assert first["audit"]["prompt_sha256"] == PROMPTS.sha256
    assert first["audit"]["consent_version"] == PROMPTS.consent_version
    assert list(first["demographics"].values()) == ["30"]
    assert records[1]["card"] is None and records[1]["stage"] == "card"
    with (tmp_path / "cards.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["policy_1"] == one_line and rows[0]["policy_3"] == ""


def test_withdrawn_participants_are_left_out(study: Study, tmp_path: Path) -> None:
    kept, gone = interview(study, True), interview(study, True)
    participant = study.query("SELECT participant_id FROM interviews WHERE id = ?",
                              (gone,))[0]["participant_id"]
    record_consent(study, participant, "withdrawn", PROMPTS.consent_version, "")
    assert withdrawn_participants(study) == {participant}
    run_export(study, "jsonl", tmp_path)
    lines = (tmp_path / "interviews.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["interview_id"] for line in lines] == [kept]
    assert not (tmp_path / "cards.csv").exists()


def test_an_unknown_format_is_refused(study: Study, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="jsonl or csv"):
        run_export(study, "graphml", tmp_path)
