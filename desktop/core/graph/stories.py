"""Upgrade stories: someone who lived by value A came to live by value B, told in the first
person, shown to participants before they vote. Drafted by the local model from an editable
prompt (resources/graph/story_prompt.txt), judged here, reviewed by the study lead."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from desktop.core.graph.dedupe import CardText, similarity_matrix
from desktop.core.graph.values import Value

MIN_CHARS, MAX_CHARS = 120, 1200
# No minLength/maxLength: llama.cpp expands them into one grammar rule per character, and
# lengths in the hundreds crash it (seen here: a segfault). Length is judged after the fact.
STORY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"story": {"type": "string"}},
    "required": ["story"],
}
PROBLEMS = {
    "empty": "the model wrote nothing usable",
    "cut_off": "the story stopped mid-sentence",
    "too_short": "the story was too short to tell a moment",
    "looping": "the model repeated itself",
    "third_person": "the story was not told in the first person",
}
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")
_FIRST_PERSON = re.compile(r"\b(I|me|my|myself)\b")


@dataclass(frozen=True)
class StoryPrompt:
    system: str
    user_template: str

    @classmethod
    def parse(cls, text: str) -> StoryPrompt:
        system, _, user = text.partition("\n---\n")
        if not user.strip():
            raise ValueError("the story prompt needs a system part, a line '---', then the "
                             "request")
        return cls(system.strip(), user.strip())

    def messages(self, context: str, old: Value, new: Value) -> list[tuple[str, str]]:
        """(role, text) pairs; the llm layer turns them into chat messages."""
        fields = {"context": context, **_fields("from", old), **_fields("to", new)}
        return [("system", self.system), ("user", self.user_template.format_map(fields))]


def _fields(prefix: str, value: Value) -> dict[str, str]:
    policies = "; ".join(value.policies) or "(not written down)"
    return {f"{prefix}_title": value.title, f"{prefix}_description": value.description,
            f"{prefix}_policies": policies}


def story_text(raw: str) -> str:
    """The story from the model's JSON (or its plain text if it ignored the schema)."""
    try:
        data = json.loads(raw)
    except ValueError:
        return raw.strip()
    story = data.get("story", "") if isinstance(data, dict) else ""
    return " ".join(str(story).split())


def judge_story(text: str, finish_reason: str) -> str | None:
    """The problem that makes a drafted story unusable, or None."""
    words = text.lower().split()
    if not text.strip():
        return "empty"
    if finish_reason == "length" or not _SENTENCE_END.search(text.strip()):
        return "cut_off"
    if len(text) < MIN_CHARS:
        return "too_short"
    if len(words) >= 12 and len(set(words)) / len(words) < 0.35:
        return "looping"
    if not _FIRST_PERSON.search(text):
        return "third_person"
    return None


def propose_pairs(values: list[Value], context_of: dict[str, str] | None = None,
                  per_value: int = 2) -> list[tuple[str, Value, Value]]:
    """(context, from, to) worth a story, both directions: within one context (the question
    the cards answered, by `context_of`, else the value's own), each value with the values
    whose policies are most alike (related, yet not the same value)."""
    context_of = context_of or {}
    by_context: dict[str, list[Value]] = {}
    for value in values:
        by_context.setdefault(context_of.get(value.id, value.context), []).append(value)
    pairs: dict[tuple[str, str], tuple[str, Value, Value]] = {}
    for context, group in by_context.items():
        matrix = similarity_matrix([CardText(v.id, v.title, v.description, v.policies)
                                    for v in group])
        for i, value in enumerate(group):
            nearest = sorted((j for j in range(len(group)) if j != i),
                             key=lambda j: (-matrix[i][j], group[j].id))[:per_value]
            for j in nearest:
                for a, b in ((value, group[j]), (group[j], value)):
                    pairs.setdefault((a.id, b.id), (context, a, b))
    return list(pairs.values())
