"""Card drafts are checked field by field; bad fields fall back to empty, small slips repaired."""

from __future__ import annotations

import json

from desktop.core.interview.card import (
    ValuesCard,
    card_hints,
    card_problems,
    parse_card_draft,
)

GOOD = {"title": "Patient Curiosity",
        "description": "I care about understanding why someone is afraid before I push them.",
        "policies": ["MOMENTS when a child feels afraid rather than lazy",
                     "CHOICES that let a child set their own pace",
                     "FEELINGS of being understood"],
        "context": "When a child resists schoolwork"}


def draft(**changes: object) -> str:
    return json.dumps({**GOOD, **changes})


def test_a_good_draft_is_kept_whole() -> None:
    result = parse_card_draft(draft(), "stop")
    assert result.problem is None
    assert result.card == ValuesCard(GOOD["title"], GOOD["description"],  # type: ignore[arg-type]
                                     tuple(GOOD["policies"]), GOOD["context"])
    assert set(result.status.values()) == {"ok"}
    assert result.fallback_fields == []


def test_cut_off_or_broken_json_is_a_problem_with_every_field_empty() -> None:
    cut = parse_card_draft(draft()[:40], "length")
    assert cut.problem == "cut_off" and cut.card == ValuesCard()
    assert parse_card_draft("not json", "stop").problem == "unparsed"
    assert parse_card_draft("[1, 2]", "stop").problem == "unparsed"


def test_each_bad_field_falls_back_on_its_own() -> None:
    result = parse_card_draft(draft(title="", description="The child is lazy.",
                                    context="always"), "stop")
    assert result.card.title == "" and result.card.description == ""
    assert result.card.context == ""
    assert result.card.policies == tuple(GOOD["policies"])
    assert sorted(result.fallback_fields) == ["context", "description", "title"]


def test_policies_are_repaired_filtered_and_counted() -> None:
    policies = ["moments when I listen", "contexts_listing.json", "CHOICES that matter",
                "CHOICES that matter", "honesty", "OPPORTUNITIES for growth"]
    result = parse_card_draft(draft(policies=policies), "stop")
    assert result.card.policies == ("MOMENTS when I listen", "CHOICES that matter",
                                    "OPPORTUNITIES for growth")
    assert result.status["policies"] == "repaired"
    few = parse_card_draft(draft(policies=["MOMENTS when x happens", "nothing"]), "stop")
    assert few.card.policies == ("MOMENTS when x happens",)
    assert few.status["policies"] == "fallback"


def test_titles_are_trimmed_and_held_to_two_to_five_words() -> None:
    assert parse_card_draft(draft(title='"patient curiosity."'), "stop").card.title == (
        "Patient curiosity")
    assert parse_card_draft(draft(title="Honesty"), "stop").card.title == ""
    long = "I am a value focused AI assistant dedicated to helping"
    assert parse_card_draft(draft(title=long), "stop").card.title == ""


def test_a_description_keeps_its_first_sentence_only() -> None:
    text = GOOD["description"] + " Also other things."  # type: ignore[operator]
    result = parse_card_draft(draft(description=text), "stop")
    assert result.card.description == GOOD["description"]
    assert result.status["description"] == "repaired"


def test_instructions_copied_back_fall_back() -> None:
    instruction = 'context: when this matters, one short phrase starting with "When".'
    result = parse_card_draft(draft(context="When this matters, one short phrase starting"),
                              "stop", [instruction])
    assert result.card.context == "" and "context" in result.fallback_fields


def test_right_to_left_policies_without_capitals_are_accepted() -> None:
    hebrew = ["רגעים שבהם הילד מפחד", "בחירות שמכבדות את הקצב", "תחושות של הבנה"]
    result = parse_card_draft(draft(policies=hebrew), "stop")
    assert result.card.policies == tuple(hebrew)


def test_a_card_needs_title_description_and_a_policy_to_be_confirmed() -> None:
    assert len(card_problems(ValuesCard())) == 3
    assert card_problems(ValuesCard("A B", "I care.", ("MOMENTS when",))) == []
    assert card_problems(ValuesCard("x" * 81, "I care.", ("MOMENTS when",)))
    eight = tuple(f"MOMENTS when {n}" for n in range(8))
    assert card_problems(ValuesCard("A B", "I care.", eight))


def test_hints_do_not_block_but_say_what_mge_expects() -> None:
    card = ValuesCard("One two three four five six", "I care.", ("listening closely",))
    assert len(card_hints(card)) == 3
    assert card_problems(card) == []


def test_edited_cards_are_tidied() -> None:
    card = ValuesCard("  A   title ", " I care.\n", ("  ", "MOMENTS  when x", ""), " When y ")
    assert card.cleaned() == ValuesCard("A title", "I care.", ("MOMENTS when x",), "When y")


def test_a_raw_newline_inside_a_string_still_parses() -> None:
    text = '{"title": "Kind\nhonesty", "description": "", "policies": [], "context": ""}'
    result = parse_card_draft(text, "stop")
    assert result.problem is None and result.card.title == "Kind honesty"
