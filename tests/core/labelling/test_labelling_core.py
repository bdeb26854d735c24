"""Label answers, assignment plans, final labels and suggestions: the Qt-free core."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop.core.assignment import plan_assignments, queue_position
from desktop.core.formats.items import Dilemma, ValenceItem
from desktop.core.label_ratings import agreement_summary, item_ratings
from desktop.core.labelling import (
    DilemmaAnswer,
    LabelItem,
    ValenceAnswer,
    answer_from_fields,
    answer_from_json,
    answer_to_json,
    valence_answer,
)
from desktop.core.review import differing_fields, final_label, review_queue
from desktop.core.suggestions import (
    clean_explanation,
    dilemma_schema,
    parse_suggestion,
    request_for,
    suggestion_accepted,
)

DILEMMA = LabelItem("d1", "dilemma", 1.0, Dilemma("1", "S?", "Do", "Don't", (), ("honesty",)))
VALENCE = LabelItem("v1", "valence", 2.0, ValenceItem("", "S", "value", "Care"))


def test_answers_round_trip_through_json() -> None:
    for answer in (DilemmaAnswer("b", ("Honesty",), (), ("You",)),
                   valence_answer(True, "opposes", " Because. "), valence_answer(False)):
        assert answer_from_json(answer.kind, answer_to_json(answer)) == answer


def test_fields_from_files_accept_the_usual_words() -> None:
    assert answer_from_fields("dilemma", {"choice": "to_do", "values_a": "care; Care; trust"}
                              ) == DilemmaAnswer("a", ("care", "trust"))
    assert answer_from_fields("dilemma", {"choice": "can't decide", "parties": '["You"]'}
                              ) == DilemmaAnswer("undecided", parties=("You",))
    assert answer_from_fields("valence", {"valence": "Supports"}) == valence_answer(
        True, "supports")
    assert answer_from_fields("valence", {"relevant": "no", "valence": ""}) == ValenceAnswer(
        False)
    with pytest.raises(ValueError, match="yes or no"):
        answer_from_fields("valence", {"relevant": "perhaps"})


def test_toggling_a_value_adds_then_removes_it_without_case() -> None:
    answer = DilemmaAnswer("a").toggled("values_a", "Honesty")
    assert answer.values_a == ("Honesty",)
    assert answer.toggled("values_a", "honesty").values_a == ()


def test_a_not_relevant_value_has_no_valence() -> None:
    assert valence_answer(False, "supports").valence == ""
    assert ValenceAnswer(True).problem() and ValenceAnswer().problem()
    assert valence_answer(False).problem() is None


def test_plans_give_each_item_k_annotators_and_even_loads() -> None:
    items = [f"i{n}" for n in range(10)]
    pairs = plan_assignments(items, ["x", "y", "z"], 2)
    assert Counter(item for item, _ in pairs) == dict.fromkeys(items, 2)
    assert sorted(Counter(a for _, a in pairs).values()) == [6, 7, 7]
    assert len({pair for pair in pairs}) == 20
    topped = plan_assignments(items, ["x", "y", "z"], 2, {"i0": frozenset({"x", "y"})})
    assert all(item != "i0" for item, _ in topped)
    with pytest.raises(ValueError):
        plan_assignments(items, ["x"], 2)


def test_shuffled_positions_are_stable_and_per_annotator() -> None:
    one = [queue_position("shuffled", "ann-1", f"i{n}", n) for n in range(20)]
    assert one == [queue_position("shuffled", "ann-1", f"i{n}", n) for n in range(20)]
    assert one != [queue_position("shuffled", "ann-2", f"i{n}", n) for n in range(20)]
    assert queue_position("as_imported", "ann-1", "i3", 3.0) == 3.0


def test_the_final_label_prefers_adjudication_then_agreement_then_majority() -> None:
    a, b = DilemmaAnswer("a", ("care",)), DilemmaAnswer("b", ("care", "trust"))
    assert final_label("x", [a, b], adjudicated=b).source == "adjudicated"
    assert final_label("x", [a]).source == "single"
    assert final_label("x", [a, DilemmaAnswer("a", ("Care",))]).source == "unanimous"
    tie = final_label("x", [a, b])
    assert tie.source == "unresolved" and tie.answer is None
    majority = final_label("x", [a, b, b])
    assert majority.source == "majority" and majority.answer == b
    assert differing_fields([a, b]) == ["choice", "values_a"]
    assert review_queue({"x": {"p": a, "q": b}, "y": {"p": a, "q": a}}, {}) == ["x"]


def test_valence_majority_keeps_an_explanation_of_the_winning_side() -> None:
    answers = [valence_answer(True, "supports", "Helps."), valence_answer(True, "supports"),
               valence_answer(False)]
    final = final_label("v", answers)
    assert final.source == "majority"
    assert final.answer == valence_answer(True, "supports", "Helps.")


def test_set_fields_become_one_rating_per_entry_anyone_picked() -> None:
    ratings = item_ratings("d", {"p": DilemmaAnswer("a", ("care",)),
                                 "q": DilemmaAnswer("a", ("Care", "trust"))})
    values = sorted((r.item_id, r.annotator_id, r.value) for r in ratings
                    if r.field == "values_a")
    assert values == [("d#care", "p", "yes"), ("d#care", "q", "yes"),
                      ("d#trust", "p", "no"), ("d#trust", "q", "yes")]


def test_agreement_summary_names_annotators_and_compares_the_model() -> None:
    answers = {f"v{n}": {"p1": valence_answer(n % 2 == 0, "supports"),
                         "p2": valence_answer(True, "supports")} for n in range(6)}
    summary = agreement_summary(answers, {"v0": valence_answer(True, "supports")},
                                {"p1": "ANN-1", "p2": "ANN-2"}, dict.fromkeys(answers, "valence"))
    relevant = summary["valence"]["fields"]["relevant"]
    assert relevant["pairwise_kappa"][0]["annotator_a"] == "ANN-1"
    assert relevant["percent_agreement"] == pytest.approx(0.5)
    assert summary["valence"]["model"]["n_items"] == 1


def test_replies_parse_into_suggestions_or_say_why_not() -> None:
    good = parse_suggestion(VALENCE, '{"relevant": true, "valence": "opposes", '
                            '"explanation": "Caring for others asks for a gentler way."}', "stop")
    assert good.answer == valence_answer(True, "opposes", "Caring for others asks for a "
                                                          "gentler way.")
    assert not parse_suggestion(VALENCE, '{"relevant": tr', "length").usable
    assert "cut off" in parse_suggestion(VALENCE, '{"relevant": tr', "length").problem
    dilemma = parse_suggestion(DILEMMA, '{"choice": "a", "values_a": ["honesty", "Honesty"], '
                               '"values_b": []}', "stop")
    assert dilemma.answer == DilemmaAnswer("a", ("honesty",))
    assert not parse_suggestion(DILEMMA, '{"choice": "a", "values_a": [], "values_b": []}',
                                "stop").usable


def test_degenerate_explanations_are_dropped() -> None:
    assert clean_explanation("neutral") == ""
    assert clean_explanation("the the the the the the the the") == ""
    assert clean_explanation("It hurts them. And more.") == "It hurts them."


def test_dilemma_requests_limit_values_to_known_names() -> None:
    messages, schema = request_for(DILEMMA, ["trust", "care"])
    assert "honesty, trust, care" in messages[-1][1]
    assert schema == dilemma_schema(["honesty", "trust", "care"])


def test_acceptance_compares_what_was_suggested() -> None:
    assert suggestion_accepted(valence_answer(True, "supports", "x"),
                               valence_answer(True, "supports", "mine"))
    assert not suggestion_accepted(valence_answer(True, "supports"), valence_answer(False))
    assert suggestion_accepted(DilemmaAnswer("a", ("care",)), DilemmaAnswer("b", ("Care",)))
    assert not suggestion_accepted(DilemmaAnswer("a", ("care",)), DilemmaAnswer("a"))
