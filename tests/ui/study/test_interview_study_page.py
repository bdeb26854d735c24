"""The Study page: questions added, edited, ordered, archived and imported; demographic fields;
the number of follow-ups."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.store import Study
from desktop.store.interview_setup import interview_settings
from desktop.store.participants import add_demographic_field
from desktop.store.questions import add_question, list_questions
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.study.study_page import StudyPage
from tests.support.fakes import FakeChatModel, fake_loader


@pytest.fixture
def study_with_questions(study: Study) -> Study:
    """The shared study with two questions: One? and Two?"""
    for text in ("One?", "Two?"):
        add_question(study, text)
    return study


pytestmark = pytest.mark.usefixtures("study_with_questions")  # every test here starts from it


@pytest.fixture
def page(qtbot: QtBot, study: Study):  # type: ignore[no-untyped-def]
    service = LlmService(loader=fake_loader(FakeChatModel()))
    page = StudyPage(service)
    qtbot.addWidget(page)
    page.show_study(study)
    yield page
    service.shutdown()


def test_questions_are_listed_moved_and_archived(page: StudyPage, study: Study) -> None:
    panel = page.questions
    assert panel.count() == 2
    panel.list.setCurrentRow(1)
    panel.move(-1)
    assert [q.text for q in list_questions(study)] == ["Two?", "One?"]
    assert panel.list.item(0).text() == "1. Two?" and panel.selected_id()
    panel.archive()
    assert [q.text for q in list_questions(study)] == ["One?"] and panel.count() == 1


def test_a_bad_import_names_the_line_and_imports_nothing(page: StudyPage, study: Study,
                                                        tmp_path: Path) -> None:
    bad = tmp_path / "questions.jsonl"
    bad.write_text('{"text": "Three?"}\n{"prompt": \n', encoding="utf-8")
    assert not page.questions.import_file(bad)
    status = page.questions.status.text()
    assert "Nothing was imported" in status and "questions.jsonl, line 2" in status
    assert len(list_questions(study)) == 2
    good = tmp_path / "questions.csv"
    good.write_text('prompt\n"Three, with a comma?"\nOne?\n', encoding="utf-8")
    assert page.questions.import_file(good)
    assert "Imported 1" in page.questions.status.text() and "1 already" in (
        page.questions.status.text())
    assert page.questions.count() == 3


def test_follow_ups_are_a_study_setting(page: StudyPage, study: Study) -> None:
    page.follow_ups.setValue(6)
    assert interview_settings(study).follow_ups == 6
    assert "6 follow-up" in page.settings_status.text()
    assert "Consent text version" in page.texts.text()


def test_demographic_fields_are_listed(page: StudyPage, study: Study) -> None:
    add_demographic_field(study, "Region", "choice", ["North", "South"])
    page.show_study(study)
    assert page.demographics.list.item(0).text() == "Region (choice: North, South)"


def test_the_closing_survey_comes_from_a_file_or_the_defaults(
        page: StudyPage, study: Study, tmp_path: Path) -> None:
    panel = page.survey
    assert panel.list.count() == 3  # the MGE defaults
    bad = tmp_path / "survey.json"
    bad.write_text('[{"key": "a", "kind": "stars", "text": "?"}]', encoding="utf-8")
    assert not panel.load_file(bad)
    assert "survey.json" in panel.status.text() and panel.list.count() == 3
    good = tmp_path / "mine.json"
    good.write_text('[{"key": "fair", "kind": "scale", "text": "Was it fair? 🙂"}]',
                    encoding="utf-8")
    assert panel.load_file(good) and panel.list.count() == 1
    assert panel.list.item(0).text().startswith("Was it fair? 🙂")
    panel.use_defaults()
    assert panel.list.count() == 3
