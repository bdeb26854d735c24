"""The MGE interview as a state machine over what is stored: consent, conversation, card,
wiser-than voting, survey.

Nothing here is kept in memory between steps: the stage and the next step are worked out from
the transcript (the stored messages, card versions, confirmation and survey), so an interview
resumes after a crash exactly where its stored rows say it stopped.

The messages sent to the model are a pure function of the transcript, byte-identical from turn
to turn (the guide for the next question is appended to the answer it follows, and stays there),
so llama.cpp reuses the evaluated prefix and a follow-up costs only the newest answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal

from desktop.core.interview.card import CardDraft, ValuesCard, parse_card_draft
from desktop.core.interview.prompts import PromptSet
from desktop.core.interview.replies import Verdict, judge_question

MAX_ANSWER_CHARS_FOR_MODEL = 1000  # a 20,000-character answer is stored whole, sent shortened
Role = Literal["assistant", "user"]
Purpose = Literal["follow_up", "card_draft", "card_revision"]
# guided: questions and card drafts built from the participant's phrases under a grammar (for a
# small model); free: the model writes them (a larger model can).
QuestionStyle = Literal["guided", "free"]
QUESTION_STYLES: tuple[QuestionStyle, ...] = ("guided", "free")
MAX_VOTES_AFTER_CARD = 20


class Stage(StrEnum):
    CONSENT = "consent"
    CONVERSATION = "conversation"
    CARD = "card"
    VOTING = "voting"
    SURVEY = "survey"
    DONE = "done"


STAGE_TITLES = {Stage.CONSENT: "Consent", Stage.CONVERSATION: "Conversation",
                Stage.CARD: "Your card", Stage.VOTING: "Voting",
                Stage.SURVEY: "Last questions",
                Stage.DONE: "Done"}


@dataclass(frozen=True)
class Sampling:
    max_tokens: int
    temperature: float
    top_p: float = 0.9
    top_k: int = 40
    repeat_penalty: float = 1.1
    seed: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"max_tokens": self.max_tokens, "temperature": self.temperature,
                "top_p": self.top_p, "top_k": self.top_k,
                "repeat_penalty": self.repeat_penalty, "seed": self.seed}


@dataclass(frozen=True)
class InterviewSettings:
    follow_ups: int = 4
    question_sampling: Sampling = Sampling(max_tokens=96, temperature=0.7)
    # Room for the schema's longest card (its maxLength limits), so a draft is never cut off.
    card_sampling: Sampling = Sampling(max_tokens=1024, temperature=0.0)
    # Wiser-than questions after the card (MGE's flow); 0 goes straight to the survey.
    votes_after_card: int = 3
    # The bundled model is small; a study with a larger model chooses "free" (Study page).
    question_style: QuestionStyle = "guided"

    def __post_init__(self) -> None:
        if self.question_style not in QUESTION_STYLES:
            raise ValueError("The question style is 'guided' or 'free'.")
        if not 1 <= self.follow_ups <= 12:
            raise ValueError("An interview asks between 1 and 12 follow-up questions.")
        if not 0 <= self.votes_after_card <= MAX_VOTES_AFTER_CARD:
            raise ValueError("An interview asks between 0 and "
                             f"{MAX_VOTES_AFTER_CARD} wiser-than questions after the card.")


@dataclass(frozen=True)
class Message:
    id: str
    seq: int
    role: Role
    text: str
    stage: Stage
    status: Literal["complete", "stopped"] = "complete"
    fallback: str = ""  # the problem that made the protocol use its fallback text


@dataclass(frozen=True)
class CardVersion:
    id: str
    number: int
    card: ValuesCard
    source: Literal["draft", "revision", "edit"]
    after_seq: int  # the last message when it was made: a later request asks for a revision
    shown: bool = False
    status: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Transcript:
    """Everything stored about one interview, in order."""

    question: str
    follow_ups: int
    messages: tuple[Message, ...] = ()
    cards: tuple[CardVersion, ...] = ()
    confirmed_card_id: str | None = None
    voting_done: bool = True  # no wiser-than questions asked, or they are over
    survey_done: bool = False
    consented: bool = True

    @property
    def conversation(self) -> tuple[Message, ...]:
        return tuple(m for m in self.messages if m.stage == Stage.CONVERSATION)

    @property
    def answers(self) -> int:
        return sum(m.role == "user" for m in self.conversation)

    @property
    def questions_asked(self) -> int:
        """Follow-ups asked so far (the opening is not one)."""
        return max(0, sum(m.role == "assistant" for m in self.conversation) - 1)

    @property
    def latest_card(self) -> CardVersion | None:
        return self.cards[-1] if self.cards else None

    @property
    def next_seq(self) -> int:
        return self.messages[-1].seq + 1 if self.messages else 0

    @property
    def pending_revision(self) -> Message | None:
        last, card = (self.messages[-1] if self.messages else None), self.latest_card
        if last and last.role == "user" and last.stage == Stage.CARD and (
                card is None or last.seq > card.after_seq):
            return last
        return None


StepKind = Literal["consent", "opening", "answer", "follow_up", "draft_card", "revise_card",
                   "review_card", "vote", "survey", "done"]


@dataclass(frozen=True)
class ModelRequest:
    purpose: Purpose
    messages: tuple[tuple[str, str], ...]
    sampling: Sampling
    schema: dict[str, Any] | None = None
    attempt: int = 1


def stage_of(t: Transcript) -> Stage:
    if not t.consented:
        return Stage.CONSENT
    if t.survey_done:
        return Stage.DONE
    if t.confirmed_card_id:
        return Stage.SURVEY if t.voting_done else Stage.VOTING
    if t.cards or t.answers > t.follow_ups:
        return Stage.CARD
    return Stage.CONVERSATION


def next_step(t: Transcript) -> StepKind:
    """What the interview waits for now: the participant, the model, or nothing."""
    stage = stage_of(t)
    simple: dict[Stage, StepKind] = {Stage.CONSENT: "consent", Stage.VOTING: "vote",
                                     Stage.SURVEY: "survey", Stage.DONE: "done"}
    if stage in simple:
        return simple[stage]
    if stage == Stage.CARD:
        if t.pending_revision:
            return "revise_card"
        return "review_card" if t.cards else "draft_card"
    conversation = t.conversation
    if not conversation:
        return "opening"
    return "answer" if conversation[-1].role == "assistant" else "follow_up"


def can_confirm(t: Transcript) -> bool:
    """Only a card the participant has seen can be confirmed, and only once."""
    card = t.latest_card
    return stage_of(t) == Stage.CARD and card is not None and card.shown and not (
        t.pending_revision)


# Requests to the model ----------------------------------------------------------------------

def model_conversation(prompts: PromptSet, t: Transcript) -> list[tuple[str, str]]:
    """System prompt, then the conversation, each answer followed by the guide for the next."""
    messages = [("system", prompts.system)]
    answered = 0
    for message in t.conversation:
        if message.role == "assistant":
            messages.append(("assistant", message.text))
            continue
        text = _shortened(message.text)
        if answered < t.follow_ups:
            text = f"{text}\n\n{prompts.turn_note(answered)}"
        messages.append(("user", text))
        answered += 1
    return messages


def follow_up_request(prompts: PromptSet, settings: InterviewSettings, t: Transcript,
                      attempt: int = 1) -> ModelRequest:
    return ModelRequest("follow_up", tuple(model_conversation(prompts, t)),
                        for_attempt(settings.question_sampling, attempt), None, attempt)


def draft_request(prompts: PromptSet, settings: InterviewSettings, t: Transcript,
                  attempt: int = 1) -> ModelRequest:
    messages = [*model_conversation(prompts, t), ("user", prompts.card_draft(t.question))]
    return ModelRequest("card_draft", tuple(messages),
                        for_attempt(settings.card_sampling, attempt), prompts.card_schema,
                        attempt)


def revision_request(prompts: PromptSet, settings: InterviewSettings, t: Transcript,
                     attempt: int = 1) -> ModelRequest:
    ask, card = t.pending_revision, t.latest_card
    previous = card.card.to_json() if card else ValuesCard().to_json()
    instruction = prompts.card_revision(previous, _shortened(ask.text if ask else ""))
    messages = [*model_conversation(prompts, t), ("user", instruction)]
    return ModelRequest("card_revision", tuple(messages),
                        for_attempt(settings.card_sampling, attempt), prompts.card_schema,
                        attempt)


def for_attempt(sampling: Sampling, attempt: int) -> Sampling:
    if attempt == 1:
        return sampling
    # A retry must be able to differ: a new seed, and a little warmth for greedy decoding.
    seed = None if sampling.seed is None else sampling.seed + 1000 * (attempt - 1)
    return replace(sampling, seed=seed, temperature=max(sampling.temperature, 0.3))


def _shortened(text: str) -> str:
    if len(text) <= MAX_ANSWER_CHARS_FOR_MODEL:
        return text
    head, tail = MAX_ANSWER_CHARS_FOR_MODEL * 3 // 4, MAX_ANSWER_CHARS_FOR_MODEL // 5
    return f"{text[:head]} […] {text[-tail:]}"


# Judging the model's output ---------------------------------------------------------------

@dataclass(frozen=True)
class Outcome:
    """What to do with a model's output: show it, retry once, or use the fallback."""

    action: Literal["accept", "retry", "fallback"]
    text: str = ""
    problem: str | None = None


def judge_follow_up(prompts: PromptSet, t: Transcript, text: str, finish_reason: str,
                    attempt: int) -> Outcome:
    earlier = [m.text for m in t.conversation if m.role == "assistant"]
    instructions = [prompts.system, *prompts.turn_notes]
    verdict: Verdict = judge_question(text, finish_reason, earlier, instructions)
    if verdict.usable:
        return Outcome("accept", verdict.text)
    if attempt < 2 and verdict.problem not in ("stopped", "failed"):
        return Outcome("retry", problem=verdict.problem)
    return Outcome("fallback", prompts.fallback(t.questions_asked), verdict.problem)


def failed_follow_up(prompts: PromptSet, t: Transcript) -> Outcome:
    """The model could not run at all (not loaded, prompt too long): the fallback, no retry."""
    return Outcome("fallback", prompts.fallback(t.questions_asked), "failed")


def judge_card(prompts: PromptSet, t: Transcript, text: str, finish_reason: str,
               attempt: int) -> tuple[Outcome, CardDraft]:
    """Retry a draft that did not parse; otherwise keep it, with empty fallback fields."""
    instructions = [prompts.card_draft(t.question), prompts.files["card_revision.txt"]]
    draft = parse_card_draft(text, finish_reason, instructions)
    if draft.problem and attempt < 2 and finish_reason != "cancelled":
        return Outcome("retry", problem=draft.problem), draft
    if draft.problem:
        problem = "stopped" if finish_reason == "cancelled" else draft.problem
        return Outcome("fallback", problem=problem), draft
    return Outcome("accept"), draft


def revision_base(t: Transcript) -> ValuesCard:
    card = t.latest_card
    return card.card if card else ValuesCard()


def merge_revision(previous: ValuesCard, draft: CardDraft) -> CardDraft:
    """A revised field that failed its check keeps the previous card's text, not a blank."""
    values = draft.card.as_dict()
    status = dict(draft.status)
    for name in draft.fallback_fields:
        old = previous.as_dict()[name]
        if old and not (name == "policies" and values[name]):
            values[name] = old
            status[name] = "kept"
    values["policies"] = tuple(values["policies"])
    return CardDraft(ValuesCard(**values), status, draft.problem)


def stage_progress(t: Transcript) -> str:
    """A short line for the stage indicator, e.g. 'question 2 of 4'."""
    if stage_of(t) != Stage.CONVERSATION:
        return ""
    asked = min(t.questions_asked, t.follow_ups)
    return f"question {asked} of {t.follow_ups}" if asked else "opening question"
