"""The participant's phrases, cut from answers in English, Spanish and Arabic."""

from __future__ import annotations

import pytest

from desktop.core.interview.phrases import (
    candidate_phrases,
    content_words,
    second_person,
    transcript_phrases,
)


@pytest.mark.parametrize(("answer", "expected"), [
    ("When my sister found out she was pregnant, she mostly needed someone to listen.",
     ["my sister found out she was pregnant", "she mostly needed someone to listen"]),
    ("I think she can trust her own judgement, and nobody should judge her.",
     ["she can trust her own judgement", "her own judgement", "nobody should judge"]),
    ("Cuando mi prima se quedó embarazada, nadie le preguntó qué quería ella.",
     ["mi prima se quedó embarazada", "nadie le preguntó qué quería ella"]),
    ("Creo que el asistente debe respetar su propio criterio y no darle sermones.",
     ["el asistente debe respetar su propio criterio", "su propio criterio", "darle sermones"]),
    ("عندما حملت أختي، كانت تحتاج إلى من يسمعها دون لوم.",
     ["حملت أختي", "كانت تحتاج إلى من يسمعها دون لوم"]),
    ("الأهم أن تثق بنفسها وتختار ما يناسب حياتها.",
     ["الأهم أن تثق بنفسها", "وتختار ما يناسب حياتها"]),
])
def test_phrases_are_split_at_punctuation_and_conjunctions(answer: str,
                                                           expected: list[str]) -> None:
    assert candidate_phrases(answer) == expected


def test_every_phrase_is_short_words_of_the_answer_with_a_content_word() -> None:
    answer = ("Well, honestly, I just think the most important thing is that the assistant "
              "listens patiently without lecturing, because people in trouble already know a "
              "lot about their own situation and their own family and their own limits.")
    phrases = candidate_phrases(answer)
    assert phrases
    for phrase in phrases:
        assert phrase in answer or phrase[0].upper() + phrase[1:] in answer
        assert 2 <= len(phrase.split()) <= 8 and content_words(phrase)
        assert phrase.split()[0].casefold() not in {"and", "but", "because", "well", "just"}
        assert phrase.split()[-1].casefold() not in {"the", "a", "their", "and", "of"}


def test_an_answer_with_nothing_to_reflect_gives_no_phrase() -> None:
    assert candidate_phrases("Yes.") == [] and candidate_phrases("no, not really") == []
    assert candidate_phrases("🙂 … ?!") == []


def test_transcript_phrases_take_from_every_answer_in_turn() -> None:
    answers = ["My sister was pregnant. She needed calm. Nobody listened.",
               "Trusting her own judgement matters."]
    phrases = transcript_phrases(answers, limit=3)
    assert phrases == ["my sister was pregnant", "Trusting her own judgement matters",
                       "she needed calm"]


@pytest.mark.parametrize(("phrase", "said_back"), [
    ("I was afraid of my exam", "you were afraid of your exam"),
    ("she told me I'm enough", "she told you you're enough"),
    ("mi hermana me escuchaba", "tu hermana te escuchaba"),
    ("حملت أختي", "حملت أختي"),
])
def test_a_phrase_is_said_back_in_the_second_person(phrase: str, said_back: str) -> None:
    assert second_person(phrase) == said_back


def test_content_words_leave_out_stop_words_in_each_language() -> None:
    assert content_words("She was listened to, not judged.") == ["listened", "judged"]
    assert content_words("que la escuchara sin juzgarla") == ["escuchara", "juzgarla"]
    assert content_words("من يسمعها دون لوم") == ["يسمعها", "دون", "لوم"]
