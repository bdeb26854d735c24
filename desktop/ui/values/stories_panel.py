"""Upgrade stories for the study lead: draft them with the local model (both directions of
each proposed pair, one request at a time on the model's worker), then read, edit, approve
or drop each one before any participant sees it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.graph.stories import STORY_SCHEMA
from desktop.llm.protocol import Generation
from desktop.services import stories
from desktop.services.stories import Pair, Story
from desktop.store import Study, StudyError
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.widgets.fit import accessible

ROLE = Qt.ItemDataRole.UserRole
MAX_PER_RUN = stories.MAX_PER_RUN


class StoriesPanel(QWidget):
    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.study: Study | None = None
        self.queue: list[tuple[Pair, int]] = []  # (pair, attempt)
        self.request: tuple[int, Pair, int] | None = None  # (request id, pair, attempt)
        self.stories = QListWidget()
        self.stories.setObjectName("storyList")
        accessible(self.stories, self.tr("Upgrade stories"))
        self.stories.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("storyEditor")
        accessible(self.editor, self.tr("Story text"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("Draft stories for new pairs"))
        self._build()
        service.generation_finished.connect(self._on_generation_finished)
        service.generation_failed.connect(self._on_generation_failed)

    def _build(self) -> None:
        self.draft_button.clicked.connect(self.draft_new)
        self.stories.currentItemChanged.connect(lambda *_: self._show_selected())
        actions = QHBoxLayout()
        for text, slot in ((self.tr("Save edit"), self.save_edit),
                           (self.tr("Approve"), self.approve), (self.tr("Drop"), self.drop)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            actions.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(self.editor, 1)
        right.addLayout(actions)
        columns = QHBoxLayout()
        columns.addWidget(self.stories, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.draft_button)
        layout.addWidget(self.status)
        layout.addLayout(columns, 1)

    def show_study(self, study: Study | None) -> None:
        self.study, self.queue = study, []
        self.refresh()

    def refresh(self) -> None:
        self.stories.clear()
        if self.study is None:
            return
        for entry in stories.listed(self.study):
            line = (self.tr("[{status}] {source} → {target}") if entry.story.text
                    else self.tr("[{status}] {source} → {target}  (to be written)"))
            item = QListWidgetItem(line.format(status=self._status_name(entry.story.status),
                                               source=entry.from_title or "?",
                                               target=entry.to_title or "?"))
            item.setData(ROLE, entry.story)
            self.stories.addItem(item)

    def _status_name(self, status: str) -> str:
        names = {"draft": self.tr("draft"), "approved": self.tr("approved"),
                 "dropped": self.tr("dropped")}
        return names.get(status, status)

    def draft_new(self) -> None:
        if self.study is None:
            return
        pairs = stories.pairs_to_draft(self.study, limit=MAX_PER_RUN)
        self.queue = [(pair, 1) for pair in pairs]
        self.status.setText(self.tr("Drafting %n stories with the local model…", "", len(pairs))
                            if pairs else self.tr("Every proposed pair has a story already."))
        self._next()

    def _next(self) -> None:
        if self.request is not None or not self.queue:
            return
        pair, attempt = self.queue.pop(0)
        request_id = self.service.generate(stories.draft_messages(pair),
                                           stories.draft_sampling(attempt), STORY_SCHEMA)
        self.request = (request_id, pair, attempt)

    def _on_generation_finished(self, request_id: int, generation: Generation) -> None:
        if self.request is None or request_id != self.request[0] or self.study is None:
            return
        _, pair, attempt = self.request
        self.request = None
        if stories.keep_draft(self.study, pair, generation, attempt) is None:
            self.queue.insert(0, (pair, attempt + 1))  # one retry, then a blank to write
        else:
            self.refresh()
        self._next()
        if not self.queue and self.request is None:
            self.status.setText(self.tr("Drafts are ready: read each one, edit it, then approve or "
                                        "drop."))

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        if self.request is not None and request_id == self.request[0]:
            self.request, self.queue = None, []
            self.status.setText(self.tr("The model could not draft stories: {problem}").format(
                problem=problem))

    def _selected(self) -> Story | None:
        item = self.stories.currentItem()
        story = item.data(ROLE) if item is not None else None
        return story if isinstance(story, Story) else None

    def _show_selected(self) -> None:
        story = self._selected()
        self.editor.setPlainText(story.text if story else "")

    def save_edit(self) -> None:
        text = self.editor.toPlainText()
        self._review(lambda study, story_id: stories.save_text(study, story_id, text))

    def approve(self) -> None:
        text = self.editor.toPlainText()
        self._review(lambda study, story_id: stories.approve(study, story_id, text))

    def drop(self) -> None:
        self._review(stories.drop)

    def _review(self, action: Callable[[Study, str], Story]) -> None:
        story = self._selected()
        if self.study is None or story is None:
            return
        row = self.stories.currentRow()
        try:
            action(self.study, story.id)
        except StudyError as error:
            self.status.setText(error.problem[:1].upper() + error.problem[1:])
        self.refresh()
        self.stories.setCurrentRow(row)

