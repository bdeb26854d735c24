"""The interview's conversation: who said what, with the model's reply streaming in.

Text is only ever inserted as plain text (never parsed as HTML), and streamed text arrives in
the service's 40 ms batches, so a reply costs a few repaints, not one per token.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.ui.widgets.fit import accessible

SPEAKERS = {"assistant": QT_TRANSLATE_NOOP("ChatView", "Interviewer"),
            "user": QT_TRANSLATE_NOOP("ChatView", "You")}
_BACKGROUNDS = {"assistant": QColor("#f1f4f8"), "user": QColor("#e6f2ea")}


class ChatView(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chatView")
        accessible(self, self.tr("Interview conversation"))
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)  # a long interview must not keep an undo history
        self.document().setDocumentMargin(12)
        self._reply_start: int | None = None

    def add_message(self, role: str, text: str, note: str = "") -> None:
        """A finished message: a speaker line, then the text exactly as written."""
        cursor = self._end()
        self._speaker(cursor, role, note)
        cursor.insertBlock(self._text_block(role), QTextCharFormat())
        cursor.insertText(text)
        self._scroll_to_end()

    def begin_reply(self, role: str = "assistant") -> None:
        if self._reply_start is not None:
            return  # a retry streams into the same place
        cursor = self._end()
        self._speaker(cursor, role, "")
        cursor.insertBlock(self._text_block(role), QTextCharFormat())
        self._reply_start = cursor.position()
        self._scroll_to_end()

    def append_reply(self, text: str) -> None:
        if self._reply_start is None:
            self.begin_reply()
        self._end().insertText(text)
        self._scroll_to_end()

    def end_reply(self, text: str) -> None:
        """Replace what streamed with the text as stored (cleaned, or the fallback question)."""
        if self._reply_start is None:
            self.add_message("assistant", text)
            return
        cursor = self._reply_cursor()
        cursor.insertText(text)
        self._reply_start = None
        self._scroll_to_end()

    def discard_reply(self) -> None:
        """Take back a streamed reply that will be asked again (a retry)."""
        if self._reply_start is not None:
            self._reply_cursor().removeSelectedText()

    @property
    def streamed_text(self) -> str:
        return self._reply_cursor().selectedText() if self._reply_start is not None else ""

    def clear_messages(self) -> None:
        self.clear()
        self._reply_start = None

    def _reply_cursor(self) -> QTextCursor:
        cursor = self._end()
        cursor.setPosition(self._reply_start or 0, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _speaker(self, cursor: QTextCursor, role: str, note: str) -> None:
        speaker = QTextCharFormat()
        speaker.setFontWeight(QFont.Weight.Bold)
        speaker.setForeground(QColor("#44546a"))
        block = QTextBlockFormat()
        block.setTopMargin(10)
        if self.document().isEmpty():
            cursor.setBlockFormat(block)
            cursor.setCharFormat(speaker)
        else:
            cursor.insertBlock(block, speaker)
        speaker = self.tr(SPEAKERS[role]) if role in SPEAKERS else role
        cursor.insertText(speaker + (f"  ·  {note}" if note else ""))

    def _text_block(self, role: str) -> QTextBlockFormat:
        block = QTextBlockFormat()
        block.setBackground(_BACKGROUNDS.get(role, QColor("white")))
        block.setLeftMargin(6)
        block.setRightMargin(6)
        return block

    def _end(self) -> QTextCursor:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def _scroll_to_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())
