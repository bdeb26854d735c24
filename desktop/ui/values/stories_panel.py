"""Upgrade stories for the study lead: draft them with the local model (both directions of
each proposed pair, one request at a time on the model's worker), then read, edit, approve
or drop each one before any participant sees it."""

from __future__ import annotations

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

from desktop.core.graph.stories import STORY_SCHEMA, judge_story, propose_pairs, story_text
from desktop.core.graph.values import Value
from desktop.llm.protocol import ChatMessage, Generation, SamplingSettings
from desktop.llm.stories import load_story_prompt
from desktop.store import Study
from desktop.store.graph import Story, add_story, list_stories, list_values, review_story
from desktop.store.values import cards_of
from desktop.ui.shell.llm_service import LlmService

ROLE = Qt.ItemDataRole.UserRole
MAX_PER_RUN = 6


class StoriesPanel(QWidget):
    def __init__(self, service: LlmService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.study = service, None
        self.queue: list[tuple[str, Value, Value, int]] = []  # (context, from, to, attempt)
        self.request: tuple[int, str, Value, Value, int] | None = None
        self.stories = QListWidget()
        self.stories.setObjectName("storyList")
        self.stories.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("storyEditor")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.draft_button = QPushButton("Draft stories for new pairs")
        self._build()
        service.generation_finished.connect(self._on_generation_finished)
        service.generation_failed.connect(self._on_generation_failed)

    def _build(self) -> None:
        self.draft_button.clicked.connect(self.draft_new)
        self.stories.currentItemChanged.connect(lambda *_: self._show_selected())
        actions = QHBoxLayout()
        for text, slot in (("Save edit", self.save_edit), ("Approve", self.approve),
                           ("Drop", self.drop)):
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
        titles = {v.id: v.title for v in list_values(self.study)}
        for story in list_stories(self.study):
            line = (f"[{story.status}] {titles.get(story.from_value_id, '?')} → "
                    f"{titles.get(story.to_value_id, '?')}"
                    + ("" if story.text else "  (to be written)"))
            item = QListWidgetItem(line)
            item.setData(ROLE, story)
            self.stories.addItem(item)

    def draft_new(self) -> None:
        if self.study is None:
            return
        done = {(s.from_value_id, s.to_value_id) for s in list_stories(self.study)}
        values = list_values(self.study)
        pairs = [p for p in propose_pairs(values, _questions(self.study, values))
                 if (p[1].id, p[2].id) not in done][:MAX_PER_RUN]
        self.queue = [(context, a, b, 1) for context, a, b in pairs]
        self.status.setText(f"Drafting {len(pairs)} stories with the local model…" if pairs
                            else "Every proposed pair has a story already.")
        self._next()

    def _next(self) -> None:
        if self.request is not None or not self.queue:
            return
        context, old, new, attempt = self.queue.pop(0)
        prompt = load_story_prompt()
        messages = [ChatMessage(role, text)  # type: ignore[arg-type]
                    for role, text in prompt.messages(context, old, new)]
        sampling = SamplingSettings(max_tokens=400, temperature=0.7, seed=attempt)
        self.request = (self.service.generate(messages, sampling, STORY_SCHEMA), context, old,
                        new, attempt)

    def _on_generation_finished(self, request_id: int, generation: Generation) -> None:
        if self.request is None or request_id != self.request[0] or self.study is None:
            return
        _, context, old, new, attempt = self.request
        self.request = None
        text = story_text(generation.text)
        if judge_story(text, generation.finish_reason) is not None and attempt == 1:
            self.queue.insert(0, (context, old, new, 2))  # one retry, then a blank to write
        else:
            usable = judge_story(text, generation.finish_reason) is None
            add_story(self.study, context, old.id, new.id, text if usable else "",
                      generation.model.file_name, generation.model.sha256)
            self.refresh()
        self._next()
        if not self.queue and self.request is None:
            self.status.setText("Drafts are ready: read each one, edit it, then approve or drop.")

    def _on_generation_failed(self, request_id: int, problem: str) -> None:
        if self.request is not None and request_id == self.request[0]:
            self.request, self.queue = None, []
            self.status.setText(f"The model could not draft stories: {problem}")

    def _selected(self) -> Story | None:
        item = self.stories.currentItem()
        story = item.data(ROLE) if item is not None else None
        return story if isinstance(story, Story) else None

    def _show_selected(self) -> None:
        story = self._selected()
        self.editor.setPlainText(story.text if story else "")

    def save_edit(self) -> None:
        self._review(text=self.editor.toPlainText().strip())

    def approve(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            self.status.setText("A story needs words before participants can see it.")
            return
        self._review(text=text, status="approved")

    def drop(self) -> None:
        self._review(status="dropped")

    def _review(self, text: str | None = None, status: str | None = None) -> None:
        story = self._selected()
        if self.study is None or story is None:
            return
        row = self.stories.currentRow()
        review_story(self.study, story.id, text=text, status=status)
        self.refresh()
        self.stories.setCurrentRow(row)


def _questions(study: Study, values: list[Value]) -> dict[str, str]:
    """Each value's context for stories: the question its cards answered."""
    questions = {}
    for value in values:
        cards = cards_of(study, value.id)
        if cards:
            questions[value.id] = cards[0].question
    return questions
