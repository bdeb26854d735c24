"""An interview in the participant's language with the real default model, from consent to the
survey: through the session (as the page drives it) and through the `interview` command. What
every valid run shares is checked: the texts shown are the language's own, every follow-up is
one of its frames around a phrase the participant said (or one of its fallbacks), the card is
built from the language's card words and the participant's phrases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.interview.card import ValuesCard, card_problems
from desktop.core.interview.languages import load_language
from desktop.core.interview.phrases import content_words
from desktop.core.interview.prompts import PHRASE, PromptSet
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.people import Role
from desktop.llm.llama_model import LlamaChatModel
from desktop.services.interview_export import interview_record
from desktop.services.interview_session import InterviewSession
from desktop.services.interview_start import question_texts, record_decision, start
from desktop.services.scripted_interview import ScriptedInterview
from desktop.store import Study, create_study, open_study
from desktop.store.interviews import interview_notes
from desktop.store.people import add_person
from desktop.store.questions import add_question

pytestmark = pytest.mark.slow

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
    assert description.startswith(words["clause_descriptions"] + words["phrase_descriptions"])
    assert context == "" or context.startswith(words["contexts"])
    assert 3 <= len(policies) <= 7
    assert all(p.split()[0] in words["nouns"] for p in policies)
    said = set(content_words(" ".join(answers)))
    for field in (str(card["title"]), description, *policies):
        assert set(content_words(field)) & said, f"{field!r} shares no word with the answers"


def consented_interview(study: Study, language: str, follow_ups: int,
                        model: LlamaChatModel) -> tuple[str, PromptSet]:
    question = add_question(study, QUESTIONS[language])
    texts = question_texts(study, question.id)
    person = add_person(study, Role.PARTICIPANT)
    record_decision(study, person.id, "given", texts.prompts)
    settings = InterviewSettings(follow_ups=follow_ups, votes_after_card=0)
    identity = (model.identity.file_name, model.identity.sha256)
    info = start(study, person.id, question.id, texts.prompts, identity, "app", settings,
                 notes=texts.notes)
    return info.id, texts.prompts


@pytest.mark.parametrize("language", ["es", "ar"])
def test_a_session_runs_in_the_questions_language_from_consent_to_survey(
        default_model: LlamaChatModel, tmp_path: Path, language: str) -> None:
    answers = ANSWERS[language]
    with create_study(tmp_path / "s.mgstudy", "languages") as study:
        interview_id, prompts = consented_interview(study, language, len(answers) - 1,
                                                    default_model)
        assert prompts == load_language(language).prompts
        session = InterviewSession(study, interview_id)
        assert session.prompts.language_code == language
        runner = ScriptedInterview(study, default_model, session.prompts, session.settings)
        assert runner.run(interview_id, list(answers), True, SURVEY) == "done"
        record = interview_record(study, interview_id)
        assert record["language"] == language and record["stage"] == "done"
        assert interview_notes(study, interview_id)[0].startswith(f"Language '{language}'")
        assert record["audit"]["consent_version"] == prompts.consent_version
        assistant = [m["text"] for m in record["messages"] if m["role"] == "assistant"]
        assert assistant[0] == prompts.opening(QUESTIONS[language])
        for number, text in enumerate(assistant[1:]):
            assert frame_or_fallback(prompts, number, text, answers[number]), text
        card = record["card"]
        assert card is not None and card["source"] == "draft"
        check_card_is_grounded(prompts, card, answers)
        assert [i.text for i in session.survey_items()] == [i.text for i in prompts.survey]
        assert record["survey"] == SURVEY


def test_the_interview_command_runs_a_spanish_question_in_spanish(
        study_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_study(study_path) as study:
        add_question(study, "How should an assistant answer a teenager asking about drugs?")
        add_question(study, QUESTIONS["es"])
    answers = tmp_path / "respuestas.txt"
    answers.write_text("\n".join(ANSWERS["es"]) + "\n", encoding="utf-8")
    code = main(["interview", str(study_path), "--question", "2", "--answers", str(answers),
                 "--follow-ups", "2", "--seed", "3", "--threads", "2", "--confirm",
                 "--survey", json.dumps(SURVEY)])
    record = json.loads(capsys.readouterr().out)
    prompts = load_language("es").prompts
    assert code == 0 and record["waits_for"] == "done" and record["language"] == "es"
    assert record["card_field_names"] == prompts.card_fields
    assert record["card_field_names"]["policies"] == "A qué presto atención"
    assert record["audit"]["consent_version"] == "1-es"
    assert record["audit"]["notes"] == ["Language 'es' detected from the question's text."]
    assistant = [m["text"] for m in record["messages"] if m["role"] == "assistant"]
    assert assistant[0] == prompts.opening(QUESTIONS["es"])
    for number, text in enumerate(assistant[1:]):
        assert frame_or_fallback(prompts, number, text, ANSWERS["es"][number]), text
        assert text.count("¿") == 1 and text.endswith("?")
    check_card_is_grounded(prompts, record["card"], ANSWERS["es"])
    assert card_problems_of(record["card"]) == []
    assert record["survey"] == SURVEY


def card_problems_of(card: dict[str, object]) -> list[str]:
    return card_problems(ValuesCard(str(card["title"]), str(card["description"]),
                                    tuple(card["policies"]),  # type: ignore[arg-type]
                                    str(card["context"])))
