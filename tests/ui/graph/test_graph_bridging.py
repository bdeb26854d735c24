"""Bridging on the Moral graph page: the values people from different groups both moved towards,
marked in the table, the drawing and the card, as of the slider's step and in the context shown."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from desktop.core.formats.items import MgeCard
from desktop.core.graph.votes import Vote
from desktop.core.people import Role
from desktop.store import Study, create_study
from desktop.store.graph import add_vote, import_mge_cards, list_values
from desktop.store.participants import add_demographic_field, save_demographic_answers
from desktop.store.people import add_person
from desktop.store.questions import add_question
from desktop.ui.graph.graph_bridging import bridging_note
from desktop.ui.graph.graph_page import GraphPage
from desktop.ui.graph.graph_ranking_model import BRIDGING_COLUMN
from desktop.ui.graph.graph_replay import GraphReplay
from desktop.ui.shell.llm_service import LlmService
from tests.support.fakes import FakeChatModel, fake_loader

WAIT_MS = 20_000
SCREENSHOT = Path(os.environ.get("MGS_BRIDGING_SHOT", "/tmp/bridging.png"))


@dataclass
class Scene:
    study: Study
    values: dict[str, str]  # title -> id
    people: dict[str, str]  # code -> id
    school: str  # the context most votes are about
    home: str  # the context of the vote that makes "Trust" bridging


def vote(scene: Scene, person: str, source: str, wiser: str, relationship: str = "upgrade",
         context: str | None = None) -> None:
    time.sleep(0.003)  # times a millisecond apart: the replay's order is the order written
    add_vote(scene.study, scene.people[person], context or scene.school, scene.values[source],
             scene.values[wiser], relationship)


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    """North and south both move towards Trust (votes 4 and 5); only the north towards
    Honesty, once a southerner took back their upgrade to it (votes 6 and 7)."""
    study = create_study(tmp_path / "bridging.mgstudy", "Bridging")
    import_mge_cards(study, [MgeCard(str(i), title) for i, title in enumerate(
        ("Clear house rules", "Loyalty to the group", "Trust built through conversation",
         "Saying it plainly"))])
    values = {value.title.split()[0]: value.id for value in list_values(study)}
    region = add_demographic_field(study, "region", "choice", ["north", "south"])
    age = add_demographic_field(study, "age group", "text")
    people = {}
    for code, where, years in (("n1", "north", "18-39"), ("n2", "north", "40+"),
                               ("s1", "south", "18-39"), ("s2", "south", "40+")):
        people[code] = add_person(study, Role.PARTICIPANT).id
        save_demographic_answers(study, people[code], {region.id: where, age.id: years})
    school = add_question(study, "How should a teacher handle a pupil who cheated?").id
    home = add_question(study, "What should a parent say to a teenager who lied?").id
    built = Scene(study, values, people, school, home)
    vote(built, "n1", "Clear", "Loyalty")
    vote(built, "s1", "Clear", "Loyalty", "no_upgrade")
    vote(built, "n2", "Loyalty", "Saying")
    vote(built, "n1", "Clear", "Trust")
    vote(built, "s1", "Loyalty", "Trust", context=home)
    vote(built, "s2", "Clear", "Saying")
    vote(built, "s2", "Clear", "Saying", "not_sure")  # a changed mind
    yield built
    study.close()


@pytest.fixture
def page(qtbot: QtBot, scene: Scene) -> Iterator[GraphPage]:
    shown = GraphPage(LlmService(loader=fake_loader(FakeChatModel())))
    qtbot.addWidget(shown)
    shown.resize(1180, 720)
    shown.show()
    with qtbot.waitSignal(shown.frame_shown, timeout=WAIT_MS):
        shown.show_study(scene.study)
    yield shown
    shown.shutdown()
    shown.service.shutdown()


def choose(qtbot: QtBot, page: GraphPage, field: str) -> None:
    box = page.bridging.field_box
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        box.setCurrentIndex(box.findText(field))


def seek(qtbot: QtBot, page: GraphPage, step: int) -> None:
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.timeline.slider.setValue(step)


def bridging_cells(page: GraphPage) -> dict[str, str]:
    """Value id -> its Bridging cell, for the rows that have one."""
    model = page.ranking
    cells = {model.value_ids[row]: model.index(row, BRIDGING_COLUMN).data()
             for row in range(model.rowCount())}
    return {value_id: text for value_id, text in cells.items() if text}


def test_replay_frames_carry_the_groups_as_of_their_step() -> None:
    votes = [Vote(f"v{i}", person, "c", source, wiser, "upgrade", f"2024-01-01T00:00:0{i}Z")
             for i, (person, source, wiser) in enumerate(
                 (("n1", "a", "x"), ("s1", "b", "x"), ("n2", "a", "y")))]
    replay = GraphReplay(votes)
    replay.relayout()
    assert replay.select(None).towards == {}  # off: nothing computed
    replay.bridge("region", {"n1": "north", "n2": "north", "s1": "south"})
    frame = replay.seek(3)
    assert frame.towards == {"x": ("north", "south"), "y": ("north",)}
    assert frame.bridges == {"x": ("north", "south")}
    assert bridging_note(frame, None).startswith("1 value, ringed in magenta")
    assert replay.seek(1).bridges == {} and "No value yet" in bridging_note(replay.seek(1), None)
    replay.bridge(None)
    assert replay.seek(3).bridging_field is None and bridging_note(replay.seek(3), None) == ""


def test_bridging_is_off_until_a_field_is_chosen(page: GraphPage) -> None:
    box = page.bridging.field_box
    assert box.isVisible() and box.currentText() == "(off)"
    assert [box.itemText(i) for i in range(box.count())] == ["(off)", "region", "age group"]
    assert page.table.isColumnHidden(BRIDGING_COLUMN) and not page.bridging.swatch.isVisible()
    assert "Choose a demographic field" in page.bridging.note.text()
    assert page.view.marked == frozenset() and not page.view.marked_item.isVisible()
    assert page.frame is not None and page.frame.towards == {}


def test_only_the_value_both_regions_moved_towards_is_bridging_as_of_the_slider(
        qtbot: QtBot, page: GraphPage, scene: Scene) -> None:
    trust, plainly = scene.values["Trust"], scene.values["Saying"]
    choose(qtbot, page, "region")
    assert page.frame is not None and page.frame.state.step == 7
    assert bridging_cells(page) == {trust: "2: north, south"}
    assert page.view.marked == {trust} and page.view.marked_item.isVisible()
    assert not page.table.isColumnHidden(BRIDGING_COLUMN) and page.bridging.swatch.isVisible()
    assert "1 value, ringed in magenta, that people from two or more region" in (
        page.bridging.note.text())
    page.select_value(trust)
    card = page.details.toPlainText()
    assert "Bridging across region: people from 2 region groups" in card
    assert "(north, south)" in card
    page.select_value(plainly)
    assert "Not bridging across region: only people from north" in page.details.toPlainText()

    seek(qtbot, page, 4)  # before the southerner's upgrade to Trust
    assert bridging_cells(page) == {} and page.view.marked == frozenset()
    assert not page.view.marked_item.isVisible()
    assert "No value yet" in page.bridging.note.text()
    seek(qtbot, page, 6)  # the southerner's upgrade to Saying it plainly, not yet taken back
    assert bridging_cells(page) == {trust: "2: north, south", plainly: "2: north, south"}
    seek(qtbot, page, 7)
    assert bridging_cells(page) == {trust: "2: north, south"}


def test_bridging_follows_the_context_filter_and_says_why_a_group_filter_hides_it(
        qtbot: QtBot, page: GraphPage, scene: Scene) -> None:
    choose(qtbot, page, "region")
    filters = page.filters
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        filters.context_box.setCurrentIndex(filters.context_box.findData(scene.school))
    assert page.frame is not None and page.frame.bridging_field == "region"
    assert bridging_cells(page) == {} and page.view.marked == frozenset()  # Trust's 2nd is home
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        filters.context_box.setCurrentIndex(0)
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        filters.group_box.setCurrentIndex(filters.group_box.findText("region: north"))
    assert "the group filter keeps only region north" in page.bridging.note.text()
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        filters.group_box.setCurrentIndex(0)
    choose(qtbot, page, "age group")  # both moved to Trust were 18-39: one age group
    assert page.frame.bridging_field == "age group"
    assert bridging_cells(page) == {} and "No value yet" in page.bridging.note.text()


def test_a_live_vote_and_a_refresh_keep_bridging_on(qtbot: QtBot, page: GraphPage,
                                                    scene: Scene) -> None:
    time.sleep(0.003)
    new = add_vote(scene.study, scene.people["s2"], scene.school, scene.values["Loyalty"],
                   scene.values["Saying"], "upgrade")
    page.add_votes([new])  # still being drawn when the field is chosen: followed all the same
    choose(qtbot, page, "region")
    assert page.frame is not None and page.frame.state.step == page.timeline.total == 8
    assert set(bridging_cells(page)) == {scene.values["Trust"], scene.values["Saying"]}
    vote(scene, "s1", "Clear", "Loyalty")
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.refresh()
    assert page.frame.state.step == 9
    assert set(bridging_cells(page)) == {scene.values["Trust"], scene.values["Saying"],
                                         scene.values["Loyalty"]}
    assert page.frame.bridging_field == page.bridging.field == "region"  # kept on a refresh
    choose(qtbot, page, "(off)")
    assert page.table.isColumnHidden(BRIDGING_COLUMN) and not page.bridging.swatch.isVisible()
    assert page.view.marked == frozenset() and bridging_cells(page) == {}
    assert "Choose a demographic field" in page.bridging.note.text()


def test_screenshot_with_bridging_on(qtbot: QtBot, page: GraphPage, scene: Scene) -> None:
    choose(qtbot, page, "region")
    page.select_value(scene.values["Trust"])
    qtbot.wait(50)
    assert page.grab().save(str(SCREENSHOT))
    image = QImage(str(SCREENSHOT))
    assert not image.isNull() and image.width() == page.width()
