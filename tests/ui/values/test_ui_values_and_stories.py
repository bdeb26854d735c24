"""The study lead's panels: grouping cards into values, drafting and reviewing stories."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.llm.protocol import LoadSettings
from desktop.store import open_study
from desktop.store.graph import add_story, list_stories, list_values, vote_candidates
from desktop.store.values import cards_of, grouping
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.values.stories_panel import StoriesPanel
from desktop.ui.values.values_panel import ValuesPanel
from tests.support.fakes import FakeChatModel, fake_loader
from tests.support.values import study_with_cards  # noqa: F401 (a fixture)

STORY = ("I used to tell my friend what to do the moment she called. One night she hung up "
         "on me. I realised she needed me to listen, and that listening was what I had "
         "cared about all along.")


def test_grouping_cards_by_clicks(qtbot: QtBot, study_with_cards: Path,  # noqa: F811
                                  tmp_path: Path) -> None:
    path = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, path)
    with open_study(path) as study:
        panel = ValuesPanel()
        qtbot.addWidget(panel)
        panel.show_study(study)
        assert panel.suggested.count() == 1 and panel.ungrouped.count() == 3
        panel.suggested.setCurrentRow(0)
        with qtbot.waitSignal(panel.values_changed):
            panel.accept_selected_group()
        assert panel.ungrouped.count() == 1 and len(list_values(study)) == 1
        panel.ungrouped.setCurrentRow(0)
        panel.make_single_value()
        assert panel.ungrouped.count() == 0 and len(list_values(study)) == 2
        panel.values.setCurrentRow(1)  # the first card under the first value
        panel.take_card_out()
        assert panel.ungrouped.count() == 1
        assert sum(v is None for v in grouping(study).values()) == 1


def test_a_card_is_put_into_a_value_and_values_merge_until_people_answered(
        qtbot: QtBot, study_with_cards: Path, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, path)
    with open_study(path) as study:
        panel = ValuesPanel()
        qtbot.addWidget(panel)
        panel.show_study(study)
        for row in (0, 0, 0):  # every card its own value: listening twice, then safety
            panel.ungrouped.setCurrentRow(row)
            panel.make_single_value()
        first, second, safety = list_values(study)
        panel.values.setCurrentRow(2)  # the second value's title row
        assert panel.selected_value() == second
        panel.values.setCurrentRow(3)  # its card: the value is still the one above it
        assert panel.selected_value() == second
        assert panel.merge_value_into(second.id, first.id)
        assert [v.id for v in list_values(study)] == [first.id, safety.id]  # set aside
        assert len(cards_of(study, first.id)) == 2 and cards_of(study, second.id) == []
        panel.values.setCurrentRow(1)
        panel.take_card_out()
        panel.ungrouped.setCurrentRow(0)
        panel.values.setCurrentRow(panel.values.count() - 1)  # a card of "Keeping people safe"
        panel.put_card_in_value()
        assert len(cards_of(study, safety.id)) == 2 and panel.ungrouped.count() == 0
        add_story(study, "ctx", safety.id, first.id, STORY)
        warned: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda _parent, _title, text: warned.append(text))
        assert not panel.merge_value_into(safety.id, first.id)
        assert "already has 1 upgrade story and 0 vote(s)" in warned[0]
        assert len(cards_of(study, safety.id)) == 2  # nothing moved
        reasons = [row["reason"] for row in study.query(
            "SELECT reason FROM card_groupings ORDER BY rowid")]
        assert "merged by the lead" in reasons and "put in by the lead" in reasons


def test_stories_are_drafted_in_both_directions_then_reviewed(
        qtbot: QtBot, study_with_cards: Path, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, path)
    service = LlmService(loader=fake_loader(FakeChatModel([json.dumps({"story": STORY})])))
    try:
        with qtbot.waitSignal(service.model_loaded):
            service.load(Path("fake.gguf"), LoadSettings())
        with open_study(path) as study:
            from desktop.store.values import accept_suggestions

            accept_suggestions(study)  # two values: listening, safety
            panel = StoriesPanel(service)
            qtbot.addWidget(panel)
            panel.show_study(study)
            panel.draft_new()
            qtbot.waitUntil(lambda: panel.stories.count() == 2, timeout=10_000)
            stories = list_stories(study)
            assert {(s.from_value_id, s.to_value_id) for s in stories} == {
                (stories[0].from_value_id, stories[0].to_value_id),
                (stories[0].to_value_id, stories[0].from_value_id)}
            assert all(s.text == STORY and s.model_file == "fake.gguf" for s in stories)
            assert vote_candidates(study) == []  # nothing is shown before the lead approves
            panel.stories.setCurrentRow(0)
            panel.editor.setPlainText(STORY + " Now we talk differently.")
            panel.approve()
            panel.stories.setCurrentRow(1)
            panel.drop()
            statuses = sorted((s.status, s.edited) for s in list_stories(study))
            assert statuses == [("approved", True), ("dropped", False)]
            assert len(vote_candidates(study)) == 1
            panel.draft_new()  # every proposed pair has its story: nothing more to draft
            assert "already" in panel.status.text()
    finally:
        service.shutdown()
