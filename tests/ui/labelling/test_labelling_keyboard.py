"""A labelling session driven by keys alone (no mouse): 30 items, going back, changing labels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.labelling import DilemmaAnswer, ValenceAnswer
from desktop.store import Study
from desktop.store.assignments import assign_items
from desktop.store.labels import current_labels, label_count
from desktop.ui.labelling.labelling_page import LabellingPage
from desktop.ui.labelling.labelling_view import LabellingView
from desktop.ui.shell.llm_service import LlmService
from tests.support.labelling import annotators, demo_items
from tests.support.labelling_page import show_labelling_page


@pytest.fixture
def study_with_a_queue(study: Study) -> Study:
    """The shared study with the demo items, all assigned to annotator A-KEYS."""
    demo_items(study)
    (person,) = annotators(study, "A-KEYS")
    assign_items(study, [person.id], 1, order="shuffled")  # dilemmas and valence mixed
    return study


pytestmark = pytest.mark.usefixtures("study_with_a_queue")  # every test here starts from it


@pytest.fixture
def page(qtbot: QtBot, study: Study) -> Iterator[LabellingPage]:
    service = LlmService()  # no model loaded: labelling must not need one
    page = show_labelling_page(qtbot, service, study, size=(1100, 760))
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    yield page
    service.shutdown()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key to whatever has the keyboard focus, as a person typing would send it."""
    focus = QApplication.focusWidget()
    assert isinstance(focus, QWidget), "nothing has the keyboard focus"
    QTest.keyClick(focus, key, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def label_current(view: LabellingView, number: int) -> None:
    """Label the shown item with keys only; what is pressed depends on the kind and number."""
    if view.stack.currentWidget() is view.dilemma:
        press(Qt.Key.Key_B if number % 3 == 0 else Qt.Key.Key_A)
        press(Qt.Key.Key_Tab)  # to the values of B
        press(Qt.Key.Key_1)
        press(Qt.Key.Key_Tab)  # to the parties
        press(Qt.Key.Key_N)
        type_text(f"neighbour {number}")
        press(Qt.Key.Key_Return)  # adds the party and comes back to the form
        press(Qt.Key.Key_Return)  # saves the label
    else:
        press((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_E, Qt.Key.Key_0)[number % 4])
        if number % 2:
            press(Qt.Key.Key_W)
            type_text("said plainly")
            press(Qt.Key.Key_Return)  # Enter in the explanation saves the label
        else:
            press(Qt.Key.Key_Return)


def test_thirty_items_with_the_keyboard_alone_including_undo(page: LabellingPage,
                                                              study: Study) -> None:
    view = page.view
    assert QApplication.focusWidget() is view
    kinds = set()
    for number in range(1, 31):
        kinds.add(view.session.item.kind)
        label_current(view, number)
        assert view.session.done == number
        assert view.progress.value() == number and view.progress.maximum() == 83
        if number == 12:
            undo_and_change(view, study)
    assert kinds == {"dilemma", "valence"}
    labels = current_labels(study)
    assert len(labels) == 30 and label_count(study) == 31  # one change superseded a label
    assert all(label.duration_ms is not None and label.started_at for label in labels)
    parties = [lb.answer.parties for lb in labels if isinstance(lb.answer, DilemmaAnswer)]
    assert all(len(p) >= 1 for p in parties)
    explained = [lb.answer for lb in labels if isinstance(lb.answer, ValenceAnswer)
                 and lb.answer.explanation == "said plainly"]
    assert explained


def undo_and_change(view: LabellingView, study: Study) -> None:
    """Backspace twice and Ctrl+Z, change that label, then walk forward with Enter."""
    after = view.session.item.id
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Backspace)
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.session.index == 9 and view.session.label is not None
    earlier = view.session.label
    if view.stack.currentWidget() is view.dilemma:
        assert view.dilemma.answer() == earlier.answer  # the stored label is shown
        press(Qt.Key.Key_C)
    else:
        assert view.valence.answer() == earlier.answer
        press(Qt.Key.Key_0 if earlier.answer.relevant else Qt.Key.Key_1)
    press(Qt.Key.Key_Return)
    changed = [lb for lb in current_labels(study) if lb.item_id == earlier.item_id][0]
    assert changed.supersedes_id == earlier.id and changed.answer != earlier.answer
    press(Qt.Key.Key_Return)  # items 11 and 12 unchanged: Enter only moves on
    press(Qt.Key.Key_Return)
    assert view.session.item.id == after and label_count(study) == 13


def test_enter_on_an_unfinished_label_says_what_is_missing(page: LabellingPage,
                                                          study: Study) -> None:
    view = page.view
    press(Qt.Key.Key_Return)
    assert view.session.index == 0 and label_count(study) == 0
    assert "Choose" in view.status.text() or "Mark" in view.status.text()


def test_guidelines_are_one_key_away(page: LabellingPage) -> None:
    view = page.view
    assert not view.guidelines.isVisible()
    press(Qt.Key.Key_F1)
    assert view.guidelines.isVisible() and "Enter" in view.guidelines.toPlainText()
    press(Qt.Key.Key_F1)
    assert not view.guidelines.isVisible()


def test_escape_leaves_a_text_field_without_saving(page: LabellingPage, study: Study) -> None:
    view = page.view
    while view.stack.currentWidget() is not view.valence:
        label_current(view, 3)
    item = view.session.item.id
    saved = label_count(study)
    press(Qt.Key.Key_W)
    assert QApplication.focusWidget() is view.valence.explanation
    type_text("half a thought")
    press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view and label_count(study) == saved
    press(Qt.Key.Key_2)
    press(Qt.Key.Key_Return)
    assert label_count(study) == saved + 1
    (label,) = [lb for lb in current_labels(study) if lb.item_id == item]
    assert label.answer == ValenceAnswer(True, "opposes", "half a thought")  # Esc kept the text
