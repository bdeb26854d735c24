"""While the participant answers, the model reads what its next turn starts with: each warm-up
is exactly the start of the request that follows the answer, once per question asked, and a
model that cannot warm up (or fails to) changes nothing."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.interview.protocol import InterviewSettings
from desktop.llm.protocol import ChatMessage
from desktop.store import Study
from desktop.store.interview_setup import save_interview_settings
from desktop.store.questions import add_question
from tests.support.interview_fakes import ScriptedInterviewer
from tests.support.interview_page import close_page, consent, make_page, type_answer


class WarmingInterviewer(ScriptedInterviewer):
    """Records each warm-up in order with the requests (None marks a generate)."""

    def __init__(self, fails: bool = False) -> None:
        super().__init__()
        self.fails = fails
        self.warmed: list[list[ChatMessage]] = []
        self.order: list[list[ChatMessage] | None] = []
        self.warmed_on_gui_thread = False

    def warm(self, messages: Sequence[ChatMessage]) -> None:
        self.warmed_on_gui_thread |= threading.current_thread() is threading.main_thread()
        self.warmed.append(list(messages))
        self.order.append(list(messages))
        if self.fails:
            raise RuntimeError("the cache is full")

    def generate(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.order.append(None)
        return super().generate(*args, **kwargs)


@pytest.fixture
def question(study: Study) -> Study:
    add_question(study, "Should a friend always tell the truth?")
    save_interview_settings(study, InterviewSettings(follow_ups=2, question_style="free"))
    return study


@pytest.mark.parametrize("fails", [False, True])
def test_each_warm_up_is_the_start_of_the_next_request(qtbot: QtBot, question: Study,
                                                       fails: bool) -> None:
    model = WarmingInterviewer(fails)
    page = make_page(qtbot, question, model)
    try:
        consent(qtbot, page)
        for answer in ("I would tell her gently.", "She listened to me once.",
                       "It mattered because she trusted me."):
            qtbot.waitUntil(lambda: len(model.warmed) == len(model.calls) + 1, timeout=5000)
            type_answer(qtbot, page, answer)
        qtbot.waitUntil(lambda: page.panel.card_editor.confirm_button.isEnabled(), timeout=5000)
    finally:
        close_page(page)
    # One warm-up per answer awaited (two follow-ups, then the card draft), each before the
    # request(s) of that turn (a rephrased retry included), each the start of those requests.
    assert len(model.warmed) == 3 and model.order[0] is not None
    requests = iter(model.calls)
    last_warm: list[ChatMessage] = []
    for entry in model.order:
        if entry is not None:
            assert len(entry) > len(last_warm)  # a new turn's start, never the same twice
            last_warm = entry
            continue
        request, _ = next(requests)
        assert request[:len(last_warm)] == last_warm  # read early, not again
        assert len(request) > len(last_warm) and request[len(last_warm)].role == "user"
    assert model.warmed[0][0].role == "system" and model.warmed[0][-1].role == "assistant"
    assert not model.warmed_on_gui_thread  # on the model's worker thread
