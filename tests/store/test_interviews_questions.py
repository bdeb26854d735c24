"""Questions the study lead edits, orders and archives; older behaviour unchanged."""

from __future__ import annotations

import pytest

from desktop.store import Study
from desktop.store.questions import (
    add_questions,
    archive_question,
    get_question,
    list_questions,
    move_question,
    update_question,
)


@pytest.fixture
def study_with_questions(study: Study) -> Study:
    """The shared study with three questions: One?, Two?, Three?"""
    add_questions(study, [(t, "", "") for t in ("One?", "Two?", "Three?")])
    return study


pytestmark = pytest.mark.usefixtures("study_with_questions")  # every test here starts from it


def texts(study: Study) -> list[str]:
    return [q.text for q in list_questions(study)]


def test_questions_are_edited_in_place(study: Study) -> None:
    first = list_questions(study)[0]
    edited = update_question(study, first.id, ' "Une" question ? ', "fr", "note")
    assert (edited.text, edited.language, edited.note) == ('"Une" question ?', "fr", "note")
    with pytest.raises(ValueError, match="needs some text"):
        update_question(study, first.id, "  ")
    assert texts(study)[0] == '"Une" question ?'


def test_questions_are_reordered(study: Study) -> None:
    three = list_questions(study)[2]
    move_question(study, three.id, -1)
    assert texts(study) == ["One?", "Three?", "Two?"]
    move_question(study, three.id, -5)
    assert texts(study) == ["Three?", "One?", "Two?"]
    move_question(study, three.id, 9)
    assert texts(study) == ["One?", "Two?", "Three?"]


def test_archived_questions_leave_the_list_but_stay_reachable(study: Study) -> None:
    two = list_questions(study)[1]
    archive_question(study, two.id)
    assert texts(study) == ["One?", "Three?"]
    assert get_question(study, two.id) is not None
    with pytest.raises(ValueError, match="no longer"):
        move_question(study, two.id, 1)
