"""The "Try the model" panel: type a prompt, watch the local model stream its reply."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.llm.protocol import ChatMessage, Generation, SamplingSettings
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.widgets.fit import accessible

EXAMPLE_PROMPT = QT_TRANSLATE_NOOP("TryModelPanel",
                                   "In two sentences: what makes a piece of advice wise?")


class TryModelPanel(QWidget):
    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.request_id: int | None = None
        self.max_tokens = 200
        self.prompt = QPlainTextEdit(self.tr(EXAMPLE_PROMPT))
        self.prompt.setObjectName("tryPrompt")
        accessible(self.prompt, self.tr("Prompt"))
        self.prompt.setMaximumHeight(90)
        self.reply = QPlainTextEdit()  # plain text: model output is never read as HTML
        self.reply.setObjectName("tryReply")
        accessible(self.reply, self.tr("Model's reply"))
        self.reply.setReadOnly(True)
        self.reply.setPlaceholderText(self.tr("The model's reply streams here."))
        self.send_button = QPushButton(self.tr("Send  (Ctrl+Enter)"))
        self.stop_button = QPushButton(self.tr("Stop  (Esc)"))
        self.stats = QLabel("")
        self.stats.setObjectName("tryStats")
        self.stats.setWordWrap(True)
        self._build_layout()
        self._connect()
        self._set_running(False)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Prompt")))
        layout.addWidget(self.prompt)
        layout.addLayout(buttons)
        layout.addWidget(self.reply, 1)
        layout.addWidget(self.stats)

    def _connect(self) -> None:
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Esc"), self, self.stop,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.service.text_received.connect(self._on_text_received)
        self.service.generation_finished.connect(self._on_generation_finished)
        self.service.generation_failed.connect(self._on_generation_failed)
        self.service.generation_stopped.connect(self._on_generation_stopped)

    def send(self) -> None:
        text = self.prompt.toPlainText().strip()
        if self.request_id is not None:
            return
        if not text:
            self.stats.setText(self.tr("Type a prompt first: there is nothing to send."))
            return
        if self.service.identity is None:
            self.stats.setText(self.service.load_error or self.tr("The model is still loading…"))
            return
        self.reply.clear()
        self.stats.setText(self.tr("Thinking…"))
        sampling = SamplingSettings(max_tokens=self.max_tokens, temperature=0.7)
        self.request_id = self.service.generate([ChatMessage("user", text)], sampling)
        self._set_running(True)

    def stop(self) -> None:
        if self.request_id is not None:
            self.service.stop(self.request_id)

    def _set_running(self, running: bool) -> None:
        self.send_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def _on_text_received(self, request_id: int, text: str) -> None:
        if request_id == self.request_id:
            self.reply.moveCursor(QTextCursor.MoveOperation.End)
            self.reply.insertPlainText(text)

    def _on_generation_stopped(self, request_id: int) -> None:
        if request_id == self.request_id:
            self.request_id = None
            self.stats.setText(self.tr("Stopped."))
            self._set_running(False)

    def _on_generation_finished(self, request_id: int, generation: Generation) -> None:
        if request_id != self.request_id:
            return
        self.request_id = None
        self._set_running(False)
        self.stats.setText(self._describe(generation))

    def _describe(self, generation: Generation) -> str:
        tokens, file = generation.completion_tokens, generation.model.file_name
        rate = f"{generation.tokens_per_second:.0f}"
        if generation.finish_reason == "length":
            return (self.tr("{tokens} tokens at {rate} tokens/s from {file} (cut at the length "
                            "limit).") if generation.tokens_per_second else
                    self.tr("{tokens} tokens from {file} (cut at the length limit).")).format(
                tokens=tokens, rate=rate, file=file)
        return (self.tr("{tokens} tokens at {rate} tokens/s from {file}.")
                if generation.tokens_per_second else
                self.tr("{tokens} tokens from {file}.")).format(tokens=tokens, rate=rate,
                                                                file=file)

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        if request_id == self.request_id:
            self.request_id = None
            self._set_running(False)
            self.stats.setText(problem)
