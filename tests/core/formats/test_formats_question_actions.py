"""Wording two actions from the yes/no question that closes a DailyDilemmas situation."""

from __future__ import annotations

import pytest

from desktop.core.formats import actions_from_question


@pytest.mark.parametrize(
    ("situation", "actions"),
    [
        (
            "You see it. Should you take initiative and report this to your superior?",
            (
                "Take initiative and report this to your superior",
                "Not take initiative and report this to your superior",
            ),
        ),
        ("Team needs you. Do you risk your health?", ("Risk your health", "Not risk your health")),
        ("Should John tell his wife?", ("Tell his wife", "Not tell his wife")),
        ("Is it ethical for me to read his diary?", ("Read his diary", "Not read his diary")),
        (
            "Should you discuss it with the parents or not?",
            ("Discuss it with the parents", "Not discuss it with the parents"),
        ),
        (
            "Should you confront the teenagers directly or notify the theater staff?",
            ("Confront the teenagers directly", "Notify the theater staff"),
        ),
        (
            "Should I confront my friend publicly, or should I keep quiet?",
            ("Confront my friend publicly", "Keep quiet"),
        ),
        (
            "Should she give up one or more of her children?",
            (
                "Yes: Should she give up one or more of her children?",
                "No: Should she give up one or more of her children?",
            ),
        ),
        (
            "It is late. Should the manager stay?",
            ("Yes: Should the manager stay?", "No: Should the manager stay?"),
        ),
        ("No question at all.", ("Yes: No question at all.", "No: No question at all.")),
        ('Trailing junk. Should you go?">', ("Go", "Not go")),
        ("Should you still leave a review?", ("Still leave a review", "Not leave a review")),
    ],
)
def test_actions_from_question(situation: str, actions: tuple[str, str]) -> None:
    assert actions_from_question(situation) == actions
