"""Model suggestions with the real default model: fetched ahead, shown, taken, recorded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import paths
from desktop.core.labelling import DilemmaAnswer, ValenceAnswer
from desktop.llm.protocol import LoadSettings
from desktop.services.importing import import_file
from desktop.store import Study
from desktop.store.assignments import assign_items
from desktop.store.labels import current_labels
from desktop.store.suggestions import latest_suggestion
from desktop.ui.labelling.labelling_page import LabellingPage
from desktop.ui.shell.llm_service import LlmService
from tests.support.labelling import DEMO_DILEMMAS, DEMO_VALENCE, annotators
from tests.support.labelling_page import show_labelling_page


@pytest.fixture(params=["valence first", "dilemmas first"])
def study_with_a_queue(request: pytest.FixtureRequest, study: Study) -> Study:
    """The shared study with the demo items, imported in either order, assigned to A-SUGGEST."""
    files = [(DEMO_VALENCE, "valence"), (DEMO_DILEMMAS, "dilemmas")]
    for path, kind in files if request.param == "valence first" else files[::-1]:
        import_file(study, path, kind, None)
    (person,) = annotators(study, "A-SUGGEST")
    assign_items(study, [person.id], 1)
    return study


pytestmark = pytest.mark.usefixtures("study_with_a_queue")  # every test here starts from it


@pytest.fixture
def page(qtbot: QtBot, study: Study) -> Iterator[LabellingPage]:
    service = LlmService()
    path = paths.default_model_file()
    assert path is not None
    with qtbot.waitSignal(service.model_loaded, timeout=60_000):
        service.load(path, LoadSettings(n_threads=2, n_ctx=2048))
    page = show_labelling_page(qtbot, service, study)
    yield page
    service.shutdown()


@pytest.mark.parametrize("study_with_a_queue", ["valence first"], indirect=True)
def test_a_valence_suggestion_round_trip(qtbot: QtBot, page: LabellingPage,
                                         study: Study) -> None:
    view = page.view
    first = view.session.item.id
    # The fetcher asked for it when the item was shown, before anyone pressed a key.
    qtbot.waitUntil(lambda: latest_suggestion(study, first) is not None, timeout=60_000)
    qtbot.waitUntil(lambda: "suggests" in view.valence.suggestion_line.text() or
                    latest_suggestion(study, first).answer is None, timeout=5_000)
    stored = latest_suggestion(study, first)
    assert stored is not None and stored.model_file == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert len(stored.model_sha256) == 64
    # The schema makes every reply usable: relevance, one of the valences, a short explanation.
    assert isinstance(stored.answer, ValenceAnswer), stored.problem
    assert "The model suggests" in view.valence.suggestion_line.text()
    # The next item is already being asked about while the annotator works on this one.
    fetching = page.fetcher.request_item
    assert fetching is not None and fetching.id == view.session.upcoming(2)[1]
    qtbot.keyClick(view, Qt.Key.Key_Space)  # take it
    qtbot.keyClick(view, Qt.Key.Key_Return)
    (label,) = current_labels(study)
    assert label.suggestion_id == stored.id and label.suggestion_accepted is True
    assert label.answer.agreement_key() == stored.answer.agreement_key()


@pytest.mark.parametrize("study_with_a_queue", ["dilemmas first"], indirect=True)
def test_a_dilemma_suggestion_names_known_values_and_can_be_overruled(
        qtbot: QtBot, page: LabellingPage, study: Study) -> None:
    view = page.view
    item = view.session.item.id
    assert view.session.item.kind == "dilemma"
    qtbot.waitUntil(lambda: latest_suggestion(study, item) is not None, timeout=90_000)
    stored = latest_suggestion(study, item)
    # The schema makes every reply usable: a choice and at least one known value per action.
    assert isinstance(stored.answer, DilemmaAnswer), stored.problem
    assert stored.answer.values_a and stored.answer.values_b
    known = {v.casefold() for v in page.fetcher.study_values}
    assert {v.casefold() for v in (*stored.answer.values_a, *stored.answer.values_b)} <= known
    qtbot.keyClick(view, Qt.Key.Key_B)  # the annotator's own choice; no values ticked
    qtbot.keyClick(view, Qt.Key.Key_Return)
    label = [lb for lb in current_labels(study) if lb.item_id == item][0]
    assert label.suggestion_id == stored.id and label.suggestion_accepted is False
