"""Upgrade stories from the real default model, and the checks that keep bad ones out."""

from __future__ import annotations

from desktop.core.graph.stories import judge_story, story_text
from desktop.core.graph.values import Value
from desktop.llm.llama_model import LlamaChatModel
from desktop.llm.stories import draft_both_directions, load_story_prompt

OLD = Value("a", "Protective caution", "I keep my father from every risk.",
            ("RISKS that could hurt him", "RULES that keep everyone safe"))
NEW = Value("b", "Dignity in ageing", "I help my father choose his own limits.",
            ("CHOICES he still makes for himself", "MOMENTS when he feels respected",
             "CONVERSATIONS where we weigh risks together"))


def test_the_prompt_carries_both_values_and_the_context() -> None:
    messages = load_story_prompt().messages("When a parent ages", OLD, NEW)
    assert [role for role, _ in messages] == ["system", "user"]
    user = messages[1][1]
    for part in ("When a parent ages", "Protective caution", "Dignity in ageing",
                 "CHOICES he still makes for himself"):
        assert part in user


def test_drafts_in_both_directions_are_usable_or_left_for_the_lead(
        default_model: LlamaChatModel) -> None:
    forward, backward = draft_both_directions(default_model, "When a parent ages", OLD, NEW)
    for draft in (forward, backward):
        assert 1 <= draft.attempts <= 2
        assert draft.generation.model.sha256 == default_model.identity.sha256
        if draft.text:  # a usable story passed every check
            assert draft.problem is None and judge_story(draft.text, "stop") is None
        else:  # both attempts failed: the study lead writes it, nothing broken is kept
            assert draft.problem is not None


def test_bad_stories_are_caught() -> None:
    good = ("I used to stop my father from driving at all. One night he called me in tears "
            "because he could not visit his friend. I realised that what I cared about was "
            "his life, not only his safety. Now we decide together.")
    assert judge_story(good, "stop") is None
    assert judge_story("", "stop") == "empty"
    assert judge_story(good[:-40], "length") == "cut_off"
    assert judge_story("I tried.", "stop") == "too_short"
    assert judge_story(("the same words again " * 12).strip() + ".", "stop") == "looping"
    assert judge_story(good.replace("I ", "He ").replace("my", "his").replace("me", "him")
                       .replace("Now we", "Now they"), "stop") == "third_person"
    assert story_text('{"story": "  spaced\\n text. "}') == "spaced text."
    assert story_text("not json at all") == "not json at all"
