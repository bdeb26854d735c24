"""One model turn of an interview, across its attempts: ask, judge, retry once, settle.

The page (through the worker thread) and the command line (directly) both drive a `ModelTurn`:
`request()` says what to send, `take(output)` judges what came back and returns either None
(send `request()` again: one retry) or what to store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from desktop.core.interview import guided
from desktop.core.interview.card import CardDraft, ValuesCard
from desktop.core.interview.prompts import PromptSet
from desktop.core.interview.protocol import (
    InterviewSettings,
    ModelRequest,
    Transcript,
    draft_request,
    failed_follow_up,
    follow_up_request,
    judge_card,
    judge_follow_up,
    merge_revision,
    next_step,
    revision_base,
    revision_request,
)


@dataclass(frozen=True)
class ModelOutput:
    """What the model returned for one request (independent of the model library)."""

    text: str
    finish_reason: str
    model_file: str = ""
    model_sha256: str = ""
    sampling: Mapping[str, Any] = field(default_factory=dict)
    completion_tokens: int | None = None
    seconds_to_first_token: float | None = None
    seconds_total: float | None = None


@dataclass(frozen=True)
class ModelRun:
    """How a stored text came from the model: the audit fields kept beside it."""

    model_file: str = ""
    model_sha256: str = ""
    sampling: Mapping[str, Any] = field(default_factory=dict)
    attempts: int = 0
    rejected: tuple[Mapping[str, str], ...] = ()  # earlier outputs and why they were not used
    completion_tokens: int | None = None
    seconds_to_first_token: float | None = None
    seconds_total: float | None = None
    # The question style, and for a guided question the frame and phrase it was built from.
    guide: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SettledReply:
    text: str
    fallback: str  # '' or the problem that made the protocol use its fallback question
    status: Literal["complete", "stopped"]
    run: ModelRun


@dataclass(frozen=True)
class SettledCard:
    card: ValuesCard
    source: Literal["draft", "revision"]
    status: dict[str, str]
    problem: str
    raw_text: str
    run: ModelRun


Settled = SettledReply | SettledCard
TURN_STEPS = ("follow_up", "draft_card", "revise_card")


class ModelTurn:
    def __init__(self, prompts: PromptSet, settings: InterviewSettings, t: Transcript) -> None:
        step = next_step(t)
        if step not in TURN_STEPS:
            raise ValueError(f"the interview is not waiting for the model ({step}).")
        self.step = step
        self.prompts, self.settings, self.transcript = prompts, settings, t
        self.attempt = 1  # the attempt the next request is for
        self.calls = 0
        self.rejected: list[dict[str, str]] = []
        # Guided: built from the participant's phrases (a revision is written freely).
        # A card needs at least one phrase; a question without one is the canned fallback.
        self.guided = (settings.question_style == "guided" and step != "revise_card"
                       and prompts.can_guide
                       and (step == "follow_up" or guided.can_ground(prompts, t)))
        self.guide: dict[str, str] = {"style": "guided" if self.guided else "free"}

    @property
    def for_card(self) -> bool:
        return self.step != "follow_up"

    def request(self) -> ModelRequest:
        build = {"follow_up": follow_up_request, "draft_card": draft_request,
                 "revise_card": revision_request}[self.step]
        if self.guided:
            build = guided.card_request if self.for_card else guided.question_request
        return build(self.prompts, self.settings, self.transcript, self.attempt)

    def take(self, output: ModelOutput) -> Settled | None:
        """Judge one output: None means retry (send `request()` again), else what to store."""
        self.calls += 1
        if self.for_card:
            return self._take_card(output)
        if self.guided:
            outcome, picked = guided.judge_question_choice(
                self.prompts, self.transcript, output.text, output.finish_reason, self.attempt)
            self.guide = picked or self.guide
        else:
            outcome = judge_follow_up(self.prompts, self.transcript, output.text,
                                      output.finish_reason, self.attempt)
        if outcome.action != "accept":
            self._reject(output.text, outcome.problem)
        if outcome.action == "retry":
            return None
        if outcome.action == "fallback":
            return SettledReply(outcome.text, outcome.problem or "", "complete",
                                self._run(output))
        stopped = output.finish_reason == "cancelled"
        return SettledReply(outcome.text, "", "stopped" if stopped else "complete",
                            self._run(output))

    def fail(self, problem: str, output: ModelOutput | None = None) -> Settled:
        """The model could not run (not loaded, failed): settle without it."""
        self.calls += 1
        self._reject("", "failed", problem)
        output = output or ModelOutput("", "failed")
        if self.for_card and self.guided:  # the participant's phrases, in their first order
            return self._settle_card(guided.judge_card_choice(
                self.prompts, self.transcript, "", "failed", 2)[1], output)
        if self.for_card:
            return self._card_fallback(output, "failed")
        if self.guided:
            outcome, self.guide = guided.judge_question_choice(
                self.prompts, self.transcript, "", "failed", 2)
            return SettledReply(outcome.text, "failed", "complete", self._run(output))
        outcome = failed_follow_up(self.prompts, self.transcript)
        return SettledReply(outcome.text, "failed", "complete", self._run(output))

    def _take_card(self, output: ModelOutput) -> Settled | None:
        judge = guided.judge_card_choice if self.guided else judge_card
        outcome, draft = judge(self.prompts, self.transcript, output.text,
                               output.finish_reason, self.attempt)
        if outcome.action == "retry":
            self._reject(output.text, outcome.problem)
            return None
        if outcome.action == "fallback":
            return self._card_fallback(output, outcome.problem or "unparsed")
        if self.step == "revise_card":
            draft = merge_revision(revision_base(self.transcript), draft)
        return self._settle_card(draft, output)

    def _settle_card(self, draft: CardDraft, output: ModelOutput) -> SettledCard:
        return SettledCard(draft.card, self._source(), dict(draft.status), "", output.text,
                           self._run(output))

    def _card_fallback(self, output: ModelOutput, problem: str) -> SettledCard:
        """No usable draft: an empty card to fill in, or the previous card to edit."""
        base = revision_base(self.transcript) if self.step == "revise_card" else ValuesCard()
        status = dict.fromkeys(("title", "description", "policies", "context"), "fallback")
        return SettledCard(base, self._source(), status, problem, output.text, self._run(output))

    def _source(self) -> Literal["draft", "revision"]:
        return "revision" if self.step == "revise_card" else "draft"

    def _reject(self, text: str, problem: str | None, detail: str = "") -> None:
        entry = {"text": text, "problem": problem or ""}
        if detail:
            entry["detail"] = detail
        self.rejected.append(entry)
        self.attempt += 1

    def _run(self, output: ModelOutput) -> ModelRun:
        return ModelRun(output.model_file, output.model_sha256, dict(output.sampling),
                        self.calls, tuple(self.rejected), output.completion_tokens,
                        output.seconds_to_first_token, output.seconds_total, dict(self.guide))
