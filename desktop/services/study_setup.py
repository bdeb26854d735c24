"""Setting up a study on its Study page: the questions (contexts), the demographic fields asked
of participants, the closing survey and the interview settings."""

from __future__ import annotations

from desktop.store.interview_setup import (
    interview_settings,
    save_interview_settings,
    set_study_survey,
    study_survey,
)
from desktop.store.participants import (
    add_demographic_field,
    archive_demographic_field,
    list_demographic_fields,
    update_demographic_field,
)
from desktop.store.questions import (
    add_question,
    archive_question,
    get_question,
    import_questions,
    list_questions,
    move_question,
    update_question,
)

__all__ = [
    "add_demographic_field", "add_question", "archive_demographic_field", "archive_question",
    "get_question", "import_questions", "interview_settings", "list_demographic_fields",
    "list_questions", "move_question", "save_interview_settings", "set_study_survey",
    "study_survey", "update_demographic_field", "update_question",
]
