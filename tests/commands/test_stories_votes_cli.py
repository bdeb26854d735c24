"""Upgrade stories and wiser-than votes on the command line, on real study files: drafting
with the real default model, the lead's review, and votes filtered as `rank` filters them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.core.graph.stories import judge_story
from desktop.store import Study, open_study
from desktop.store.graph import add_story, list_stories, list_values, vote_candidates
from desktop.store.participants import (
    add_demographic_field,
    record_consent,
    save_demographic_answers,
)
from desktop.store.people import find_person
from desktop.store.values import accept_suggestions
from tests.support.cli import ok, refused, run
from tests.support.mge import CARDS, VOTES
from tests.support.values import study_with_cards  # noqa: F401 (a fixture)

STORY = ("I used to tell my friend what to do the moment she called. One night she hung up "
         "on me. I realised she needed me to listen, and that listening was what I had "
         "cared about all along.")


@pytest.fixture
def valued(study_with_cards: Path, tmp_path: Path) -> Path:  # noqa: F811
    """A copy of the cards study with its two values (listening, safety) and no story yet."""
    path = tmp_path / "stories.mgstudy"
    shutil.copyfile(study_with_cards, path)
    with open_study(path) as study:
        accept_suggestions(study)
    return path


@pytest.mark.slow  # about 10 s on an idle 2-core machine; a minute or two when it is shared
def test_stories_are_drafted_both_ways_with_the_default_model(valued: Path,
                                                              isolated_home: Path) -> None:
    drafted = ok("stories", str(valued), "draft", "--limit", "0", "--threads", "2",
                 home=isolated_home)
    assert len(drafted) == 2 and {d["status"] for d in drafted} == {"draft"}
    assert {(d["from_value_id"], d["to_value_id"]) for d in drafted} == {
        (drafted[0]["from_value_id"], drafted[0]["to_value_id"]),
        (drafted[0]["to_value_id"], drafted[0]["from_value_id"])}
    for story in drafted:
        assert story["model_file"] == "SmolLM2-135M-Instruct.Q4_1.gguf"
        assert len(story["model_sha256"]) == 64
        assert story["text"] == "" or judge_story(story["text"], "stop") is None
    assert ok("stories", str(valued), "draft", home=isolated_home) == []  # nothing left
    with open_study(valued) as study:
        assert len(list_stories(study)) == 2 and vote_candidates(study) == []


def test_the_lead_edits_approves_and_drops_stories(valued: Path, isolated_home: Path) -> None:
    with open_study(valued) as study:
        first, second = (add_story(study, "ctx", a, b, "") for a, b in _value_pairs(study))
    blank = refused("stories", str(valued), "approve", first.id, home=isolated_home)
    assert f"{valued}: a story needs words" in blank.stderr
    edited = ok("stories", str(valued), "edit", first.id, STORY, home=isolated_home)
    assert [(s["text"], s["status"], s["edited"]) for s in edited] == [(STORY, "draft", True)]
    approved = ok("stories", str(valued), "approve", first.id, home=isolated_home)[0]
    assert approved["status"] == "approved" and approved["from_title"]
    ok("stories", str(valued), "approve", second.id, "--wording", STORY, home=isolated_home)
    ok("stories", str(valued), "drop", second.id, home=isolated_home)
    assert [s["id"] for s in ok("stories", str(valued), "list", "--status", "approved",
                                home=isolated_home)] == [first.id]
    assert ok("stories", str(valued), "list", "--context", "elsewhere",
              home=isolated_home) == []
    table = run_text("stories", str(valued), "list", home=isolated_home)
    assert "approved" in table and "dropped" in table and "I used to tell" in table
    with open_study(valued) as study:
        assert [c.story_id for c in vote_candidates(study)] == [first.id]
    unknown = refused("stories", str(valued), "drop", "no-such-story", home=isolated_home)
    assert f"{valued}: there is no story 'no-such-story'" in unknown.stderr


def test_stories_draft_refuses_a_file_that_is_not_a_model(valued: Path, isolated_home: Path,
                                                          tmp_path: Path) -> None:
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"\x00" * 1000)
    result = refused("stories", str(valued), "draft", "--model", str(fake), home=isolated_home)
    assert "not a GGUF model file" in result.stderr


def _value_pairs(study: Study) -> list[tuple[str, str]]:
    a, b = (value.id for value in list_values(study))
    return [(a, b), (b, a)]


def run_text(*args: str, home: Path) -> str:
    result = run(*args, "--text", home=home)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def voted(isolated_home: Path, tmp_path: Path) -> Path:
    """MGE's cards and five votes (two points in time), and u1 and u2 in the age group 18-29."""
    path = tmp_path / "votes.mgstudy"
    ok("study", "new", str(path), home=isolated_home)
    for kind, name, rows in (("mge-cards", "cards.json", CARDS), ("mge-votes", "votes.json",
                                                                   VOTES)):
        (tmp_path / name).write_text(json.dumps(rows), encoding="utf-8")
        ok("import", str(path), str(tmp_path / name), "--kind", kind, home=isolated_home)
    with open_study(path) as study:
        age = add_demographic_field(study, "age", "text")
        for user, group in (("u1", "18-29"), ("u2", "18-29"), ("u3", "60+")):
            person = find_person(study, f"mge-{user}")
            assert person is not None
            save_demographic_answers(study, person.id, {age.id: group})
    return path


def test_votes_are_listed_and_filtered_as_rank_filters_them(voted: Path,
                                                            isolated_home: Path) -> None:
    every = ok("votes", str(voted), "list", home=isolated_home)
    assert len(every) == 5 and every[0]["participant"].startswith("mge-")
    assert {(v["from_title"], v["to_title"]) for v in every} >= {
        ("Honest listening", "Shared discernment")}
    early = ok("votes", str(voted), "list", "--as-of", "2024-01-15T00:00:00Z",
               home=isolated_home)
    assert len(early) == 3 and all(v["voted_at"] < "2024-01-15" for v in early)
    young = ok("votes", str(voted), "list", "--group", "age=18-29", home=isolated_home)
    assert {v["participant"] for v in young} == {"mge-u1", "mge-u2"} and len(young) == 4
    assert ok("votes", str(voted), "list", "--context", "Elsewhere", home=isolated_home) == []
    assert len(ok("votes", str(voted), "list", "--context", "When advising", "--latest",
                  home=isolated_home)) == 5
    table = run_text("votes", str(voted), "list", home=isolated_home)
    assert table.splitlines()[0].split()[:3] == ["voted", "at", "participant"]
    assert "no_upgrade" in table


def test_a_withdrawal_on_the_command_line_takes_the_votes_out_of_the_list(
        voted: Path, isolated_home: Path) -> None:
    with open_study(voted) as study:
        person = find_person(study, "mge-u3")
        assert person is not None
        record_consent(study, person.id, "given", "v1", "b" * 64)
    ok("participants", str(voted), "withdraw", "mge-u3", home=isolated_home)
    assert {v["participant"] for v in ok("votes", str(voted), "list", home=isolated_home)} == {
        "mge-u1", "mge-u2"}
    again = refused("participants", str(voted), "withdraw", "mge-u3", home=isolated_home)
    assert f"{voted}: mge-u3 withdrew consent already" in again.stderr


def test_votes_refuse_bad_filters_naming_the_file(voted: Path, isolated_home: Path) -> None:
    when = refused("votes", str(voted), "list", "--as-of", "last tuesday", home=isolated_home)
    assert f"{voted}: --as-of needs an ISO time" in when.stderr
    group = refused("votes", str(voted), "list", "--group", "age", home=isolated_home)
    assert "--group needs FIELD=VALUE" in group.stderr
    field = refused("votes", str(voted), "list", "--group", "height=2m", home=isolated_home)
    assert "no demographic field 'height'" in field.stderr and "age" in field.stderr
