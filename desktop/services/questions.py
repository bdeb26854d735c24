"""Questions (contexts) of a study as the study lead manages them: list, add, edit, archive,
move; a question is named by its id, and an unknown id is refused naming the study file."""

from __future__ import annotations

from desktop.core.questions import Question
from desktop.services.refusals import named_after
from desktop.store import Study, StudyError
from desktop.store.questions import (
    add_question,
    archive_question,
    get_question,
    list_questions,
    move_question,
    update_question,
)

__all__ = ["Question", "add", "archive", "edit", "listed", "move"]


def listed(study: Study) -> list[Question]:
    """The questions new interviews can be about, in the lead's order (archived left out)."""
    return list_questions(study)


def add(study: Study, text: str, language: str = "", note: str = "") -> Question:
    """Append a question at the end of the list (ValueError for an empty or huge text)."""
    with named_after(study):
        return add_question(study, text, language, note)


def edit(study: Study, question_id: str, text: str | None = None,
         language: str | None = None, note: str | None = None) -> Question:
    """Change what is given; interviews already made keep the text they were asked with."""
    question = _known(study, question_id)
    with named_after(study):
        return update_question(study, question.id, question.text if text is None else text,
                               question.language if language is None else language,
                               question.note if note is None else note)


def archive(study: Study, question_id: str) -> Question:
    """Hide a question from new interviews; its interviews stay."""
    question = _known(study, question_id)
    archive_question(study, question.id)
    return question


def move(study: Study, question_id: str, offset: int) -> list[Question]:
    """Move a listed question up (offset < 0) or down; returns the new order."""
    question = _known(study, question_id)
    if question.id not in {q.id for q in list_questions(study)}:
        raise StudyError(study.path, f"the question {question_id!r} is archived, so it has "
                         "no place in the list.")
    move_question(study, question.id, offset)
    return list_questions(study)


def _known(study: Study, question_id: str) -> Question:
    question = get_question(study, question_id.strip())
    if question is None:
        raise StudyError(study.path, f"there is no question {question_id!r} in this study.")
    return question
