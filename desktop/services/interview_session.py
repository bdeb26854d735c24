"""One interview's study-side steps, Qt-free: what comes next, the model turn's requests and
what to store from them, answers, the card, the end of voting, the survey, the draft text.

The Interviews page and the `interview` command both drive an `InterviewSession`. The model
call itself stays with the caller (the page sends requests through its worker thread, the
command calls the model directly): a turn is `begin_turn()`, then `model_call(turn)` and
`take(turn, generation)` until something settles, then `settle(settled)` stores it. Every step
reads the stored rows, so a session opened again resumes where the last commit left it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.interview.card import ValuesCard
from desktop.core.interview.prompts import PromptSet
from desktop.core.interview.protocol import (
    CardVersion,
    InterviewSettings,
    Message,
    Purpose,
    StepKind,
    Transcript,
    model_conversation,
    next_step,
)
from desktop.core.interview.survey import SurveyItem
from desktop.core.interview.turns import ModelTurn, Settled
from desktop.llm.interview_requests import chat_messages, model_output, sampling_settings
from desktop.llm.protocol import ChatMessage, Generation, SamplingSettings
from desktop.store.cards import (
    add_card_version,
    confirm_card,
    mark_card_shown,
    save_card_edit,
    save_model_turn,
    submit_survey,
)
from desktop.store.interview_setup import study_survey
from desktop.store.interview_voting import VotingEnd, end_voting, next_pair
from desktop.store.interviews import (
    InterviewInfo,
    add_answer,
    get_interview,
    interview_prompts,
    load_transcript,
    save_draft_text,
    stored_settings,
)
from desktop.store.study import Study


@dataclass(frozen=True)
class ModelCall:
    """One request of a model turn, in the model's terms: what to send and how."""

    purpose: Purpose
    attempt: int
    messages: list[ChatMessage]
    sampling: SamplingSettings
    schema: dict[str, Any] | None


class InterviewSession:
    """The steps of one stored interview; its prompts and settings are those it started with
    unless given."""

    def __init__(self, study: Study, interview_id: str, prompts: PromptSet | None = None,
                 settings: InterviewSettings | None = None) -> None:
        self.study, self.interview_id = study, interview_id
        self.prompts = prompts or interview_prompts(study, interview_id)
        self.settings = settings or stored_settings(study, interview_id)

    def info(self) -> InterviewInfo:
        return get_interview(self.study, self.interview_id)

    def transcript(self) -> Transcript:
        return load_transcript(self.study, self.interview_id)

    def next_step(self, t: Transcript | None = None) -> StepKind:
        """What the interview waits for now (from the stored rows unless a transcript is given)."""
        return next_step(t or self.transcript())

    # Model turns ------------------------------------------------------------------------------

    def begin_turn(self, t: Transcript | None = None) -> ModelTurn:
        """The model turn the interview waits for (ValueError when it waits for no model)."""
        return ModelTurn(self.prompts, self.settings, t or self.transcript())

    @staticmethod
    def model_call(turn: ModelTurn) -> ModelCall:
        """The turn's next request, ready for the model."""
        request = turn.request()
        return ModelCall(request.purpose, request.attempt, chat_messages(request),
                         sampling_settings(request), request.schema)

    def next_prompt_start(self, t: Transcript | None = None) -> list[ChatMessage]:
        """What the model's next turn will start with, known while the participant is still
        answering (the instructions and the conversation so far): read early, it is not read
        again when the answer comes."""
        return [ChatMessage(role, text)  # type: ignore[arg-type]
                for role, text in model_conversation(self.prompts, t or self.transcript())]

    @staticmethod
    def take(turn: ModelTurn, generation: Generation) -> Settled | None:
        """Judge what the model wrote: None means send `model_call(turn)` again."""
        return turn.take(model_output(generation))

    def settle(self, settled: Settled) -> str:
        """Store the settled reply or card; returns the new row's id."""
        return save_model_turn(self.study, self.interview_id, settled)

    # The participant's steps ------------------------------------------------------------------

    def add_answer(self, text: str) -> Message:
        """Commit an answer (or, at the card, a request for a revision)."""
        return add_answer(self.study, self.interview_id, text)

    def save_draft(self, text: str) -> None:
        """What the participant is typing, kept so a crash mid-sentence loses nothing."""
        save_draft_text(self.study, self.interview_id, text)

    def show_card(self, card: CardVersion) -> None:
        """The participant sees this version now (only a shown card can be confirmed)."""
        if not card.shown:
            mark_card_shown(self.study, card.id)

    def save_card_edit(self, card: ValuesCard) -> CardVersion | None:
        """Keep the participant's edit as a new version, unless nothing changed."""
        return save_card_edit(self.study, self.interview_id, card)

    def add_card_edit(self, card: ValuesCard) -> CardVersion:
        """Keep the participant's own card as a new version, whatever it holds."""
        return add_card_version(self.study, self.interview_id, card, "edit")

    def confirm_card(self) -> str:
        """Confirm the latest card (ValueError or StudyError when it cannot be); its id."""
        card = self.transcript().latest_card
        assert card is not None
        confirm_card(self.study, self.interview_id, card.id)
        return card.id

    def has_pair_to_vote(self) -> bool:
        """Whether a wiser-than question is left to ask in this interview."""
        return next_pair(self.study, self.interview_id) is not None

    def end_voting(self, reason: VotingEnd) -> None:
        end_voting(self.study, self.interview_id, reason)

    def survey_items(self) -> tuple[SurveyItem, ...]:
        return study_survey(self.study, self.prompts)

    def submit_survey(self, answers: Mapping[str, str]) -> None:
        """Store the closing survey and finish the interview."""
        submit_survey(self.study, self.interview_id, self.survey_items(), answers)
