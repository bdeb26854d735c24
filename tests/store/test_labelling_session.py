"""An annotator's session through their queue: submit, go back, change, finish."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.labelling import DilemmaAnswer, valence_answer
from desktop.core.suggestions import Suggestion
from desktop.store.assignments import assign_items
from desktop.store.labelling_session import LabellingSession
from desktop.store.labels import current_labels, label_count
from desktop.store.suggestions import add_suggestion, latest_suggestion
from tests.support.labelling import annotators, demo_items, new_study


@pytest.fixture
def session(tmp_path: Path) -> LabellingSession:
    study = new_study(tmp_path)
    demo_items(study)
    (person,) = annotators(study, "A-1")
    assign_items(study, [person.id], 1)
    return LabellingSession(study, person.id)


def answer_for(session: LabellingSession, choice: str = "a") -> DilemmaAnswer:
    assert session.item is not None and session.item.kind == "dilemma"
    return DilemmaAnswer(choice)


def test_submit_saves_and_moves_on(session: LabellingSession) -> None:
    first = session.item
    label = session.submit(answer_for(session), duration_ms=900)
    assert label is not None and label.duration_ms == 900 and label.item_id == first.id
    assert session.done == 1 and session.index == 1 and session.item != first
    assert label_count(session.study) == 1


def test_back_shows_the_label_and_a_change_supersedes_it(session: LabellingSession) -> None:
    original = session.submit(answer_for(session, "a"))
    session.submit(answer_for(session, "b"))
    assert session.back() and session.index == 1
    assert session.label is not None and session.label.answer.choice == "b"
    assert session.back() and session.label is not None and session.label.id == original.id
    changed = session.submit(answer_for(session, "undecided"))
    assert changed is not None and changed.supersedes_id == original.id
    assert session.done == 2 and session.index == 1
    assert session.submit(answer_for(session, "b")) is None  # unchanged: nothing written
    assert label_count(session.study) == 3 and session.index == 2
    assert session.back() and session.index == 1


def test_back_at_the_start_does_nothing(session: LabellingSession) -> None:
    assert not session.back() and session.index == 0


def test_forward_never_skips_an_unlabelled_item(session: LabellingSession) -> None:
    assert not session.forward()
    session.submit(answer_for(session))
    session.back()
    assert session.forward() and session.index == 1
    assert not session.forward()


def test_an_incomplete_answer_is_refused_and_nothing_moves(session: LabellingSession) -> None:
    with pytest.raises(ValueError, match="Choose the action"):
        session.submit(DilemmaAnswer())
    assert session.index == 0 and label_count(session.study) == 0


def test_a_whole_queue_finishes_and_reopens_where_it_stopped(session: LabellingSession) -> None:
    for _ in range(50):
        session.submit(answer_for(session))
    assert session.item is not None and session.item.kind == "valence"
    reopened = LabellingSession(session.study, session.annotator_id)
    assert reopened.index == 50 and reopened.done == 50
    while not session.finished:
        session.submit(valence_answer(True, "either"))
    assert session.done == session.assigned == 83 and session.item is None
    assert len(current_labels(session.study)) == 83


def test_the_suggestion_shown_is_kept_with_whether_it_was_accepted(
        session: LabellingSession) -> None:
    for _ in range(50):
        session.submit(answer_for(session))
    item = session.item
    assert item is not None
    add_suggestion(session.study, item.id, Suggestion(valence_answer(True, "supports", "Why.")),
                   model_file="m.gguf", model_sha256="f" * 64)
    shown = latest_suggestion(session.study, item.id)
    kept = session.submit(valence_answer(True, "supports", "My words."), suggestion=shown)
    assert kept is not None and kept.suggestion_id == shown.id and kept.suggestion_accepted
    add_suggestion(session.study, session.item.id, Suggestion(valence_answer(False)),
                   model_file="m.gguf", model_sha256="f" * 64)
    changed = session.submit(valence_answer(True, "opposes"),
                             suggestion=latest_suggestion(session.study, session.item.id))
    assert changed is not None and changed.suggestion_accepted is False
    plain = session.submit(valence_answer(True, "opposes"))
    assert plain is not None and plain.suggestion_id is None
    assert plain.suggestion_accepted is None
