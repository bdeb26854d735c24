"""Interview figures for `bench`: first-token delays with and without the reused prefix, how
often the model's questions needed a fallback, whether card drafts parse, and the longest GUI
stall during an interview. Scripted interviews run through the same driver as the command."""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from desktop.core.interview.card import parse_card_draft
from desktop.core.interview.prompts import PromptSet, load_prompts
from desktop.core.interview.protocol import InterviewSettings, Sampling
from desktop.llm.llama_model import LlamaChatModel
from desktop.llm.protocol import Generation
from desktop.services.interview_session import InterviewSession, ModelCall
from desktop.services.interview_start import consented_participant, start
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import Study, create_study
from desktop.store.cards import card_history
from desktop.store.demo import demo_questions
from desktop.store.interview_records import interview_ids
from desktop.store.interviews import list_messages
from desktop.store.questions import add_questions, list_questions

INTERVIEWS = 20
FOLLOW_UPS = 4
ANSWERS = (
    ("I think it should ask what is going on before giving advice, and listen first.",
     "When my sister was in trouble, what helped was someone who asked before judging.",
     "I noticed whether people were curious about her or just wanted to fix her.",
     "Because being understood made her feel she could decide for herself.",
     "A wise person would notice what the person already knows and trusts."),
    ("It should be honest but kind, and not pretend there is one right answer.",
     "A teacher once told me the truth about my exam in a way that did not crush me.",
     "She paid attention to how I was feeling and to what I could still change.",
     "It mattered because I could act on it instead of feeling ashamed.",
     "They would notice when someone is ready to hear a hard truth."),
    ("Respect the person's own beliefs and help them think, without pushing.",
     "My grandmother made a hard choice alone once, and I saw how lonely that was.",
     "What mattered was whether anyone asked her what she wanted.",
     "Because choices about your own life should stay your own.",
     "They would notice who else is affected, and who has no voice."),
)


def measure(runs: int, model: LlamaChatModel, interviews: int = INTERVIEWS) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="mgs-bench-interviews-") as folder:
        with create_study(Path(folder) / "bench.mgstudy", "Interview figures") as study:
            add_questions(study, demo_questions())
            figures = _scripted(study, model, interviews, cold_runs=min(interviews,
                                                                        max(5, runs)))
    from desktop.ui.bench.interview_benchmark import measure_gui_stall  # Qt only from here on

    figures["gui"] = measure_gui_stall(model, ANSWERS[0], FOLLOW_UPS, max(1, min(3, runs)))
    figures["load_average_1min"] = round(os.getloadavg()[0], 2)
    return figures


def _scripted(study: Study, model: LlamaChatModel, interviews: int,
              cold_runs: int) -> dict[str, Any]:
    prompts = load_prompts()
    questions = list_questions(study)
    first, third, cold = [], [], []
    drafts: list[Generation] = []
    for number in range(interviews):
        settings = _settings(seed=number)
        interview_id = _start(study, prompts, questions[number % len(questions)].id, settings)
        runner = ScriptedInterview(study, model, prompts, settings)
        runner.run(interview_id, list(ANSWERS[number % len(ANSWERS)]))
        delays = _first_attempt_delays(runner)
        first.append(delays[0])
        third.append(delays[2])
        drafts += [g for purpose, _, g in runner.generations if purpose != "follow_up"]
        if number < cold_runs:
            cold.append(_cold_start(model, _third_follow_up_request(study, interview_id,
                                                                    settings)))
    return {
        "interviews": interviews, "follow_ups_per_interview": FOLLOW_UPS,
        "first_token_s": {"first_reply": _summary(first), "third_follow_up": _summary(third),
                          "third_follow_up_cold_start": _summary(cold),
                          "third_vs_cold_ratio": round(statistics.median(third[:len(cold)])
                                                       / statistics.median(cold), 3)},
        **_fallbacks(study), "card_drafts": _cards(study, drafts),
    }


def _settings(seed: int) -> InterviewSettings:
    base = InterviewSettings(follow_ups=FOLLOW_UPS)
    q, c = base.question_sampling, base.card_sampling
    return InterviewSettings(
        FOLLOW_UPS, Sampling(q.max_tokens, q.temperature, q.top_p, q.top_k, q.repeat_penalty,
                             seed),
        Sampling(c.max_tokens, c.temperature, c.top_p, c.top_k, c.repeat_penalty, seed))


def _start(study: Study, prompts: PromptSet, question_id: str,
           settings: InterviewSettings) -> str:
    participant_id = consented_participant(study, prompts)
    return start(study, participant_id, question_id, prompts, ("", ""), "script", settings).id


def _first_attempt_delays(runner: ScriptedInterview) -> list[float]:
    """First-token delay of each follow-up's first attempt (a retry re-sends a cached prompt)."""
    return [g.seconds_to_first_token or g.seconds_total
            for purpose, attempt, g in runner.generations
            if purpose == "follow_up" and attempt == 1]


def _third_follow_up_request(study: Study, interview_id: str,
                             settings: InterviewSettings) -> ModelCall:
    """The exact request of the third follow-up, rebuilt from the stored transcript."""
    session = InterviewSession(study, interview_id, load_prompts(), settings)
    t = session.transcript()
    conversation = t.conversation
    user_seen = 0
    for index, message in enumerate(conversation):
        user_seen += message.role == "user"
        if user_seen == 3 and message.role == "user":
            cut = replace(t, messages=conversation[:index + 1], cards=())
            return session.model_call(session.begin_turn(cut))
    raise RuntimeError("the interview has fewer than three answers")


def _cold_start(model: LlamaChatModel, call: ModelCall) -> float:
    model.reset()  # forget the evaluated prefix: the whole transcript is evaluated again
    generation = model.generate(call.messages, call.sampling, threading.Event())
    return generation.seconds_to_first_token or generation.seconds_total


def _fallbacks(study: Study) -> dict[str, Any]:
    rows = [row for interview_id in interview_ids(study)
            for row in list_messages(study, interview_id)
            if row["role"] == "assistant" and row["seq"] > 0]
    problems: dict[str, int] = {}
    for row in rows:
        for rejected in json.loads(row["rejected"]):
            problems[rejected["problem"]] = problems.get(rejected["problem"], 0) + 1
    fallbacks = sum(bool(row["fallback"]) for row in rows)
    retried = sum(row["attempts"] > 1 for row in rows)
    return {"follow_up_questions": len(rows), "needed_fallback": fallbacks,
            "fallback_rate": round(fallbacks / len(rows), 3) if rows else None,
            "needed_retry": retried, "rejected_outputs_by_problem": problems}


def _cards(study: Study, generations: list[Generation]) -> dict[str, Any]:
    parsed = sum(parse_card_draft(g.text, g.finish_reason).problem is None for g in generations)
    strict = sum(_strict_json(g.text) for g in generations)
    fields: dict[str, int] = {}
    versions = [v for interview_id in interview_ids(study)
                for v in card_history(study, interview_id)]
    for version in versions:
        for name, status in json.loads(version["field_status"]).items():
            if status == "fallback":
                fields[name] = fields.get(name, 0) + 1
    total = len(generations)
    return {"generated": total, "parsed": parsed,
            "parse_share": round(parsed / total, 3) if total else None,
            "strict_json_share": round(strict / total, 3) if total else None,
            "cut_off": sum(g.finish_reason == "length" for g in generations),
            "completion_tokens_max": max((g.completion_tokens for g in generations), default=0),
            "cards": len(versions), "fields_left_for_the_participant": fields}


def _strict_json(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except ValueError:
        return False


def _summary(values: list[float]) -> dict[str, float | int]:
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3), "runs": len(values)}
