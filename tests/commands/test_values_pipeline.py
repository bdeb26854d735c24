"""From interviews to values: confirmed cards (scripted interviews through the real protocol
and store; a scripted model keeps it fast, the real one is tested in the interview tests),
suggested groups, the lead's reversible decisions, and the `values` command."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.store.values import (
    cards_of,
    confirmed_cards,
    grouping,
    make_value,
    move_cards,
    suggestions,
    ungrouped_cards,
)
from tests.support.cli import run
from tests.support.values import study_with_cards  # noqa: F401 (a fixture)


def test_similar_cards_are_suggested_and_grouping_is_reversible(study_with_cards: Path,  # noqa: F811
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


def test_values_command_accepts_suggestions(study_with_cards: Path, tmp_path: Path,  # noqa: F811
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
