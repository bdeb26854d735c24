"""Wiser-than voting by keyboard: every answer committed at once, no pair asked twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.formats import MgeCard
from desktop.core.people import Role
from desktop.store import Study, create_study, open_study
from desktop.store.graph import add_story, import_mge_cards, list_values, load_votes, review_story
from desktop.store.people import add_person
from desktop.ui.voting_panel import VotingPanel


@pytest.fixture
def study(tmp_path: Path) -> Study:
    with create_study(tmp_path / "v.mgstudy", "Voting") as opened:
        import_mge_cards(opened, [MgeCard(str(n), f"Value {n}", f"I do {n}.",
                                          (f"MOMENTS of {n}",)) for n in range(4)])
        ids = [v.id for v in list_values(opened)]
        for a, b in ((0, 1), (1, 0), (2, 3)):
            story = add_story(opened, "When advising", ids[a], ids[b],
                              f"I used to live by {a} <b>not bold</b>, then {b}.")
            review_story(opened, story.id, status="approved")
        add_story(opened, "When advising", ids[0], ids[3], "A draft nobody approved.")
        yield opened


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
