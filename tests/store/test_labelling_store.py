"""The labelling tables on real study files: items, assignments, labels, settings."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.labelling import DilemmaAnswer, ValenceAnswer, valence_answer
from desktop.store import StudyError, open_study
from desktop.store.annotators import (
    add_annotator,
    annotator_for_code,
    annotator_groups,
    list_annotators,
)
from desktop.store.assignments import (
    annotator_queue,
    assign_items,
    assignment_counts,
    unassign_unlabelled,
)
from desktop.store.items import item_counts, item_ids, load_item
from desktop.store.labelling_settings import labelling_settings, set_labelling_setting
from desktop.store.labels import add_label, current_label, current_labels, iter_all_labels
from tests.support.labelling import annotators, demo_items, new_study


def test_a_new_study_has_the_labelling_tables(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        assert {"items", "dilemmas", "valence_items", "assignments", "labels", "suggestions",
                "adjudications", "labelling_settings", "annotator_groups"} <= set(
                    study.db.table_names())


def test_items_keep_their_content_and_order(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        demo_items(study)
        assert item_counts(study) == {"dilemma": 50, "valence": 33}
        first = load_item(study, item_ids(study)[0])
        assert first is not None and first.kind == "dilemma"
        assert first.content.source_id == "55"
        assert "honesty" in first.content.values_a  # type: ignore[union-attr]
        last = load_item(study, item_ids(study)[-1])
        assert last is not None and last.kind == "valence"
        assert load_item(study, "no-such-id") is None


def test_the_same_items_get_the_same_ids_in_every_study(tmp_path: Path) -> None:
    # Two laptops importing one file make the same ids, so their study files merge by union.
    with new_study(tmp_path, "a.mgstudy") as a, new_study(tmp_path, "b.mgstudy") as b:
        demo_items(a)
        demo_items(b)
        assert item_ids(a) == item_ids(b)


def test_labels_are_append_only(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        demo_items(study)
        (person,) = annotators(study, "A-1")
        label = add_label(study, item_ids(study)[0], person.id, DilemmaAnswer("a"))
        for statement in ("UPDATE labels SET answer = '{}'", "DELETE FROM labels"):
            with pytest.raises(StudyError, match="append-only"):
                with study.transaction() as db:
                    db.execute(statement)
        assert current_label(study, label.item_id, person.id) == label


def test_a_changed_label_supersedes_and_history_stays(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        demo_items(study)
        (person,) = annotators(study, "A-1")
        item = item_ids(study)[0]
        first = add_label(study, item, person.id, DilemmaAnswer("a", ("honesty",)))
        second = add_label(study, item, person.id, DilemmaAnswer("b"), duration_ms=1200)
        assert second.supersedes_id == first.id
        assert current_label(study, item, person.id) == second
        assert [label.answer for label in current_labels(study)] == [DilemmaAnswer("b")]
        history = list(iter_all_labels(study))
        assert [(label.id, now) for label, now in history] == [(first.id, False),
                                                               (second.id, True)]


def test_an_incomplete_answer_is_refused(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        demo_items(study)
        (person,) = annotators(study, "A-1")
        with pytest.raises(ValueError, match="Choose the action"):
            add_label(study, item_ids(study)[0], person.id, DilemmaAnswer())
        with pytest.raises(ValueError, match="valence"):
            add_label(study, item_ids(study)[-1], person.id, ValenceAnswer(relevant=True))


def test_overlap_gives_each_item_k_annotators_with_even_loads(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        demo_items(study)
        people = annotators(study, "A-1", "A-2", "A-3")
        ids = [p.id for p in people]
        assert assign_items(study, ids, 2) == 83 * 2
        assert assignment_counts(study) == {"2": 83}
        loads = Counter(a.assigned for a in list_annotators(study))
        assert sorted(loads.elements()) in ([55, 55, 56], [55, 56, 56])
        assert assign_items(study, ids, 2) == 0  # topping up again adds nothing
        assert assign_items(study, ids, 3) == 83  # raising the overlap adds the third
        assert assignment_counts(study) == {"3": 83}


def test_each_queue_has_a_stable_order(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        demo_items(study)
        one, two = (p.id for p in annotators(study, "A-1", "A-2"))
        assign_items(study, [one, two], 2, order="shuffled")
        first = [entry.item_id for entry in annotator_queue(study, one)]
        assert first == [entry.item_id for entry in annotator_queue(study, one)]
        assert first != [entry.item_id for entry in annotator_queue(study, two)]
        assert sorted(first) == sorted(item_ids(study))
    with open_study(tmp_path / "labelling.mgstudy") as study:
        assert first == [entry.item_id for entry in annotator_queue(study, one)]


def test_unassigning_keeps_what_was_labelled(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        demo_items(study)
        (person,) = annotators(study, "A-1")
        assign_items(study, [person.id], 1)
        first = annotator_queue(study, person.id)[0].item_id
        add_label(study, first, person.id, DilemmaAnswer("undecided"))
        assert unassign_unlabelled(study, person.id) == 82
        queue = annotator_queue(study, person.id)
        assert [(entry.item_id, entry.labelled) for entry in queue] == [(first, True)]


def test_annotators_have_codes_and_groups(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        person = add_annotator(study, "ANN-7", group="nurses")
        assert annotator_for_code(study, "ANN-7") == person
        made = annotator_for_code(study, "PAPER-1")
        assert made.code == "PAPER-1" and made.id != person.id
        assert annotator_groups(study) == {person.id: "nurses"}
        with pytest.raises(StudyError, match="already taken"):
            add_annotator(study, "ANN-7")


def test_settings_have_defaults_and_are_saved(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        settings = labelling_settings(study)
        assert settings.suggestions_enabled and "Enter" in settings.guidelines
        set_labelling_setting(study, "suggestions_enabled", False)
        set_labelling_setting(study, "guidelines", "Be kind.")
        with pytest.raises(ValueError):
            set_labelling_setting(study, "overlap", "two")
    with open_study(tmp_path / "labelling.mgstudy") as study:
        settings = labelling_settings(study)
        assert not settings.suggestions_enabled and settings.guidelines == "Be kind."


def test_a_label_commit_is_durable_at_once(tmp_path: Path) -> None:
    # Another connection sees the label as soon as add_label returns: it was committed.
    with new_study(tmp_path) as study:
        demo_items(study)
        (person,) = annotators(study, "A-1")
        label = add_label(study, item_ids(study)[-1], person.id, valence_answer(False))
        other = sqlite3.connect(study.path)
        assert other.execute("SELECT id FROM labels").fetchall() == [(label.id,)]
        other.close()


def test_the_demo_study_has_items_ready_to_label(tmp_path: Path) -> None:
    from desktop.store.demo import open_or_create_demo
    from desktop.store.questions import list_questions

    with open_or_create_demo(tmp_path / "demo.mgstudy") as study:
        assert len(list_questions(study)) == 5
        assert item_counts(study) == {"dilemma": 50, "valence": 33}
        people = list_annotators(study)
        assert [(a.code, a.group, a.assigned) for a in people] == [
            ("A-DEMO1", "demo", 83), ("A-DEMO2", "demo", 83)]
