"""Words a dilemma's two actions from the yes/no question its situation ends with."""

from __future__ import annotations

import re

# "Should you / Do I / Would John <action>?": one-word subjects only, so the action follows.
_ASKED_OF_SOMEONE = re.compile(
    r"^(?:Should|Do|Does|Would|Will|Can|Could|Shall|Must)\s+"
    r"(?:you|I|we|he|she|they|one|[A-Z][a-z]+)\s+(?!and\b|or\b)(?P<action>[a-z].*)$"
)
# "Is it ethical (for me) to <action>?"
_ASKED_ABOUT_IT = re.compile(
    r"^(?:Is|Would|Will)\s+it\s+(?:be\s+)?(?:\w+\s+)?"
    r"(?:ethical|right|acceptable|okay|fair|appropriate|justifiable|wise|wrong)"
    r"(?:\s+for\s+\w+)?\s+to\s+(?P<action>.+)$"
)
# "A, or should you B" / "A or B": the second action after the subject is restated or implied.
_EITHER_OR = re.compile(
    r",?\s+or\s+(?:(?:should|do|does|can|would|will)\s+(?:you|I|we|he|she|they|one|[A-Z][a-z]+)\s+)?"
)
# Words that start a noun phrase, not an action: "one or more", "your boss or your colleague".
_NOT_A_VERB = {
    "a", "an", "the", "one", "more", "less", "not", "other", "another", "any", "some",
    "his", "her", "their", "your", "my", "our", "its", "him", "them", "me", "us", "it",
    "even", "at", "in", "on", "to", "for", "with", "without", "if", "when", "whether",
}  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def actions_from_question(situation: str) -> tuple[str, str]:
    """(action a, action b) worded from the situation's closing question.

    "Should you report it?" gives ("Report it", "Not report it"), the style of DailyDilemmas' own
    actions; "Should you A, or B?" gives ("A", "B"). A question we cannot split cleanly gives
    ("Yes: <question>", "No: <question>"), which is always true to the text.
    """
    question = closing_question(situation)
    match = _ASKED_OF_SOMEONE.match(question) or _ASKED_ABOUT_IT.match(question)
    if not match:
        return f"Yes: {question}", f"No: {question}"
    action = match["action"].rstrip("?").strip()
    action = re.sub(r",?\s+or\s+not$", "", action)
    return _either_or(action) or _do_or_not(action) or (f"Yes: {question}", f"No: {question}")


def closing_question(situation: str) -> str:
    """The last sentence ending in '?' (or the last sentence, if there is no question)."""
    text = situation.strip()
    end = text.rfind("?")
    text = text[: end + 1] if end >= 0 else text
    return _SENTENCE_END.split(text)[-1].strip()


def _either_or(action: str) -> tuple[str, str] | None:
    splits = list(_EITHER_OR.finditer(action))
    if len(splits) != 1:
        return None
    first, second = action[: splits[0].start()], action[splits[0].end() :]
    if not second or second.split()[0].lower() in _NOT_A_VERB:
        return None
    return _capitalised(first.strip(" ,")), _capitalised(second.strip(" ,"))


def _do_or_not(action: str) -> tuple[str, str] | None:
    if re.search(r"\bor\b", action):
        return None  # an "or" we could not split: better the plain question than a wrong pair
    # "Still leave a review" is refused by "Not leave a review", not "Not still leave ...".
    return _capitalised(action), "Not " + re.sub(r"^still\s+", "", action)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
