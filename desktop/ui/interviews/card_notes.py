"""The card's notes (why it cannot be confirmed yet, gentle hints) in the interface's language.

`card_problems` and `card_hints` in desktop.core say them in English; each known sentence is
translated whole here, and a sentence not known here is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.interview.card import MAX_POLICIES

translate = QCoreApplication.translate


def _known() -> dict[str, str]:
    return {
        "Give your card a short title.": translate("CardNotes", "Give your card a short title."),
        "Write one sentence describing what you care about.":
            translate("CardNotes", "Write one sentence describing what you care about."),
        "Add at least one thing you pay attention to.":
            translate("CardNotes", "Add at least one thing you pay attention to."),
        "Shorten title: it is too long for a card.":
            translate("CardNotes", "Shorten title: it is too long for a card."),
        "Shorten description: it is too long for a card.":
            translate("CardNotes", "Shorten description: it is too long for a card."),
        "Shorten context: it is too long for a card.":
            translate("CardNotes", "Shorten context: it is too long for a card."),
        "Shorten a policy: it is too long for a card.":
            translate("CardNotes", "Shorten a policy: it is too long for a card."),
        f"Keep at most {MAX_POLICIES} things you pay attention to.":
            translate("CardNotes", "Keep at most {count} things you pay attention to.")
            .format(count=MAX_POLICIES),
        "Titles work best with 2 to 5 words.":
            translate("CardNotes", "Titles work best with 2 to 5 words."),
        "Cards usually list 3 to 7 things you pay attention to.":
            translate("CardNotes", "Cards usually list 3 to 7 things you pay attention to."),
        'Each item usually starts with a word in capitals, like "MOMENTS when".':
            translate("CardNotes", 'Each item usually starts with a word in capitals, like '
                      '"MOMENTS when".'),
    }


def card_note(sentence: str) -> str:
    """One of core's card sentences in the interface's language (unknown ones unchanged)."""
    return _known().get(sentence, sentence)
