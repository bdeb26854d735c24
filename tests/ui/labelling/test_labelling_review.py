"""Review and adjudication with the keyboard, value profiles, and the setup tab's imports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core.labelling import DilemmaAnswer, valence_answer
from desktop.core.suggestions import Suggestion
from desktop.services.label_export import rows_of
from desktop.store import Study
from desktop.store.adjudications import current_adjudications
from desktop.store.annotators import set_annotator_group
from desktop.store.assignments import assign_items
from desktop.store.items import item_counts, item_ids
from desktop.store.labels import add_label
from desktop.store.suggestions import add_suggestion
from desktop.ui.labelling.labelling_mapping_dialog import ColumnMappingDialog
from desktop.ui.labelling.labelling_page import LabellingPage
from desktop.ui.shell.llm_service import LlmService
from tests.support.labelling import VALUEPRISM_CSV, annotators, demo_items, write
from tests.support.labelling_page import show_labelling_page


@pytest.fixture
def study_with_labels(study: Study) -> Study:
    """The shared study with the demo items labelled by two annotators who disagree on some,
    and one model suggestion."""
    demo_items(study)
    one, two = annotators(study, "A-ONE", "A-TWO")
    set_annotator_group(study, two.id, "nurses")
    assign_items(study, [one.id, two.id], 2)
    dilemmas, valence = item_ids(study, "dilemma"), item_ids(study, "valence")
    for number, item in enumerate(dilemmas[:6]):
        add_label(study, item, one.id, DilemmaAnswer("a", ("honesty",)))
        add_label(study, item, two.id, DilemmaAnswer("b" if number < 2 else "a", ("care",)))
    for item in valence[:4]:
        add_label(study, item, one.id, valence_answer(True, "supports"))
        add_label(study, item, two.id, valence_answer(True, "opposes", "It hurts."))
    add_suggestion(study, dilemmas[0], Suggestion(DilemmaAnswer("b", ("honesty",))),
                   model_file="m.gguf", model_sha256="e" * 64)
    return study


pytestmark = pytest.mark.usefixtures("study_with_labels")  # every test here starts from it


@pytest.fixture
def page(qtbot: QtBot, study: Study) -> Iterator[LabellingPage]:
    service = LlmService()
    page = show_labelling_page(qtbot, service, study)
    yield page
    service.shutdown()


def test_disagreements_are_listed_and_adjudicated_with_keys(qtbot: QtBot, page: LabellingPage,
                                                            study: Study, tmp_path: Path) -> None:
    page.tabs.setCurrentWidget(page.review)
    review = page.review
    assert review.disputed.count() == 10  # 6 dilemmas (values differ) and 4 valence items
    assert review.figures.rowCount() >= 4
    first = review.disputed.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(review.disputed, Qt.Key.Key_2)  # A-TWO's label
    qtbot.keyClick(review.disputed, Qt.Key.Key_Return)
    final = current_adjudications(study)[first]
    assert final.answer == DilemmaAnswer("b", ("care",))
    assert review.disputed.currentRow() == 1
    assert review.disputed.item(0).text().startswith("✓")
    written = review.export_to(tmp_path / "out")
    rows = {row["item_id"]: row for row in rows_of(tmp_path / "out" / "dilemma_final.jsonl")}
    assert rows[first]["final_source"] == "adjudicated" and rows[first]["choice"] == "b"
    assert len(written) == 8


def test_value_profiles_chart_people_groups_and_the_model(page: LabellingPage) -> None:
    page.tabs.setCurrentWidget(page.profiles)
    series = page.profiles.series
    assert list(series) == ["All annotators", "Group: nurses", "Local model (its own choices)"]
    assert "12 choices by annotators, 1 by the model" in page.profiles.note.text()
    page.profiles.theory.setCurrentIndex(1)  # Moral Foundations
    assert set(page.profiles.series["All annotators"]) >= {"Care", "Fairness"}


def test_an_unknown_layout_asks_for_columns_then_imports(qtbot: QtBot, page: LabellingPage,
                                                         study: Study, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    mine = write(tmp_path, "mine.csv", "prompt,kind,name\nA lie,Value,Honesty\n")
    chosen: list[ColumnMappingDialog] = []

    def answer(dialog: ColumnMappingDialog) -> int:
        chosen.append(dialog)
        dialog.boxes["situation"].setCurrentText("prompt")
        dialog.boxes["vrd"].setCurrentText("kind")
        dialog.boxes["text"].setCurrentText("name")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", answer)
    with qtbot.waitSignal(page.setup.import_finished, timeout=10_000) as done:
        page.setup.import_file(mine, "valence")
    assert chosen and done.args[0]["added"] == 1
    assert item_counts(study)["valence"] == 34
    with qtbot.waitSignal(page.setup.import_finished, timeout=10_000):
        page.setup.import_file(write(tmp_path, "vp.csv", VALUEPRISM_CSV), "valence")
    assert len(chosen) == 1  # ValuePrism's own columns need no mapping
    bad = write(tmp_path, "bad.jsonl", '{"situation": "S", "vrd": "Value", "text": "x"}\n{\n')
    with qtbot.waitSignal(page.setup.import_failed, timeout=10_000) as failed:
        page.setup.import_file(bad, "valence")
    assert "bad.jsonl, line 2" in failed.args[0]
    assert "line 2" in page.setup.import_status.text()


def test_the_mapping_dialog_needs_every_required_column(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ColumnMappingDialog(tmp_path / "x.csv", "valence_items", ("situation", "b"),
                                 {"situation": "A lie", "b": "Value"})
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.mapping() == {"situation": "situation"} and not ok.isEnabled()
    assert "A lie" in dialog.previews["situation"].text()
    dialog.boxes["vrd"].setCurrentText("b")
    dialog.boxes["text"].setCurrentText("b")
    assert ok.isEnabled()


def test_suggestions_can_be_turned_off_for_the_study(page: LabellingPage, study: Study) -> None:
    view = page.view
    page.setup.suggestions.setChecked(False)
    assert not view.settings.suggestions_enabled and not page.fetcher.enabled
    page.setup.suggestions.setChecked(True)
    assert view.settings.suggestions_enabled


def test_time_away_from_the_app_is_not_counted(qtbot: QtBot, page: LabellingPage) -> None:
    view = page.view
    view.show_current()
    view._on_application_state_changed(Qt.ApplicationState.ApplicationInactive)
    qtbot.wait(400)  # the annotator is in another window
    view._on_application_state_changed(Qt.ApplicationState.ApplicationActive)
    qtbot.wait(100)
    assert view.paused_ms >= 300  # about the 400 ms away (timers are not exact)
    assert view.active_ms() <= view.clock.elapsed() - view.paused_ms
    assert view.active_ms() < view.clock.elapsed() - 300


def test_assigning_to_the_selected_annotators_only(qtbot: QtBot, page: LabellingPage,
                                                   study: Study) -> None:
    from desktop.store.annotators import add_annotator, list_annotators

    newcomer = add_annotator(study, "A-NEW")
    page.setup.refresh()
    page.setup.table.selectRow(2)
    with qtbot.waitSignal(page.setup.assignment_finished, timeout=10_000):
        page.setup.assign()  # in the background: the button waits, the window does not
        assert not page.setup.assign_button.isEnabled()
        assert page.setup.assign_status.text() == "Assigning…"
    assert page.setup.assign_button.isEnabled()
    counts = {a.code: a.assigned for a in list_annotators(study)}
    assert counts == {"A-ONE": 83, "A-TWO": 83, "A-NEW": 83} and newcomer.code == "A-NEW"
    assert "of these 1 annotator" in page.setup.assign_status.text()
