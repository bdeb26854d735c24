"""The values card, editable field by field: the participant has the last word.

Edits are handed on when a field is left (or after a pause in typing) and kept as a new card
version; fields the model could not draft are empty, with a hint to write them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
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
from desktop.ui.widgets.fit import accessible

EDIT_SAVE_MS = 1500
_FIELD_NAMES = {"title": "the title", "description": "what you care about",
                "policies": "what you pay attention to", "context": "when this matters"}
_PLACEHOLDERS = ("MOMENTS when …", "CHOICES that …", "OPPORTUNITIES for …", "FEELINGS of …")


class CardEditorPanel(QWidget):
    card_edited = Signal(object)  # ValuesCard, after a field was changed
    card_confirmed = Signal(object)  # ValuesCard as confirmed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardEditor")
        self.version: CardVersion | None = None
        self._loading = False
        self.heading = QLabel("Your values card")
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
        self.confirm_button = QPushButton("This is my card: confirm  (Ctrl+Enter)")
        self.confirm_button.setObjectName("confirmCard")
        self._timer = QTimer(self, singleShot=True, interval=EDIT_SAVE_MS)
        self._build()
        self.set_busy(True, "")

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("What I care about", self.description)
        policy_box = QVBoxLayout()
        for number, line in enumerate(self.policies):
            line.setObjectName(f"cardPolicy{number + 1}")
            accessible(line, f"Attentional policy {number + 1}")
            line.setPlaceholderText(_PLACEHOLDERS[number % len(_PLACEHOLDERS)])
            policy_box.addWidget(line)
            line.textChanged.connect(self._on_edited)
            line.editingFinished.connect(self.flush)
        form.addRow("What I pay attention to", policy_box)
        form.addRow("When this matters", self.context)
        self.title.setPlaceholderText("2 to 5 words")
        self.description.setPlaceholderText("One sentence, starting with “I …”")
        self.context.setPlaceholderText("When …")
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
        self.heading.setText(f"Your values card (version {version.number})")
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

    def set_busy(self, busy: bool, message: str = "Drafting your card…") -> None:
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
        lines = card_problems(card) + card_hints(card)
        status = self.version.status if self.version else {}
        missing = [_FIELD_NAMES[name] for name, value in status.items()
                   if value == "fallback" and name in _FIELD_NAMES]
        if missing:
            lines.insert(0, f"The interviewer could not draft {', '.join(missing)}: please "
                         "write it in your own words.")
        filled = len(card.cleaned().policies)
        if filled < MIN_POLICIES:
            lines.append(f"{filled} of at least {MIN_POLICIES} things you pay attention to.")
        self.notes.setText("\n".join(dict.fromkeys(lines)))
        self.confirm_button.setEnabled(not card_problems(card) and not self.title.isReadOnly())
