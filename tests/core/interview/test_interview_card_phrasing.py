"""A participant's phrase inside a card text: no sentence capital, no doubled connector."""

from __future__ import annotations

import json

from desktop.core.interview.card import card_problems, parse_card_draft
from desktop.core.interview.guided import grounded_card, inline
from desktop.core.interview.prompts import default_prompt_dir, load_prompts

ES = load_prompts(default_prompt_dir("es"))
AR = load_prompts(default_prompt_dir("ar"))
EN = load_prompts(default_prompt_dir("en"))


def test_a_phrase_that_started_a_sentence_loses_its_capital_inside_a_policy() -> None:
    answers = ["Debería escuchar sin juzgar. Eso es todo."]
    phrase = inline("Debería escuchar sin juzgar", answers)
    assert phrase == "debería escuchar sin juzgar"
    card = grounded_card(ES, (phrase,), {"policies": [f"MOMENTOS en que {phrase}"]})
    assert card["policies"][0] == "MOMENTOS en que debería escuchar sin juzgar"


def test_i_names_and_acronyms_keep_their_capitals() -> None:
    answers = ["I let her talk. Maria called me.", "We met at Maria's flat with Maria.",
               "NHS nurses were kind."]
    assert inline("I let her talk", answers) == "I let her talk"
    assert inline("Maria called me", answers) == "Maria called me"
    assert inline("NHS nurses were kind", answers) == "NHS nurses were kind"
    assert inline("Should listen more", ["Should listen more."]) == "should listen more"


def test_a_modal_after_the_description_frame_is_not_doubled() -> None:
    said = "يجب أن أستمع إليها"
    arabic = grounded_card(AR, (said,), {"description": f"يهمني أن {said}"})
    assert "أن يجب أن" not in arabic["description"]
    assert arabic["description"].endswith("يجب أن أستمع إليها.")
    spanish = grounded_card(ES, ("debería escuchar sin juzgar",),
                            {"description": "Me importa que debería escuchar sin juzgar"})
    assert "importa que debería" not in spanish["description"]
    assert spanish["description"] == "Creo que debería escuchar sin juzgar."
    english = grounded_card(EN, ("she felt heard",), {"description": "I care that she felt heard"})
    assert english["description"] == "I care that she felt heard."
    modal = grounded_card(EN, ("should listen first",),
                          {"description": "I care that should listen first"})
    assert modal["description"] == "I believe one should listen first."


def test_a_modal_description_is_still_a_first_person_sentence_on_the_card() -> None:
    """The reframed description passes the card's own check (it was emptied before)."""
    for prompts, phrase in ((AR, "يجب أن يستمع المساعد إليها"),
                            (ES, "debería escuchar sin juzgar"),
                            (EN, "should listen before advising")):
        frame = prompts.card_frames["clause_descriptions"][0]
        card = grounded_card(prompts, (phrase,), {"description": f"{frame} {phrase}"})
        parsed = parse_card_draft(json.dumps(card), "stop", [])
        assert parsed.card.description == card["description"]
        assert "Write one sentence describing what you care about." not in card_problems(
            parsed.card)
