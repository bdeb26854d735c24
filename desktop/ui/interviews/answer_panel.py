"""Where the participant types: Enter sends, Shift+Enter starts a new line, Esc stops the model."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.ui.widgets.fit import accessible

DRAFT_SAVE_MS = 800  # what is being typed is saved this long after the last keystroke


class _AnswerEdit(QPlainTextEdit):
    send_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.send_requested.emit()
            return
        super().keyPressEvent(event)


class AnswerPanel(QWidget):
    answer_submitted = Signal(str)
    stop_requested = Signal()
    draft_changed = Signal(str)  # after a pause in typing: keep it safe

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _AnswerEdit()
        self.edit.setObjectName("answerEdit")
        accessible(self.edit, self.tr("Your answer"))
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(110)
        self.send_button = QPushButton(self.tr("Send  (Enter)"))
        self.send_button.setObjectName("sendButton")
        self.stop_button = QPushButton(self.tr("Stop  (Esc)"))
        self.stop_button.setObjectName("stopButton")
        self.status = QLabel()
        self.status.setObjectName("answerStatus")
        self.status.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=DRAFT_SAVE_MS)
        self._build()
        self.set_mode("answer")
        self.set_busy(False)

    def _build(self) -> None:
        buttons = QVBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.edit.send_requested.connect(self._on_send_requested)
        self.send_button.clicked.connect(self._on_send_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.edit.textChanged.connect(self._timer.start)
        self._timer.timeout.connect(lambda: self.draft_changed.emit(self.edit.toPlainText()))

    def set_mode(self, mode: str) -> None:
        """'answer' in the conversation, 'revision' at the card, 'closed' otherwise."""
        hints = {"answer": self.tr("Type your answer. Enter sends it; Shift+Enter starts a new "
                                   "line."),
                 "revision": self.tr("Or ask the interviewer to change the card (Enter sends)."),
                 "closed": ""}
        self.edit.setPlaceholderText(hints[mode])
        self.setVisible(mode != "closed")

    def set_busy(self, busy: bool) -> None:
        """While the model writes, answers wait (typing ahead is allowed) and Stop works."""
        self.busy = busy
        self.send_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)

    def set_text(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def take_text(self) -> str:
        self._timer.stop()
        return self.edit.toPlainText()

    def accepted(self) -> None:
        """The answer is committed: now, and only now, the box is cleared."""
        self._timer.stop()
        self.set_text("")

    def show_status(self, text: str) -> None:
        """The line above the box: what the interviewer is doing, or why an answer waits."""
        self.status.setText(text)

    def focus_answer(self) -> None:
        self.edit.setFocus()

    def flush_draft(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.draft_changed.emit(self.edit.toPlainText())

    def _on_send_requested(self) -> None:
        if self.busy:
            self.show_status(self.tr("Please wait for the interviewer's question (Esc stops it)."))
            return
        self.answer_submitted.emit(self.edit.toPlainText())
