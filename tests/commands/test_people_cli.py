"""The study lead's nouns on the command line, run as a user runs them on a real study file:
questions, participants, annotators, assignment and labels (JSON by default, a table with
--text, and one plain sentence naming the file for bad input)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.labelling import DilemmaAnswer, valence_answer
from desktop.core.people import Role
from desktop.store import open_study
from desktop.store.assignments import annotator_queue
from desktop.store.labelling_settings import labelling_settings
from desktop.store.labels import add_label
from desktop.store.participants import consent_history, record_consent, withdrawn_participants
from desktop.store.people import add_person, find_person
from tests.support.cli import ok, refused, run
from tests.support.labelling import annotators, demo_items, new_study


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """A study with the demo dilemmas and valence items, and no one in it yet."""
    with new_study(tmp_path) as made:
        demo_items(made)
        return made.path


def test_questions_are_added_edited_moved_and_archived(study: Path, isolated_home: Path) -> None:
    first = ok("questions", str(study), "add", "Should I lend money to my brother?",
               "--language", "en", home=isolated_home)[0]
    second = ok("questions", str(study), "add", "Is a white lie ever kind?", "--note", "pilot",
                "--json", home=isolated_home)[0]
    assert (first["language"], second["note"]) == ("en", "pilot")
    edited = ok("questions", str(study), "edit", second["id"], "--wording",
                "Is a white lie ever the kind thing?", home=isolated_home)[0]
    assert edited["text"] == "Is a white lie ever the kind thing?" and edited["note"] == "pilot"
    moved = ok("questions", str(study), "move", second["id"], "-1", home=isolated_home)
    assert [q["id"] for q in moved] == [second["id"], first["id"]]
    ok("questions", str(study), "archive", first["id"], home=isolated_home)
    listed = ok("questions", str(study), "list", home=isolated_home)
    assert [q["text"] for q in listed] == ["Is a white lie ever the kind thing?"]
    table = run("questions", str(study), "list", "--text", home=isolated_home).stdout
    assert table.splitlines()[0].split() == ["id", "language", "question", "note"]
    assert "white lie" in table and "{" not in table


def test_questions_refuse_bad_input_naming_the_file(study: Path, isolated_home: Path,
                                                    tmp_path: Path) -> None:
    empty = refused("questions", str(study), "add", "  ", home=isolated_home)
    assert f"{study}: a question needs some text" in empty.stderr
    unknown = refused("questions", str(study), "archive", "no-such-id", home=isolated_home)
    assert str(study) in unknown.stderr and "no question 'no-such-id'" in unknown.stderr
    missing = tmp_path / "elsewhere.mgstudy"
    gone = refused("questions", str(missing), "list", home=isolated_home)
    assert str(missing) in gone.stderr and "no file here" in gone.stderr


def test_participants_are_added_listed_and_withdraw_consent(study: Path,
                                                           isolated_home: Path) -> None:
    with open_study(study) as opened:
        person = add_person(opened, Role.PARTICIPANT, "P-KIND")
        record_consent(opened, person.id, "given", "v2", "a" * 64)
    made = ok("participants", str(study), "add", home=isolated_home)[0]
    assert made["code"].startswith("P-") and made["consent"] is None
    ok("participants", str(study), "add", "--code", "P-FIELD", "--note", "laptop 2",
       home=isolated_home)
    rows = {row["code"]: row for row in ok("participants", str(study), "list",
                                           home=isolated_home)}
    assert set(rows) == {"P-KIND", made["code"], "P-FIELD"}
    assert (rows["P-KIND"]["consent"], rows["P-KIND"]["consent_version"]) == ("given", "v2")
    withdrawn = ok("participants", str(study), "withdraw", "P-KIND", home=isolated_home)[0]
    assert withdrawn["withdrawn"] and withdrawn["consent_version"] == "v2"
    with open_study(study) as opened:
        assert withdrawn_participants(opened) == {person.id}
        assert [c.decision for c in consent_history(opened, person.id)] == ["given", "withdrawn"]
    table = run("participants", str(study), "list", "--text", home=isolated_home).stdout
    assert any(line.startswith("P-KIND") and "withdrawn" in line for line in table.splitlines())


def test_participants_refuse_unknown_codes_and_withdrawals_with_nothing_to_withdraw(
        study: Path, isolated_home: Path) -> None:
    unknown = refused("participants", str(study), "withdraw", "P-NOBODY", home=isolated_home)
    assert f"{study}: there is no participant with the code 'P-NOBODY'" in unknown.stderr
    ok("participants", str(study), "add", "--code", "P-NEW", home=isolated_home)
    never = refused("participants", str(study), "withdraw", "P-NEW", home=isolated_home)
    assert "no consent recorded" in never.stderr
    taken = refused("participants", str(study), "add", "--code", "P-NEW", home=isolated_home)
    assert "already taken" in taken.stderr and str(study) in taken.stderr
    with open_study(study) as opened:
        annotators(opened, "ann")
    assert "no participant" in refused("participants", str(study), "withdraw", "ann",
                                       home=isolated_home).stderr  # an annotator, not one


def test_annotators_are_added_grouped_and_listed(study: Path, isolated_home: Path) -> None:
    added = ok("annotators", str(study), "add", "ann", "--group", "lab A", home=isolated_home)
    assert [(a["code"], a["group"], a["assigned"]) for a in added] == [("ann", "lab A", 0)]
    ok("annotators", str(study), "add", "bob", home=isolated_home)
    ok("annotators", str(study), "group", "bob", "lab B", home=isolated_home)
    listed = ok("annotators", str(study), "list", home=isolated_home)
    assert [(a["code"], a["group"]) for a in listed] == [("ann", "lab A"), ("bob", "lab B")]
    table = run("annotators", str(study), "list", "--text", home=isolated_home).stdout
    assert table.splitlines()[0].split() == ["code", "group", "assigned", "labelled", "note"]
    assert refused("annotators", str(study), "add", "ann", home=isolated_home).stderr.count(
        "already taken") == 1
    unknown = refused("annotators", str(study), "group", "zed", "x", home=isolated_home)
    assert "no annotator with the code 'zed'" in unknown.stderr and "ann, bob" in unknown.stderr


def test_assign_gives_each_item_to_n_annotators_as_the_setup_panel_does(
        study: Path, isolated_home: Path) -> None:
    with open_study(study) as opened:
        annotators(opened, "ann", "bob", "cy")
    done = ok("assign", str(study), "--annotators", "ann,bob", "--overlap", "2", "--kind",
              "dilemmas", "--order", "shuffled", home=isolated_home)
    assert done["added"] == 2 * done["items"] and done["annotators"] == ["ann", "bob"]
    again = ok("assign", str(study), "--annotators", "ann,bob", "--overlap", "2", "--kind",
               "dilemmas", home=isolated_home)
    assert again["added"] == 0  # topping up: nothing is missing
    rest = ok("assign", str(study), "--overlap", "1", "--kind", "valence", home=isolated_home)
    assert rest["added"] == rest["items"] > 0 and rest["annotators"] == ["ann", "bob", "cy"]
    assert set(rest["items_by_annotator_count"]) == {"1", "2"}  # nothing left unassigned
    with open_study(study) as opened:
        settings = labelling_settings(opened)
        kinds = {entry.kind for entry in annotator_queue(opened, find_person(opened, "cy").id)}
    assert (settings.overlap, settings.queue_order) == (1, "as_imported") and kinds == {"valence"}
    text = run("assign", str(study), "--overlap", "1", "--text", home=isolated_home).stdout
    assert text.startswith("0 assignments added")


def test_assign_refuses_unknown_annotators_and_too_large_an_overlap(
        study: Path, isolated_home: Path) -> None:
    nobody = refused("assign", str(study), "--overlap", "1", home=isolated_home)
    assert f"{study}: there is no annotator to assign items to" in nobody.stderr
    with open_study(study) as opened:
        annotators(opened, "ann")
    unknown = refused("assign", str(study), "--annotators", "ann,zed", "--overlap", "1",
                      home=isolated_home)
    assert "no annotator with the code 'zed'" in unknown.stderr
    too_many = refused("assign", str(study), "--overlap", "2", home=isolated_home)
    assert "overlap of 2 needs at least 2 annotators" in too_many.stderr


def test_labels_list_current_ones_or_the_whole_history(study: Path, isolated_home: Path) -> None:
    with open_study(study) as opened:
        ann, cy = annotators(opened, "ann", "cy")
        ok("assign", str(study), "--overlap", "2", home=isolated_home)
        dilemma = next(e.item_id for e in annotator_queue(opened, ann.id) if e.kind == "dilemma")
        valence = next(e.item_id for e in annotator_queue(opened, cy.id) if e.kind == "valence")
        add_label(opened, dilemma, ann.id, DilemmaAnswer("a", ("Honesty",), (), ("You",)))
        add_label(opened, dilemma, ann.id, DilemmaAnswer("b", (), ("Kindness",), ()))
        add_label(opened, valence, cy.id, valence_answer(True, "supports", "It helps."))
    current = ok("labels", str(study), "list", home=isolated_home)
    assert [(row["annotator"], row["kind"]) for row in current] in (
        [("ann", "dilemma"), ("cy", "valence")], [("cy", "valence"), ("ann", "dilemma")])
    mine = ok("labels", str(study), "list", "--annotator", "ann", home=isolated_home)
    assert [row["fields"]["choice"] for row in mine] == ["b"]
    history = ok("labels", str(study), "list", "--annotator", "ann", "--history",
                 home=isolated_home)
    assert [(row["fields"]["choice"], row["current"]) for row in history] == [
        ("a", False), ("b", True)]
    assert history[1]["supersedes_id"] == history[0]["id"]
    valence_only = ok("labels", str(study), "list", "--kind", "valence", home=isolated_home)
    assert [row["fields"]["valence"] for row in valence_only] == ["supports"]
    table = run("labels", str(study), "list", "--text", home=isolated_home).stdout
    assert "valence: supports" in table and "choice: b" in table
    unknown = refused("labels", str(study), "list", "--annotator", "zed", home=isolated_home)
    assert f"{study}: there is no annotator with the code 'zed'" in unknown.stderr
