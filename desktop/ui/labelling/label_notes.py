"""Why a label cannot be saved yet, in the interface's language.

desktop.core says it in English (`DilemmaAnswer.problem`, `ValenceAnswer.problem`); each known
sentence is translated whole here, and a sentence not known here is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def label_problem(sentence: str) -> str:
    """One of core's sentences about an unfinished label, translated (unknown ones unchanged)."""
    known = {
        "Choose the action you would take: A, B, or C if you cannot decide.":
            translate("LabelNotes", "Choose the action you would take: A, B, or C if you "
                      "cannot decide."),
        "Mark the value: 1 supports, 2 opposes, 3 either, 0 not relevant.":
            translate("LabelNotes", "Mark the value: 1 supports, 2 opposes, 3 either, 0 not "
                      "relevant."),
        "Choose the valence: 1 supports, 2 opposes or 3 either.":
            translate("LabelNotes", "Choose the valence: 1 supports, 2 opposes or 3 either."),
    }
    return known.get(sentence, sentence)
