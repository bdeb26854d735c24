"""The participant's language: shipped sets, per-file fallback to English, detection."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.core.interview.card import parse_card_draft
from desktop.core.interview.guided import compose_question
from desktop.core.interview.languages import (
    detect_language,
    interview_root,
    language_for_question,
    load_language,
    normalised,
    question_language,
    shipped_languages,
)
from desktop.core.interview.phrases import candidate_phrases, pronoun_before_verb
from desktop.core.interview.prompts import FILES, PromptError, load_prompts


@pytest.fixture
def root(tmp_path: Path) -> Path:
    target = tmp_path / "interview"
    shutil.copytree(interview_root(), target)
    return target


def test_english_spanish_and_arabic_ship_every_file() -> None:
    assert shipped_languages()[:1] == ["en"] and {"es", "ar"} <= set(shipped_languages())
    for code in ("en", "es", "ar"):
        texts = load_language(code)
        assert texts.code == code and texts.fell_back == () and texts.notes() == []
        assert set(texts.prompts.files) == set(FILES)


@pytest.mark.parametrize(("code", "words"), [
    ("es", ("Acepto", "internet", "¿")), ("ar", ("أوافق", "الإنترنت", "؟"))])
def test_a_set_is_in_its_own_language(code: str, words: tuple[str, ...]) -> None:
    prompts, english = load_language(code).prompts, load_prompts()
    assert words[0] in prompts.consent_text and words[1] in prompts.consent_text
    assert all(words[2] in f for f in prompts.fallbacks)
    for mine, theirs in zip(prompts.files, english.files, strict=True):
        if mine != "card_schema.json":  # the grammar's shape, not words
            assert prompts.files[mine] != english.files[theirs], mine
    assert [i.key for i in prompts.survey] == [i.key for i in english.survey]
    assert prompts.consent_version != english.consent_version  # a new text, a new consent
    assert set(prompts.card_fields) == set(english.card_fields)


def test_only_arabic_runs_right_to_left() -> None:
    assert [load_language(c).prompts.right_to_left for c in ("en", "es", "ar")] == [
        False, False, True]


def test_spanish_and_arabic_quote_the_phrase_english_says_it_back() -> None:
    frame = "{phrase}?"
    assert compose_question(load_prompts(), frame, "I felt alone") == "you felt alone?"
    assert compose_question(load_language("es").prompts, frame, "mi hermana") == "mi hermana?"


def test_a_missing_file_falls_back_to_english_and_is_noted(root: Path) -> None:
    (root / "es" / "closing.txt").unlink()
    (root / "es" / "language.json").unlink()
    texts = load_language("es", root)
    assert texts.fell_back == ("closing.txt", "language.json")
    assert texts.prompts.closing == load_prompts(root / "en").closing
    assert texts.code == "es" and texts.prompts.consent_version == "1-es"
    assert any("closing.txt" in note and "English" in note for note in texts.notes())


def test_a_language_without_texts_is_english_throughout(root: Path) -> None:
    texts = load_language("fr", root)
    assert texts.code == "en" and texts.fell_back == ("*",)
    assert "'fr'" in texts.notes()[0]


@pytest.mark.parametrize(("name", "text", "problem"), [
    ("language.json", '{"code": "es", "name": "Español", "direction": "up"}', "direction"),
    ("language.json", "[1, 2", "not valid JSON"),
    ("card_fields.json", '{"title": "Título"}', "no name for description"),
    ("card_frames.json", '{"nouns": ["momentos"]}', "must list"),
    ("frames.txt", "Dijo {phrase}.", "question mark"),
    ("consent.txt", "   ", "empty"),
])
def test_a_bad_file_is_an_error_that_names_it(root: Path, name: str, text: str,
                                              problem: str) -> None:
    (root / "es" / name).write_text(text, encoding="utf-8")
    with pytest.raises(PromptError, match=problem) as error:
        load_language("es", root)
    assert str(root / "es" / name) in str(error.value)


def test_arabic_card_nouns_need_no_capitals_latin_ones_do(root: Path) -> None:
    assert load_language("ar", root).prompts.card_frames["nouns"][0] == "لحظات"
    path = root / "es" / "card_frames.json"
    frames = json.loads(path.read_text(encoding="utf-8"))
    frames["nouns"] = ["momentos"]
    path.write_text(json.dumps(frames), encoding="utf-8")
    with pytest.raises(PromptError, match="capitals"):
        load_language("es", root)


@pytest.mark.parametrize(("text", "code"), [
    ("How should I talk to my teenage son about drugs?", "en"),
    ("¿Cómo debería hablar con mi hijo adolescente sobre las drogas?", "es"),
    ("Mi hijo quiere dejar la universidad para trabajar", "es"),
    ("كيف أتحدث مع ابني المراهق عن المخدرات؟", "ar"),
    ("Is it OK?", "en"),
    ("", "en"),
    ("12345 ???", "en"),
])
def test_a_questions_language_is_detected_from_its_text(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_a_questions_own_language_wins() -> None:
    assert question_language("How do I say no?", "es-MX") == "es"
    assert question_language("¿Cómo digo que no?", "") == "es"
    assert question_language("¿Cómo digo que no?", "??") == "es"  # no code: detected
    assert language_for_question("كيف أقول لا؟").prompts.language_code == "ar"
    assert [normalised(c) for c in ("ES", " es_ES ", "arabic!", "")] == ["es", "es", "", ""]


@pytest.mark.parametrize(("field", "value", "kept"), [
    ("context", "cuando alguien duda", "Cuando alguien duda"),
    ("context", "عندما تحتاج إلى من يسمعها", "عندما تحتاج إلى من يسمعها"),
    ("description", "Valoro su propio criterio.", "Valoro su propio criterio."),
    ("description", "أقدّر الاحترام المتبادل", "أقدّر الاحترام المتبادل"),
    ("context", "Porque sí", ""),
])
def test_a_cards_fields_are_read_in_spanish_and_arabic(field: str, value: str,
                                                       kept: str) -> None:
    card = {"title": "Su propio criterio", "description": "I care about it a lot.",
            "policies": ["MOMENTOS en que se tranquilizó"] * 3, "context": "When x y", field: value}
    draft = parse_card_draft(json.dumps(card, ensure_ascii=False), "stop")
    assert getattr(draft.card, field) == kept


def test_a_spanish_pronoun_before_a_verb_is_no_noun_phrase() -> None:
    phrases = candidate_phrases("Noté que se tranquilizó cuando nadie la juzgaba.")
    assert "la juzgaba" not in phrases and "nadie la juzgaba" in phrases
    assert pronoun_before_verb(["la", "juzgaba"]) and not pronoun_before_verb(["la", "familia"])
    assert "su propio criterio" in candidate_phrases("Puede confiar en su propio criterio.")
