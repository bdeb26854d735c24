"""One annotator working through their queue: where they are, what is labelled, going back.

Qt-free, so the keyboard flow's logic is tested without a window. Submitting writes one label
in one small transaction and moves on; the queue is read once, never reloaded per item.
"""

from __future__ import annotations

from desktop.core.labelling import Answer, LabelItem
from desktop.core.suggestions import suggestion_accepted
from desktop.store.assignments import QueueEntry, annotator_queue
from desktop.store.items import load_item
from desktop.store.labels import StoredLabel, add_label, current_label
from desktop.store.study import Study
from desktop.store.suggestions import StoredSuggestion


class LabellingSession:
    """The annotator's place in their queue. `index == len(queue)` means all are labelled."""

    def __init__(self, study: Study, annotator_id: str) -> None:
        self.study = study
        self.annotator_id = annotator_id
        self.queue: list[QueueEntry] = annotator_queue(study, annotator_id)
        self.labelled = [entry.labelled for entry in self.queue]
        self.done = sum(self.labelled)
        self.index = self._first_unlabelled()
        self.item: LabelItem | None = None
        self.label: StoredLabel | None = None
        self._load()

    @property
    def assigned(self) -> int:
        return len(self.queue)

    @property
    def finished(self) -> bool:
        return self.index >= len(self.queue)

    def submit(self, answer: Answer, *, started_at: str | None = None,
               duration_ms: int | None = None,
               suggestion: StoredSuggestion | None = None) -> StoredLabel | None:
        """Save the answer for the current item (unless it is unchanged) and move on.

        Returns the new label, or None when nothing needed saving. ValueError (with a sentence
        for the annotator) if the answer is incomplete.
        """
        if self.item is None:
            return None
        problem = answer.problem()
        if problem:
            raise ValueError(problem)
        stored = None
        if self.label is None or self.label.answer != answer:
            shown = suggestion if suggestion is not None and suggestion.answer else None
            stored = add_label(
                self.study, self.item.id, self.annotator_id, answer, started_at=started_at,
                duration_ms=duration_ms, suggestion_id=shown.id if shown else None,
                suggestion_accepted=(suggestion_accepted(shown.answer, answer)
                                     if shown and shown.answer else None))
            if not self.labelled[self.index]:
                self.labelled[self.index] = True
                self.done += 1
        self._advance()
        return stored

    def back(self) -> bool:
        """Go to the previous item in the queue (to see or change its label)."""
        if self.index == 0:
            return False
        self.index -= 1
        self._load()
        return True

    def forward(self) -> bool:
        """Go to the next item, but only past one that is labelled: nothing is skipped."""
        if self.finished or not self.labelled[self.index]:
            return False
        self._advance()
        return True

    def jump_to_next_unlabelled(self) -> None:
        self.index = self._first_unlabelled()
        self._load()

    def upcoming(self, count: int) -> list[str]:
        """Ids of the current item and the next ones, for fetching suggestions ahead."""
        return [entry.item_id for entry in self.queue[self.index:self.index + count]]

    def _advance(self) -> None:
        # At the end of the queue, come back to anything left unlabelled (else: finished).
        following = self.index + 1
        self.index = following if following < len(self.queue) else self._first_unlabelled()
        self._load()

    def _first_unlabelled(self) -> int:
        return next((i for i, done in enumerate(self.labelled) if not done), len(self.queue))

    def _load(self) -> None:
        if self.finished:
            self.item, self.label = None, None
            return
        entry = self.queue[self.index]
        self.item = load_item(self.study, entry.item_id)
        self.label = current_label(self.study, entry.item_id, self.annotator_id)
