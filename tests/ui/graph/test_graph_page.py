"""The Moral graph page driven like a study lead would: filter, slider, play, hover, click."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.formats.items import MgeCard
from desktop.services import graph as graph_rows
from desktop.store import Study, create_study
from desktop.store.graph import add_vote, import_mge_cards, list_values, load_votes
from desktop.ui.graph.graph_page import GraphPage
from desktop.ui.shell.llm_service import LlmService
from tests.data.graph.make_sample import TRUTH
from tests.data.graph.sample_study import make_sample_study
from tests.support.fakes import FakeChatModel, fake_loader

WAIT_MS = 20_000


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Study]:
    sample = make_sample_study(tmp_path / "sample.mgstudy")
    yield sample
    sample.close()


def open_page(qtbot: QtBot, study: Study) -> GraphPage:
    page = GraphPage(LlmService(loader=fake_loader(FakeChatModel())))
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.show_study(study)
    return page


@pytest.fixture
def page(qtbot: QtBot, study: Study) -> Iterator[GraphPage]:
    shown = open_page(qtbot, study)
    yield shown
    shown.shutdown()
    shown.service.shutdown()


def positions(page: GraphPage) -> dict[str, tuple[float, float]]:
    assert page.picture is not None
    return {v: (float(x), float(y)) for v, (x, y) in zip(page.picture.value_ids,
                                                         page.picture.xy, strict=True)}


def widget_point(page: GraphPage, value_id: str) -> QPoint:
    assert page.picture is not None
    row = page.picture.row_of(value_id)
    assert row is not None
    x, y = page.picture.xy[row]
    return page.view.map_to_widget(float(x), float(y)).toPoint()


def hover(page: GraphPage, point: QPoint) -> None:
    # A real move event each time: QTest.mouseMove sends none when the cursor already sat
    # where an earlier test left it.
    viewport = page.view.viewport()
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def title_id(page: GraphPage, title: str) -> str:
    return next(v for v, t in page.titles.items() if t.startswith(title))


def test_the_sample_graph_is_shown_ranked_with_intervals(qtbot: QtBot, page: GraphPage) -> None:
    assert page.stack.currentWidget() is page.view
    assert page.picture is not None and len(page.picture.value_ids) == 15
    assert page.ranking.rowCount() == 15 and page.timeline.total == 182
    assert "15 values" in page.status.text() and "180 votes counted" in page.status.text()
    best = page.titles[page.picture.value_ids[0]]
    assert best in page.view.shown_labels()
    assert not page.filters.group_box.isVisible()  # the study defines no demographic fields
    assert not page.bridging.isVisible()
    with qtbot.waitSignal(page.intervals_shown, timeout=WAIT_MS):
        pass
    interval = page.ranking.index(0, 4).data()
    assert "[" in interval and "…" not in interval


def test_context_filter_keeps_every_value_where_it_was(qtbot: QtBot, page: GraphPage) -> None:
    everything = positions(page)
    truth = page.filters.context_box.findData(TRUTH)
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.filters.context_box.setCurrentIndex(truth)
    shown = positions(page)
    assert len(shown) == 7 and page.timeline.total < 182
    assert all(everything[v] == xy for v, xy in shown.items())
    assert all(page.values[v].title != "Clear house rules" for v in shown)


def test_slider_replays_the_growth_with_a_stable_layout(qtbot: QtBot, page: GraphPage) -> None:
    everything = positions(page)
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.timeline.slider.setValue(20)
    early = positions(page)
    assert page.frame is not None and page.frame.state.step == 20
    assert 0 < len(early) < 15 and all(everything[v] == xy for v, xy in early.items())
    assert page.timeline.position_label.text().startswith("Vote 20 of 182")
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.timeline.slider.setValue(182)
    assert positions(page) == everything


def test_play_replays_from_the_start_and_pause_stops(qtbot: QtBot, page: GraphPage) -> None:
    everything = positions(page)
    qtbot.mouseClick(page.timeline.play_button, Qt.MouseButton.LeftButton)
    assert page.timeline.playing
    qtbot.waitUntil(lambda: page.frame is not None and 3 <= page.frame.state.step < 182,
                    timeout=WAIT_MS)
    assert all(everything[v] == xy for v, xy in positions(page).items())
    qtbot.mouseClick(page.timeline.play_button, Qt.MouseButton.LeftButton)
    assert not page.timeline.playing and page.timeline.play_button.text() == "▶ Play"


def test_clicking_a_value_shows_its_card_and_selects_its_row(qtbot: QtBot,
                                                            page: GraphPage) -> None:
    value_id = title_id(page, "Trust built through conversation")
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=widget_point(page, value_id))
    assert page.details.value_id == value_id and page.view.selected == value_id
    text = page.details.toPlainText()
    assert "Trust built through conversation" in text and "QUESTIONS about what" in text
    assert "Rank " in text and "Moving here from" in text
    assert "I used to think clear rules" in text  # its upgrade story
    assert page.ranking.value_ids[page.table.currentIndex().row()] == value_id
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # the table answers the keyboard too
    below = page.ranking.value_ids[page.table.currentIndex().row()]
    assert below != value_id and page.details.value_id == below == page.view.selected


def test_hovering_shows_the_card_and_a_plain_text_label(qtbot: QtBot, page: GraphPage) -> None:
    value_id = title_id(page, "Saying it plainly")
    hover(page, widget_point(page, value_id))
    qtbot.waitUntil(lambda: page.view.hovered == value_id, timeout=WAIT_MS)
    assert page.details.value_id == value_id
    title = page.values[value_id].title
    assert title in page.details.toPlainText()  # shown as written, brackets and all
    assert title in page.view.shown_labels()
    qtbot.wait(50)  # pyqtgraph drops moves closer than 1/60 s apart
    hover(page, QPoint(2, 2))
    qtbot.waitUntil(lambda: page.view.hovered == "", timeout=WAIT_MS)
    assert page.details.value_id == ""


def test_a_new_vote_moves_nobody_and_its_new_value_appears(qtbot: QtBot, page: GraphPage,
                                                           study: Study) -> None:
    before = positions(page)
    import_mge_cards(study, [MgeCard(source_id="v99", title="Listening first")])
    new_id = next(v.id for v in list_values(study) if v.mge_id == "v99")
    neighbour = title_id(page, "Loyalty")
    someone = load_votes(study)[0].participant_id
    vote = add_vote(study, someone, TRUTH, neighbour, new_id, "upgrade")
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.add_votes([vote])
    after = positions(page)
    assert all(after[v] == xy for v, xy in before.items())
    assert new_id in after and page.timeline.total == 183 and page.timeline.step == 183
    distance = ((after[new_id][0] - after[neighbour][0]) ** 2
                + (after[new_id][1] - after[neighbour][1]) ** 2) ** 0.5
    assert distance < 3.0


def test_relayout_right_after_a_live_vote_stays_at_the_newest_vote(
        qtbot: QtBot, page: GraphPage, study: Study) -> None:
    vote = load_votes(study)[0]
    again = add_vote(study, vote.participant_id, vote.context_id, vote.from_value_id,
                     vote.to_value_id, "not_sure")  # a changed mind, cast while the lead looks
    page.add_votes([again])
    page.relayout()  # before the new vote was drawn
    qtbot.waitUntil(lambda: page.frame is not None and page.frame.state.step == 183,
                    timeout=WAIT_MS)
    qtbot.wait(100)
    assert page.frame is not None and page.frame.state.step == 183
    assert page.timeline.step == page.timeline.total == 183


def test_size_by_bradley_terry_and_relayout_of_the_same_votes(qtbot: QtBot,
                                                              page: GraphPage) -> None:
    before = positions(page)
    page.filters.measure_box.setCurrentIndex(page.filters.measure_box.findData("bt_score"))
    assert page.frame is not None and page.picture is not None
    scores = page.frame.state.bt_score
    ids = list(page.frame.state.value_ids)
    ranked = [scores[ids.index(v)] for v in page.picture.value_ids]
    assert ranked == sorted(ranked, reverse=True)
    assert page.ranking.value_ids == page.picture.value_ids
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        qtbot.mouseClick(page.filters.relayout_button, Qt.MouseButton.LeftButton)
    assert positions(page) == before  # same votes, same seed: the same picture


def test_export_png_and_svg(page: GraphPage, tmp_path: Path) -> None:
    png = page.export_picture(tmp_path / "graph.png")
    svg = page.export_picture(tmp_path / "graph.svg")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 800
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "<no sugar-coating>" not in text  # a title is text in the drawing, not markup
    assert 'd=""' not in text  # empty paths are hidden: SVG readers refuse them


def test_group_filter_appears_with_demographics_and_filters_votes(
        qtbot: QtBot, study: Study, monkeypatch: pytest.MonkeyPatch) -> None:
    people = sorted({vote.participant_id for vote in load_votes(study)})
    groups = {"age": {p: "under 40" if i % 2 else "40 and over" for i, p in enumerate(people)}}
    monkeypatch.setattr(graph_rows, "participant_groups", lambda _study: groups)
    shown = open_page(qtbot, study)
    try:
        assert shown.filters.group_box.isVisible() and shown.filters.group_box.count() == 3
        assert shown.bridging.isVisible() and shown.bridging.field_box.count() == 2
        with qtbot.waitSignal(shown.frame_shown, timeout=WAIT_MS):
            shown.filters.group_box.setCurrentIndex(shown.filters.group_box.findText(
                "age: under 40"))
        assert shown.frame is not None and shown.frame.group == "age: under 40"
        assert 0 < shown.timeline.total < 182
    finally:
        shown.shutdown()
        shown.service.shutdown()


def test_a_study_without_votes_says_how_to_get_some(qtbot: QtBot, tmp_path: Path) -> None:
    empty = create_study(tmp_path / "empty.mgstudy", "Empty")
    page = GraphPage(LlmService(loader=fake_loader(FakeChatModel())))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.frame_shown, timeout=WAIT_MS):
        page.show_study(empty)
    assert page.stack.currentWidget() is page.empty and page.ranking.rowCount() == 0
    assert "No wiser-than votes" in page.empty.text()
    page.show_study(None)
    assert page.status.text() == "No study is open."
    page.shutdown()
    page.service.shutdown()
    empty.close()


def test_screenshot_of_the_page(qtbot: QtBot, page: GraphPage, tmp_path: Path) -> None:
    with qtbot.waitSignal(page.intervals_shown, timeout=WAIT_MS):
        pass
    page.select_value(title_id(page, "Trust built through conversation"))
    shot = tmp_path / "graph-page.png"
    assert page.grab().save(str(shot))
    image = QImage(str(shot))
    assert image.width() == page.width() and not image.isNull()


def test_labels_never_cover_each_other_after_the_view_is_framed(page: GraphPage) -> None:
    # The first frame is framed (a new range) just before its labels are placed: they must
    # be placed for that range, not the one before.
    shown = [label for label in page.view.labels if label.isVisible()]
    assert len(shown) >= 5
    boxes = [label.sceneBoundingRect() for label in shown]
    for i, box in enumerate(boxes):
        for other in boxes[i + 1:]:
            assert not box.intersects(other), [label.textItem.toPlainText() for label in shown]


def test_while_playing_the_ranking_follows_a_few_times_a_second(qtbot: QtBot,
                                                                page: GraphPage) -> None:
    frames: list[object] = []
    resets: list[None] = []
    page.frame_shown.connect(frames.append)
    page.ranking.modelReset.connect(lambda: resets.append(None))
    qtbot.mouseClick(page.timeline.play_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1200)
    assert len(frames) >= 6 and 1 <= len(resets) < len(frames)  # the picture every frame
    qtbot.mouseClick(page.timeline.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.controller.jobs.is_busy("frame"), timeout=WAIT_MS)
    qtbot.wait(50)
    assert page.picture is not None  # once paused, the table is the picture's again
    assert page.ranking.value_ids == page.picture.value_ids
