"""The dilemma form: the situation, the two actions with their values, the parties affected.

Keys: A / B choose the action, C "can't decide"; Tab moves between the values of A, of B and
the parties; 1-9 tick entries of the lit one; N adds an entry that is not listed; Space takes
the model's suggested values. The model's own choice is never shown (it would anchor).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.formats.items import Dilemma
from desktop.core.labelling import SET_FIELDS, DilemmaAnswer, LabelItem
from desktop.ui.labelling.labelling_chips_panel import ChipsPanel
from desktop.ui.widgets.fit import accessible

CHOICE_KEYS = {Qt.Key.Key_A: "a", Qt.Key.Key_B: "b", Qt.Key.Key_C: "undecided",
               Qt.Key.Key_Left: "a", Qt.Key.Key_Right: "b"}
# The cards' look is in resources/styles (a "chosen" property switches it).


class DilemmaPanel(QWidget):
    answer_changed = Signal()
    editing_finished = Signal()  # the add-entry field was left: focus goes back to the view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.section = 0
        self.suggestion: DilemmaAnswer | None = None
        self.situation = QLabel()
        self.situation.setObjectName("labellingSituation")
        self.situation.setWordWrap(True)
        self.situation.setTextFormat(Qt.TextFormat.RichText)
        self.cards = [self._card("A"), self._card("B")]
        parties = ChipsPanel(self.tr("Parties affected"))
        self.sections = [self.cards[0][2], self.cards[1][2], parties]
        self.choice_line = QLabel()
        self.choice_line.setObjectName("labellingChoice")
        self.suggestion_line = QLabel()
        self.suggestion_line.setObjectName("labellingSuggestion")
        self.suggestion_line.setWordWrap(True)
        self.entry = QLineEdit()
        accessible(self.entry, self.tr("Value or party to add"))
        self.entry.setPlaceholderText(
            self.tr("Type a value, Enter to add it, Esc to go back"))
        self.entry.setVisible(False)
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.completer = QCompleter([], self.entry)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        for section in self.sections:
            section.entry_toggled.connect(lambda _entry: self.answer_changed.emit())
        self._build()

    def _card(self, letter: str) -> tuple[QFrame, QLabel, ChipsPanel]:
        frame = QFrame()
        frame.setObjectName("actionCard")
        frame.setProperty("chosen", False)
        action = QLabel()
        action.setWordWrap(True)
        action.setObjectName("labellingAction")
        chips = ChipsPanel(self.tr("Values served by {letter}").format(letter=letter))
        layout = QVBoxLayout(frame)
        layout.addWidget(action)
        layout.addWidget(chips)
        layout.addStretch(1)
        return frame, action, chips

    def _build(self) -> None:
        actions = QHBoxLayout()
        for frame, _, _ in self.cards:
            actions.addWidget(frame, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.situation)
        layout.addLayout(actions)
        layout.addWidget(self.sections[2])
        layout.addWidget(self.entry)
        layout.addWidget(self.choice_line)
        layout.addWidget(self.suggestion_line)
        layout.addStretch(1)

    def show_item(self, item: LabelItem, answer: DilemmaAnswer | None,
                  suggestion: DilemmaAnswer | None, known_values: Sequence[str]) -> None:
        dilemma = item.content
        assert isinstance(dilemma, Dilemma)
        answer = answer or DilemmaAnswer()
        self.suggestion = suggestion
        self.situation.setText(html.escape(dilemma.situation, quote=False))
        for (_, action, _), letter, text in zip(self.cards, "AB", (dilemma.action_a,
                                                                  dilemma.action_b), strict=True):
            action.setText(f"<b style='color:#2f6db5'>{letter}</b>&nbsp; "
                           f"{html.escape(text, quote=False)}")
        listed = (dilemma.values_a, dilemma.values_b, dilemma.parties)
        for section, field, entries in zip(self.sections, SET_FIELDS, listed, strict=True):
            hinted = getattr(suggestion, field) if suggestion else ()
            section.set_entries(entries, getattr(answer, field), hinted)
        self.completer.model().setStringList(list(known_values))  # type: ignore[attr-defined]
        self.entry.setVisible(False)
        self.choice = answer.choice
        self.set_section(0)
        self._render_choice()
        self._render_suggestion()

    def answer(self) -> DilemmaAnswer:
        values_a, values_b, parties = (section.selected() for section in self.sections)
        return DilemmaAnswer(self.choice, values_a, values_b, parties)

    def handle_key(self, key: int, text: str) -> bool:
        """Act on a key meant for the form; False if it is not one of ours."""
        if key in CHOICE_KEYS:
            self.choose(CHOICE_KEYS[Qt.Key(key)])
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            return self.sections[self.section].toggle_number(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_Tab:
            self.set_section((self.section + 1) % 3)
        elif key == Qt.Key.Key_Backtab:
            self.set_section((self.section - 1) % 3)
        elif key == Qt.Key.Key_N:
            self.start_entry()
        elif key == Qt.Key.Key_Space:
            return self.take_suggestion()
        else:
            return False
        return True

    def choose(self, choice: str) -> None:
        self.choice = choice
        self._render_choice()
        self.answer_changed.emit()

    def set_section(self, index: int) -> None:
        self.section = index
        for number, section in enumerate(self.sections):
            section.set_active(number == index)
        field = "parties" if index == 2 else "values"
        self.entry.setPlaceholderText(self._entry_hint(index))
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion
                                         if field == "values" else
                                         QCompleter.CompletionMode.InlineCompletion)

    def _entry_hint(self, index: int) -> str:
        """What the add-entry field asks for in section `index` (values of A, of B, parties)."""
        if index == 2:
            return self.tr("Type a party for parties affected; Enter adds it, Esc goes back")
        return self.tr("Type a value for values served by {letter}; Enter adds it, Esc goes "
                       "back").format(letter="AB"[index])

    def start_entry(self) -> None:
        self.entry.clear()
        self.entry.setVisible(True)
        self.entry.setFocus()

    def take_suggestion(self) -> bool:
        """Tick the suggested values (the annotator can untick any); False if none."""
        if self.suggestion is None:
            return False
        for section, field in zip(self.sections[:2], SET_FIELDS[:2], strict=True):
            section.choose([*section.selected(), *getattr(self.suggestion, field)])
        self.answer_changed.emit()
        return True

    def set_suggestion(self, suggestion: DilemmaAnswer | None) -> None:
        self.suggestion = suggestion
        for section, field in zip(self.sections[:2], SET_FIELDS[:2], strict=True):
            section.set_entries(section.entries, section.selected(),
                                getattr(suggestion, field) if suggestion else ())
        self._render_suggestion()

    def finish_entry(self) -> None:
        self.entry.clear()
        self.entry.setVisible(False)
        self.editing_finished.emit()

    def _on_entry_return_pressed(self) -> None:
        text = " ".join(self.entry.text().split())
        section = self.sections[self.section]
        if text and text.casefold() not in {e.casefold() for e in section.selected()}:
            section.toggle(text)
        self.finish_entry()

    def _render_choice(self) -> None:
        words = {"a": "A", "b": "B", "undecided": self.tr("can't decide")}
        for (frame, _, _), letter in zip(self.cards, "ab", strict=True):
            chosen = self.choice == letter
            if frame.property("chosen") != chosen:
                frame.setProperty("chosen", chosen)
                frame.style().unpolish(frame)
                frame.style().polish(frame)
        chosen = words.get(self.choice)
        self.choice_line.setText(
            self.tr("Your choice: <b>{choice}</b>").format(choice=chosen) if chosen else
            "<span style='color:#8a96a3'>{}</span>".format(
                self.tr("Which would you do? A, B, or C if you can't decide")))

    def _render_suggestion(self) -> None:
        self.suggestion_line.setText(
            self.tr("☆ The model suggests the values marked ☆; Space ticks them (check them "
                    "first).")
            if self.suggestion else "")
