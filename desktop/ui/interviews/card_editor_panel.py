"""The values card, editable field by field: the participant has the last word.

Edits are handed on when a field is left (or after a pause in typing) and kept as a new card
version; fields the model could not draft are empty, with a hint to write them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview.card import (
    MAX_POLICIES,
    MIN_POLICIES,
    ValuesCard,
    card_hints,
    card_problems,
)
from desktop.core.interview.protocol import CardVersion
from desktop.ui.interviews.card_notes import card_note
from desktop.ui.widgets.fit import accessible

EDIT_SAVE_MS = 1500
_FIELD_NAMES = {"title": QT_TRANSLATE_NOOP("CardEditorPanel", "the title"),
                "description": QT_TRANSLATE_NOOP("CardEditorPanel", "what you care about"),
                "policies": QT_TRANSLATE_NOOP("CardEditorPanel", "what you pay attention to"),
                "context": QT_TRANSLATE_NOOP("CardEditorPanel", "when this matters")}
_PLACEHOLDERS = (QT_TRANSLATE_NOOP("CardEditorPanel", "MOMENTS when …"),
                 QT_TRANSLATE_NOOP("CardEditorPanel", "CHOICES that …"),
                 QT_TRANSLATE_NOOP("CardEditorPanel", "OPPORTUNITIES for …"),
                 QT_TRANSLATE_NOOP("CardEditorPanel", "FEELINGS of …"))


class CardEditorPanel(QWidget):
    card_edited = Signal(object)  # ValuesCard, after a field was changed
    card_confirmed = Signal(object)  # ValuesCard as confirmed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardEditor")
        self.version: CardVersion | None = None
        self._loading = False
        self.heading = QLabel(self.tr("Your values card"))
        self.heading.setObjectName("cardHeading")
        self.title = QLineEdit()
        self.title.setObjectName("cardTitle")
        self.description = QPlainTextEdit()
        self.description.setObjectName("cardDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.context = QLineEdit()
        self.context.setObjectName("cardContext")
        self.policies = [QLineEdit() for _ in range(MAX_POLICIES)]
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("cardNotes")
        self.confirm_button = QPushButton(
            self.tr("This is my card: confirm  (Ctrl+Enter)"))
        self.confirm_button.setObjectName("confirmCard")
        self._timer = QTimer(self, singleShot=True, interval=EDIT_SAVE_MS)
        self._build()
        self.set_busy(True, "")

    def _build(self) -> None:
        form = QFormLayout()
        self.field_labels = {"title": QLabel(self.tr("Title")),
                             "description": QLabel(self.tr("What I care about")),
                             "policies": QLabel(self.tr("What I pay attention to")),
                             "context": QLabel(self.tr("When this matters"))}
        for key, field in (("title", self.title), ("description", self.description),
                           ("context", self.context)):
            self.field_labels[key].setBuddy(field)  # its name for a screen reader
        form.addRow(self.field_labels["title"], self.title)
        form.addRow(self.field_labels["description"], self.description)
        policy_box = QVBoxLayout()
        for number, line in enumerate(self.policies):
            line.setObjectName(f"cardPolicy{number + 1}")
            accessible(line, self.tr("Attentional policy {number}").format(number=number + 1))
            placeholder = _PLACEHOLDERS[number % len(_PLACEHOLDERS)]
            line.setPlaceholderText(self.tr(placeholder))
            policy_box.addWidget(line)
            line.textChanged.connect(self._on_edited)
            line.editingFinished.connect(self.flush)
        form.addRow(self.field_labels["policies"], policy_box)
        form.addRow(self.field_labels["context"], self.context)
        self.title.setPlaceholderText(self.tr("2 to 5 words"))
        self.description.setPlaceholderText(
            self.tr("One sentence, starting with “I …”"))
        self.context.setPlaceholderText(self.tr("When …"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        layout.addLayout(row)
        for line in (self.title, self.context):
            line.textChanged.connect(self._on_edited)  # typed or pasted: both are edits
            line.editingFinished.connect(self.flush)
        self.description.textChanged.connect(self._on_edited)
        self._timer.timeout.connect(self.flush)
        self.confirm_button.clicked.connect(self._on_confirm_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.confirm,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def show_card_words(self, fields: Mapping[str, str],
                        frames: Mapping[str, Sequence[str]]) -> None:
        """The card's field names and starting words in the participant's language (from the
        interview's texts: card_fields.json, card_frames.json)."""
        for key, label in self.field_labels.items():
            label.setText(fields.get(key) or label.text())
        nouns, links = frames.get("nouns", ()), frames.get("clause_links", ())
        if nouns and links:
            for number, line in enumerate(self.policies):
                line.setPlaceholderText(f"{nouns[number % len(nouns)]} {links[0]} …")
        if frames.get("contexts"):
            self.context.setPlaceholderText(f"{frames['contexts'][0]} …")

    def show_version(self, version: CardVersion) -> None:
        """Display a stored version (a draft, a revision or the participant's own edit)."""
        self._timer.stop()
        self.version = version
        self._loading = True
        card = version.card
        self.title.setText(card.title)
        self.description.setPlainText(card.description)
        self.context.setText(card.context)
        for number, line in enumerate(self.policies):
            line.setText(card.policies[number] if number < len(card.policies) else "")
        for line in (self.title, self.context, *self.policies):
            line.setCursorPosition(0)  # show the start of a long text, not its end
        self._loading = False
        self.heading.setText(self.tr("Your values card (version {number})").format(
            number=version.number))
        self._refresh_notes()

    def keep_version(self, version: CardVersion) -> None:
        """The card as shown was stored as this version: later edits are measured from it."""
        self.version = version

    def show_problem(self, text: str) -> None:
        """Why the card could not be confirmed, in place of the notes."""
        self.notes.setText(text)

    def confirm(self) -> None:
        """Confirm the card as shown (Ctrl+Enter), when it can be."""
        self.confirm_button.click()

    def card(self) -> ValuesCard:
        return ValuesCard(self.title.text(), self.description.toPlainText(),
                          tuple(line.text() for line in self.policies), self.context.text())

    def set_busy(self, busy: bool, message: str | None = None) -> None:
        """Fields read-only while the model drafts; `message` says what is happening."""
        if message is None:
            message = self.tr("Drafting your card…")
        for widget in (self.title, self.description, self.context, *self.policies):
            widget.setReadOnly(busy)
        self.confirm_button.setEnabled(not busy)
        if busy:
            self.notes.setText(message)
        else:
            self._refresh_notes()

    def flush(self) -> None:
        """Hand on an edit now (before confirming, before asking for a revision)."""
        self._timer.stop()
        if self.version is not None and not self._loading and (
                self.card().cleaned() != self.version.card.cleaned()):
            self.card_edited.emit(self.card())

    def _on_edited(self) -> None:
        if not self._loading and self.version is not None:
            self._timer.start()
            self._refresh_notes()

    def _on_confirm_clicked(self) -> None:
        if self.confirm_button.isEnabled():
            self.flush()
            self.card_confirmed.emit(self.card())

    def _refresh_notes(self) -> None:
        card = self.card()
        lines = [card_note(line) for line in card_problems(card) + card_hints(card)]
        status = self.version.status if self.version else {}
        missing = [self.tr(_FIELD_NAMES[name]) for name, value in status.items()
                   if value == "fallback" and name in _FIELD_NAMES]
        if missing:
            lines.insert(0, self.tr("The interviewer could not draft {fields}: please write it "
                                    "in your own words.").format(
                fields=self.tr(", ").join(missing)))
        filled = len(card.cleaned().policies)
        if filled < MIN_POLICIES:
            lines.append(self.tr("{filled} of at least {minimum} things you pay attention to.")
                         .format(filled=filled, minimum=MIN_POLICIES))
        self.notes.setText("\n".join(dict.fromkeys(lines)))
        self.confirm_button.setEnabled(not card_problems(card) and not self.title.isReadOnly())
