"""A participant's interview in Spanish or Arabic: questions, answers, and the properties every
valid run with the real model shares (for the llm and ui tests alike)."""

from __future__ import annotations

from desktop.core.interview.phrases import content_words
from desktop.core.interview.prompts import PHRASE, PromptSet

QUESTIONS = {
    "es": "Mi hermana está embarazada y no sabe si tener el bebé. ¿Qué debería decirle?",
    "ar": "أختي حامل ولا تعرف إن كانت ستحتفظ بالطفل. ماذا ينبغي أن أقول لها؟",
}
ANSWERS = {
    "es": ("Creo que el asistente debería escucharla con calma y no juzgar su decisión.",
           "Cuando mi hermana se quedó embarazada, me llamó de noche y yo solo la dejé hablar "
           "sin darle consejos.",
           "Noté que se tranquilizó cuando nadie la juzgaba ni le decía lo que tenía que hacer."),
    "ar": ("يجب أن يستمع المساعد إليها بهدوء ولا يحكم على قرارها.",
           "عندما حملت أختي، اتصلت بي ليلًا وتركتها تتكلم دون أن أنصحها.",
           "لاحظت أنها ارتاحت حين لم يلمها أحد على قرارها."),
}
SURVEY = {"card_expresses": "4", "clarified": "5"}


def frame_or_fallback(prompts: PromptSet, follow_up: int, text: str, answer: str) -> bool:
    """One of the language's frames around a phrase of `answer` (quoted as said), or its
    fallback for this follow-up."""
    if text == prompts.fallback(follow_up):
        return True
    for frame in prompts.frames_for(follow_up):
        before, after = frame.split(PHRASE)
        if text.startswith(before) and text.endswith(after):
            phrase = text[len(before):len(text) - len(after)]
            return bool(phrase) and phrase.casefold() in answer.casefold()
    return False


def check_card_is_grounded(prompts: PromptSet, card: dict[str, object],
                           answers: tuple[str, ...]) -> None:
    words = prompts.card_frames
    description, context = str(card["description"]), str(card["context"])
    policies = [str(p) for p in card["policies"]]  # type: ignore[attr-defined]
    assert description.startswith(words["clause_descriptions"] + words["phrase_descriptions"]
                                  + words.get("modal_descriptions", ()))
    assert context == "" or context.startswith(words["contexts"])
    assert 3 <= len(policies) <= 7
    assert all(p.split()[0] in words["nouns"] for p in policies)
    said = set(content_words(" ".join(answers)))
    for field in (str(card["title"]), description, *policies):
        assert set(content_words(field)) & said, f"{field!r} shares no word with the answers"
