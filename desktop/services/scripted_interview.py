"""A whole interview driven from a list of answers, through the same `InterviewSession` as the
page: for the `interview` command, the benchmark and the tests.

Each step commits before the next begins, and `on_event` hears of every commit, so a process
killed at any moment leaves a study that resumes where the last commit left it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from desktop.core.interview.card import ValuesCard, card_problems
from desktop.core.interview.prompts import PromptSet
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.interview.turns import Settled
from desktop.llm.protocol import ChatModel, Generation
from desktop.services.interview_session import InterviewSession, ModelCall
from desktop.store.interview_voting import VotingEnd
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

    def session(self, interview_id: str) -> InterviewSession:
        return InterviewSession(self.study, interview_id, self.prompts, self.settings)

    def run(self, interview_id: str, script: Sequence[str | ValuesCard], confirm: bool = False,
            survey: Mapping[str, str] | None = None) -> str:
        """Advance until the script runs out; returns the step the interview waits at.

        The script holds the participant's answers in order; at the card stage a text asks for
        a revision and a `ValuesCard` is the participant's own edit. Items already stored
        (after a resume) are skipped, so the same script can be run again after a crash.
        """
        session = self.session(interview_id)
        while True:
            t = session.transcript()
            step = session.next_step(t)
            used = sum(m.role == "user" for m in t.messages) + sum(
                c.source == "edit" for c in t.cards)
            item = script[used] if used < len(script) else None
            if step in ("follow_up", "draft_card", "revise_card"):
                self._model_turn(session)
            elif step == "answer" and isinstance(item, str):
                self._answer(session, item)
            elif step == "review_card" and (item is not None or confirm):
                if not self._review(session, item):
                    return step
            elif step == "vote":
                if not self._end_voting(session, survey is not None):
                    return step
            elif step == "survey" and survey is not None:
                session.submit_survey(survey)
                self.on_event({"event": "committed", "kind": "survey"})
            else:
                return step

    def _end_voting(self, session: InterviewSession, survey_given: bool) -> bool:
        """The command line asks no wiser-than questions: with nothing to ask, or the survey
        given, the voting ends (True); otherwise the interview waits for the app."""
        reason: VotingEnd = "skipped" if session.has_pair_to_vote() else "nothing_to_vote"
        if reason == "skipped" and not survey_given:
            return False
        session.end_voting(reason)
        self.on_event({"event": "committed", "kind": "voting_ended", "reason": reason})
        return True

    def _model_turn(self, session: InterviewSession) -> str:
        turn = session.begin_turn()
        settled: Settled | None = None
        while settled is None:
            call = session.model_call(turn)
            self.on_event({"event": "generating", "purpose": call.purpose,
                           "attempt": call.attempt})
            generation = self._generate(call)
            self.generations.append((call.purpose, call.attempt, generation))
            settled = session.take(turn, generation)
        row_id = session.settle(settled)
        self.on_event({"event": "committed", "kind": call.purpose, "id": row_id})
        return row_id

    def _generate(self, call: ModelCall) -> Generation:
        started = [False]

        def streamed(_text: str) -> None:
            if not started[0]:
                started[0] = True
                self.on_event({"event": "streaming", "purpose": call.purpose})

        return self.model.generate(call.messages, call.sampling, threading.Event(), streamed,
                                   call.schema)

    def _answer(self, session: InterviewSession, text: str) -> None:
        message = session.add_answer(text)
        self.on_event({"event": "committed", "kind": "answer", "id": message.id})

    def _review(self, session: InterviewSession, item: str | ValuesCard | None) -> bool:
        """Revise, edit or confirm the card; False when it cannot be confirmed as it is."""
        card = session.transcript().latest_card
        assert card is not None
        session.show_card(card)  # printed on the command line: shown
        if isinstance(item, str):
            message = session.add_answer(item)
            self.on_event({"event": "committed", "kind": "revision_request", "id": message.id})
        elif isinstance(item, ValuesCard):
            edited = session.add_card_edit(item)
            self.on_event({"event": "committed", "kind": "card_edit", "id": edited.id})
        elif card_problems(card.card):
            return False
        else:
            card_id = session.confirm_card()
            self.on_event({"event": "committed", "kind": "confirmation", "id": card_id})
        return True
