"""The valence form: a situation and a value, right or duty; relevance, valence, explanation.

One key marks both relevance and valence: 1 or S supports, 2 or O opposes, 3 or E either,
0 or N not relevant. Tab or W writes an explanation (Enter there saves the label). Space
takes the model's suggestion. The dataset's own valence is never shown (it would anchor).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.formats.items import ValenceItem
from desktop.core.labelling import LabelItem, ValenceAnswer, valence_answer
from desktop.ui.widgets.fit import accessible

# key -> (relevant, valence)
MARK_KEYS: dict[int, tuple[bool, str]] = {
    Qt.Key.Key_1: (True, "supports"), Qt.Key.Key_S: (True, "supports"),
    Qt.Key.Key_2: (True, "opposes"), Qt.Key.Key_O: (True, "opposes"),
    Qt.Key.Key_3: (True, "either"), Qt.Key.Key_E: (True, "either"),
    Qt.Key.Key_0: (False, ""), Qt.Key.Key_N: (False, ""),
}
# The keys stay the same in every language; only the words beside them are translated.
OPTIONS = (("1", "S", QT_TRANSLATE_NOOP("ValencePanel", "Supports"), (True, "supports")),
           ("2", "O", QT_TRANSLATE_NOOP("ValencePanel", "Opposes"), (True, "opposes")),
           ("3", "E", QT_TRANSLATE_NOOP("ValencePanel", "Either"), (True, "either")),
           ("0", "N", QT_TRANSLATE_NOOP("ValencePanel", "Not relevant"), (False, "")))
KINDS = {"value": QT_TRANSLATE_NOOP("ValencePanel", "VALUE"),
         "right": QT_TRANSLATE_NOOP("ValencePanel", "RIGHT"),
         "duty": QT_TRANSLATE_NOOP("ValencePanel", "DUTY")}
_ON = "background:#2f6db5; color:white; border-radius:5px;"
_HINT = "background:#fff4d6; color:#6b4e00; border-radius:5px;"
_OFF = "background:#eef1f4; color:#1d2a3a; border-radius:5px;"


class ValencePanel(QWidget):
    answer_changed = Signal()
    submit_requested = Signal()  # Enter in the explanation field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark: tuple[bool, str] | None = None
        self.suggestion: ValenceAnswer | None = None
        self.situation = QLabel()
        self.situation.setObjectName("labellingSituation")
        self.situation.setWordWrap(True)
        self.situation.setTextFormat(Qt.TextFormat.RichText)
        self.value = QLabel()
        self.value.setObjectName("labellingValue")
        self.value.setWordWrap(True)
        self.options = QLabel()
        self.options.setObjectName("labellingOptions")
        self.options.linkActivated.connect(self._on_option_clicked)
        self.explanation = QLineEdit()
        accessible(self.explanation, self.tr("Explanation (optional)"))
        self.explanation.setPlaceholderText(self.tr("Explanation (optional): Tab or W to write, "
                                                    "Enter saves, Esc goes back"))
        self.explanation.returnPressed.connect(self.submit_requested)
        self.suggestion_line = QLabel()
        self.suggestion_line.setObjectName("labellingSuggestion")
        self.suggestion_line.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.situation, self.value, self.options, self.explanation,
                       self.suggestion_line):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_item(self, item: LabelItem, answer: ValenceAnswer | None,
                  suggestion: ValenceAnswer | None) -> None:
        content = item.content
        assert isinstance(content, ValenceItem)
        self.situation.setText(html.escape(content.situation, quote=False))
        kind = KINDS.get(content.kind.lower())
        question = self.tr("Is it relevant here? Does it support the action, oppose it, or could "
                           "it go either way?")
        self.value.setText(f"<span style='color:#4a5866'>"
                           f"{self.tr(kind) if kind else content.kind.upper()}</span>&nbsp; "
                           f"<b>{html.escape(content.text, quote=False)}</b><br><span style="
                           f"'font-size:10.5pt; color:#4a5866'>{html.escape(question)}</span>")
        self.mark = None if answer is None or answer.relevant is None else (
            answer.relevant, answer.valence)
        self.explanation.setText(answer.explanation if answer else "")
        self.set_suggestion(suggestion)

    def answer(self) -> ValenceAnswer:
        relevant, valence = self.mark if self.mark else (None, "")
        return valence_answer(relevant, valence, self.explanation.text())

    def handle_key(self, key: int, text: str) -> bool:
        if key in MARK_KEYS:
            self.set_mark(MARK_KEYS[key])
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_W):
            self.explanation.setFocus()
        elif key == Qt.Key.Key_Space:
            return self.take_suggestion()
        else:
            return False
        return True

    def set_mark(self, mark: tuple[bool, str]) -> None:
        self.mark = mark
        self._render()
        self.answer_changed.emit()

    def take_suggestion(self) -> bool:
        if self.suggestion is None or self.suggestion.relevant is None:
            return False
        if not self.explanation.text().strip():
            self.explanation.setText(self.suggestion.explanation)
        self.set_mark((self.suggestion.relevant, self.suggestion.valence))
        return True

    def set_suggestion(self, suggestion: ValenceAnswer | None) -> None:
        self.suggestion = suggestion
        self._render()
        if suggestion is None:
            self.suggestion_line.setText("")
            return
        word = html.escape(valence_word(bool(suggestion.relevant), suggestion.valence))
        if suggestion.explanation:
            text = self.tr("☆ The model suggests <b>{valence}</b>: “{explanation}” Space takes it "
                           "(check it first).").format(
                valence=word, explanation=html.escape(suggestion.explanation, quote=False))
        else:
            text = self.tr("☆ The model suggests <b>{valence}</b>. Space takes it (check it "
                           "first).").format(valence=word)
        self.suggestion_line.setText(text)

    def _render(self) -> None:
        hinted = (self.suggestion.relevant, self.suggestion.valence) if self.suggestion else None
        chips = []
        for number, letter, word, mark in OPTIONS:
            style = _ON if mark == self.mark else (_HINT if mark == hinted else _OFF)
            chips.append(f"<a href='{number}' style='text-decoration:none'><span style='{style}'>"
                         f"&nbsp;<b>{number}</b> {self.tr(word)} <small>({letter})</small>"
                         "&nbsp;</span></a>")
        self.options.setText("&nbsp;&nbsp; ".join(chips))

    def _on_option_clicked(self, link: str) -> None:
        self.set_mark(next(mark for number, _, _, mark in OPTIONS if number == link))


def valence_word(relevant: bool, valence: str) -> str:
    """A marked valence as a word in a sentence ("not relevant" when it is not)."""
    if not relevant:
        return QCoreApplication.translate("ValencePanel", "not relevant")
    words = {"supports": QCoreApplication.translate("ValencePanel", "supports"),
             "opposes": QCoreApplication.translate("ValencePanel", "opposes"),
             "either": QCoreApplication.translate("ValencePanel", "either")}
    return words.get(valence, valence)
