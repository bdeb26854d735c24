"""A whole interview driven from a list of answers, through the same protocol, store and model
as the page: for the `interview` command, the benchmark and the tests.

Each step commits before the next begins, and `on_event` hears of every commit, so a process
killed at any moment leaves a study that resumes where the last commit left it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.core.interview.card import ValuesCard, card_problems
from desktop.core.interview.prompts import PromptSet
from desktop.core.interview.protocol import InterviewSettings, ModelRequest, next_step
from desktop.core.interview.turns import ModelTurn, Settled
from desktop.llm.interview_requests import chat_messages, model_output, sampling_settings
from desktop.llm.protocol import ChatModel, Generation
from desktop.store.cards import (
    add_card_version,
    confirm_card,
    mark_card_shown,
    save_model_turn,
    submit_survey,
)
from desktop.store.interview_setup import study_survey
from desktop.store.interview_voting import VotingEnd, end_voting, next_pair
from desktop.store.interviews import add_answer, load_transcript
from desktop.store.study import Study

Event = Callable[[dict[str, Any]], None]


class ScriptedInterview:
    """Runs one interview forward as far as its answers (and --confirm, --survey) allow."""

    def __init__(self, study: Study, model: ChatModel, prompts: PromptSet,
                 settings: InterviewSettings, on_event: Event | None = None) -> None:
        self.study, self.model, self.prompts, self.settings = study, model, prompts, settings
        self.on_event = on_event or (lambda event: None)
        # (purpose, attempt, generation) of every model call, for the benchmark's figures
        self.generations: list[tuple[str, int, Generation]] = []

    def run(self, interview_id: str, script: Sequence[str | ValuesCard], confirm: bool = False,
            survey: Mapping[str, str] | None = None) -> str:
        """Advance until the script runs out; returns the step the interview waits at.

        The script holds the participant's answers in order; at the card stage a text asks for
        a revision and a `ValuesCard` is the participant's own edit. Items already stored
        (after a resume) are skipped, so the same script can be run again after a crash.
        """
        while True:
            t = load_transcript(self.study, interview_id)
            step = next_step(t)
            used = sum(m.role == "user" for m in t.messages) + sum(
                c.source == "edit" for c in t.cards)
            item = script[used] if used < len(script) else None
            if step in ("follow_up", "draft_card", "revise_card"):
                self.model_turn(interview_id)
            elif step == "answer" and isinstance(item, str):
                self._answer(interview_id, item)
            elif step == "review_card" and (item is not None or confirm):
                if not self._review(interview_id, item):
                    return step
            elif step == "vote":
                if not self._end_voting(interview_id, survey is not None):
                    return step
            elif step == "survey" and survey is not None:
                submit_survey(self.study, interview_id, study_survey(self.study, self.prompts),
                              survey)
                self.on_event({"event": "committed", "kind": "survey"})
            else:
                return step

    def _end_voting(self, interview_id: str, survey_given: bool) -> bool:
        """The command line asks no wiser-than questions: with nothing to ask, or the survey
        given, the voting ends (True); otherwise the interview waits for the app."""
        reason: VotingEnd = "skipped" if next_pair(self.study, interview_id) else (
            "nothing_to_vote")
        if reason == "skipped" and not survey_given:
            return False
        end_voting(self.study, interview_id, reason)
        self.on_event({"event": "committed", "kind": "voting_ended", "reason": reason})
        return True

    def model_turn(self, interview_id: str) -> str:
        turn = ModelTurn(self.prompts, self.settings, load_transcript(self.study, interview_id))
        settled: Settled | None = None
        while settled is None:
            request = turn.request()
            self.on_event({"event": "generating", "purpose": request.purpose,
                           "attempt": request.attempt})
            generation = self._generate(request)
            self.generations.append((request.purpose, request.attempt, generation))
            settled = turn.take(model_output(generation))
        row_id = save_model_turn(self.study, interview_id, settled)
        self.on_event({"event": "committed", "kind": request.purpose, "id": row_id})
        return row_id

    def _generate(self, request: ModelRequest) -> Generation:
        started = [False]

        def streamed(_text: str) -> None:
            if not started[0]:
                started[0] = True
                self.on_event({"event": "streaming", "purpose": request.purpose})

        return self.model.generate(chat_messages(request), sampling_settings(request),
                                   threading.Event(), streamed, request.schema)

    def _answer(self, interview_id: str, text: str) -> None:
        message = add_answer(self.study, interview_id, text)
        self.on_event({"event": "committed", "kind": "answer", "id": message.id})

    def _review(self, interview_id: str, item: str | ValuesCard | None) -> bool:
        """Revise, edit or confirm the card; False when it cannot be confirmed as it is."""
        card = load_transcript(self.study, interview_id).latest_card
        assert card is not None
        mark_card_shown(self.study, card.id)  # printed on the command line: shown
        if isinstance(item, str):
            message = add_answer(self.study, interview_id, item)
            self.on_event({"event": "committed", "kind": "revision_request", "id": message.id})
        elif isinstance(item, ValuesCard):
            edited = add_card_version(self.study, interview_id, item, "edit")
            self.on_event({"event": "committed", "kind": "card_edit", "id": edited.id})
        elif card_problems(card.card):
            return False
        else:
            confirm_card(self.study, interview_id, card.id)
            self.on_event({"event": "committed", "kind": "confirmation", "id": card.id})
        return True
