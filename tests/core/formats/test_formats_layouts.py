"""Which layout a header matches, and what a mapping dialog must ask for."""

from __future__ import annotations

import pytest

from desktop.core.formats import KINDS, detect_kind, optional_fields, required_fields


@pytest.mark.parametrize(
    ("columns", "kind"),
    [
        (
            ["", "idx", "basic_situation", "dilemma_situation", "action_type", "action"],
            "daily_dilemmas_by_action",
        ),
        (["", "idx", "basic_situation", "dilemma_situation"], "daily_dilemmas_situations"),
        (["dilemma_idx", "action_type", "party", "value"], "daily_dilemmas_party_value"),
        (["situation", "action_a", "action_b", "values_a"], "dilemmas"),
        (["situation", "vrd", "text", "explanation", "valence"], "valence_items"),
        (["item", "annotator", "field", "value", "time"], "labels"),
        (["userId", "fromId", "toId", "story", "contextId", "relationship"], "mge_votes"),
        (["id", "title", "instructionsShort", "evaluationCriteria"], "mge_cards"),
        (["id", "title", "description", "policies"], "mge_cards"),
        (["text", "language"], "questions"),
        (["prompt"], "questions"),
        (["question", "answer"], None),
        ([], None),
    ],
)
def test_detect_kind(columns: list[str], kind: str | None) -> None:
    assert detect_kind(columns) == kind


def test_required_and_optional_fields_for_a_mapping_dialog() -> None:
    assert required_fields("dilemmas") == ("situation", "action_a", "action_b")
    assert optional_fields("dilemmas") == (
        "source_id",
        "parties",
        "values_a",
        "values_b",
        "topic",
        "source",
    )
    assert required_fields("questions") == ("text",)
    assert required_fields("valence_items") == ("situation", "vrd", "text")
    assert "dilemma_situation" in required_fields("daily_dilemmas_party_value")
    assert all(required_fields(kind) for kind in KINDS)


def test_unknown_kind_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown kind 'votes'"):
        required_fields("votes")
