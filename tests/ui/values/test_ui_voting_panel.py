"""Wiser-than voting by keyboard: every answer committed at once, no pair asked twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.people import Role
from desktop.store import Study, open_study
from desktop.store.graph import add_story, load_votes
from desktop.store.people import add_person
from desktop.ui.values.voting_panel import VotingPanel
from tests.support.voting import approve_stories, make_values


@pytest.fixture
def study_with_stories(study: Study) -> Study:
    """The shared study with four values, three approved stories and one draft."""
    ids = make_values(study, 4)
    approve_stories(study, ids, ((0, 1, "When advising"), (1, 0, "When advising"),
                                 (2, 3, "When advising")),
                    "I used to live by {a} <b>not bold</b>, then {b}.")
    add_story(study, "When advising", ids[0], ids[3], "A draft nobody approved.")
    return study


pytestmark = pytest.mark.usefixtures("study_with_stories")  # every test here starts from it


def test_a_keyboard_session_saves_each_answer_and_never_repeats_a_pair(
        qtbot: QtBot, study: Study) -> None:
    person = add_person(study, Role.PARTICIPANT)
    panel = VotingPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.start(study, person.id, limit=5)
    assert "<b>not bold</b>" in panel.story.text()  # shown as plain text
    qtbot.keyClick(panel, Qt.Key.Key_1)
    with open_study(study.path) as other:  # committed at once, visible to another connection
        assert [v.relationship for v in load_votes(other)] == ["upgrade"]
    panel.why.setText("It sounded more honest.")
    with qtbot.waitSignal(panel.session_finished) as finished:
        qtbot.keyClick(panel, Qt.Key.Key_3)
    assert finished.args == [2]  # 0->1 and its reverse count once; 2->3; the draft is not asked
    votes = load_votes(study)
    assert [v.relationship for v in votes] == ["upgrade", "not_sure"]
    assert votes[1].comment == "It sounded more honest."
    assert not any(button.isEnabled() for button in panel.buttons.values())
    panel.start(study, person.id)  # a new session for the same person: nothing left to ask
    assert panel.current is None and "nothing more" in panel.progress.text()
