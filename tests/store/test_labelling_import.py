"""Importing dilemmas, valence items, questions and labels: each format, each malformed case,
always all or nothing, never twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.formats import ImportFileError
from desktop.services.importing import import_file
from desktop.store.items import item_counts, item_ids, load_item
from desktop.store.labels import current_labels
from desktop.store.questions import list_questions
from tests.support.labelling import (
    BY_ACTION_CSV,
    DEMO_DILEMMAS,
    DEMO_VALENCE,
    PARTY_VALUE_CSV,
    VALUEPRISM_CSV,
    new_study,
    write,
)


def test_dailydilemmas_by_action_rows_become_dilemmas(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        summary = import_file(study, write(tmp_path, "dd.csv", BY_ACTION_CSV), "dilemmas", None)
        assert summary["added"] == 2 and summary["kind"] == "dilemmas"
        wallet = load_item(study, item_ids(study)[0])
        assert wallet is not None
        content = wallet.content
        assert content.action_a == "Return the wallet"  # type: ignore[union-attr]
        assert content.values_b == ("self-interest",)  # type: ignore[union-attr]
        assert content.parties == ("You", "The owner", "Police")  # type: ignore[union-attr]


def test_party_value_rows_and_plain_tables_need_no_mapping(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        import_file(study, write(tmp_path, "pv.csv", PARTY_VALUE_CSV), "dilemmas", None)
        plain = write(tmp_path, "plain.jsonl", json.dumps(
            {"situation": "S?", "action_a": "Do", "action_b": "Don't"}) + "\n")
        import_file(study, plain, "dilemmas", None)
        boss = load_item(study, item_ids(study)[0])
        assert boss is not None and boss.content.action_a == "Point it out"  # type: ignore
        assert item_counts(study)["dilemma"] == 2


def test_valueprism_rows_become_valence_items(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        import_file(study, write(tmp_path, "vp.csv", VALUEPRISM_CSV), "valence", None)
        kinds = [load_item(study, i).content.kind for i in item_ids(study)]  # type: ignore
        assert kinds == ["value", "value", "right", "duty"]


def test_another_layout_imports_with_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.csv", "prompt,kind,name\nA lie,Value,Honesty\n")
    with new_study(tmp_path) as study:
        with pytest.raises(ImportFileError, match="missing"):
            import_file(study, path, "valence", None)
        mapping = {"situation": "prompt", "vrd": "kind", "text": "name"}
        assert import_file(study, path, "valence", mapping)["added"] == 1


def test_importing_the_same_file_twice_adds_nothing(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        for path, kind in ((DEMO_DILEMMAS, "dilemmas"), (DEMO_VALENCE, "valence")):
            assert import_file(study, path, kind, None)["skipped_as_already_in_study"] == 0
            again = import_file(study, path, kind, None)
            assert again["added"] == 0 and again["skipped_as_already_in_study"] == again["read"]
        assert item_counts(study) == {"dilemma": 50, "valence": 33}


def test_questions_import_through_the_same_command(tmp_path: Path) -> None:
    path = write(tmp_path, "q.csv", "text,language\nHow should I answer?,en\n")
    with new_study(tmp_path) as study:
        assert import_file(study, path, "questions", None)["added"] == 1
        assert import_file(study, path, "questions", None)["added"] == 0
        assert [q.text for q in list_questions(study)] == ["How should I answer?"]


GOOD_LINE = json.dumps({"situation": "S", "vrd": "Value", "text": "Care"})
MALFORMED = [
    ("bad-json.jsonl", f"{GOOD_LINE}\n{GOOD_LINE}\n{{\"situation\": \"S\",\n",
     "bad-json.jsonl, line 3: this line is not valid JSON"),
    ("no-column.csv", "situation,text\nS,Care\n", "the column 'vrd' is missing"),
    ("latin1.csv", "situation,vrd,text\nS,Value,Caf\xe9\n".encode("latin-1"),
     "latin1.csv, line 2: this text is not UTF-8"),
    ("utf16.csv", "situation,vrd,text\n".encode("utf-16"), "saved as UTF-16"),
    ("empty.jsonl", "", "the file is empty"),
    ("header-only.csv", "situation,vrd,text\n", "a header but no rows"),
    ("bad-choice.csv", "situation,vrd,text\nS,Value,Care\nS,Virtue,Care\n",
     "line 3: the vrd 'Virtue' is not one of: value, right, duty"),
    ("empty-cell.csv", "situation,vrd,text\nS,Value,Care\n,Value,Care\n",
     "line 3: the column 'situation' is empty"),
]


@pytest.mark.parametrize(("name", "content", "message"), MALFORMED,
                         ids=[case[0] for case in MALFORMED])
def test_a_malformed_file_names_the_problem_and_imports_nothing(
        tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    with new_study(tmp_path) as study:
        before = study.table_counts()
        with pytest.raises(ImportFileError) as caught:
            import_file(study, write(tmp_path, name, content), "valence", None)
        assert message in str(caught.value)
        assert study.table_counts() == before


def test_a_50_mb_file_with_an_unclosed_quote_is_refused_whole(tmp_path: Path) -> None:
    # A quote opened on line 3 swallows the rest of a 50 MB file: refused, nothing imported.
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("situation,vrd,text\nS,Value,Care\nS,Value,\"Care\n")
        handle.write(("x" * 99 + "\n") * 500_000)
    assert path.stat().st_size > 50_000_000
    with new_study(tmp_path) as study:
        with pytest.raises(ImportFileError, match="line 3"):
            import_file(study, path, "valence", None)
        assert item_counts(study) == {"dilemma": 0, "valence": 0}


def test_a_bad_row_late_in_a_file_leaves_the_study_untouched(tmp_path: Path) -> None:
    lines = [json.dumps({"situation": f"S{i}", "vrd": "Value", "text": "Care"})
             for i in range(2000)]
    lines[1500] = json.dumps({"situation": "S", "vrd": "Value"})
    with new_study(tmp_path) as study:
        with pytest.raises(ImportFileError, match="line 1501"):
            import_file(study, write(tmp_path, "late.jsonl", "\n".join(lines)), "valence", None)
        assert item_counts(study)["valence"] == 0


LABELS_CSV = (
    "item,annotator,field,value,time\n"
    "{a},PAPER-1,choice,a,2024-05-01T10:00:00\n"
    "{a},PAPER-1,values_a,honesty; care,2024-05-01T10:00:00\n"
    "{a},PAPER-2,choice,to_do,2024-05-01T11:00:00\n"
    "{v},PAPER-1,relevant,yes,2024-05-01T10:05:00\n"
    "{v},PAPER-1,valence,Opposes,2024-05-01T10:05:00\n"
    "{v},PAPER-1,valence,either,2024-05-02T09:00:00\n"
)


def test_labels_made_elsewhere_are_imported_once(tmp_path: Path) -> None:
    with new_study(tmp_path) as study:
        import_file(study, DEMO_DILEMMAS, "dilemmas", None)
        import_file(study, DEMO_VALENCE, "valence", None)
        valence = item_ids(study, "valence")[0]
        path = write(tmp_path, "labels.csv", LABELS_CSV.format(a="55", v=valence))
        summary = import_file(study, path, "labels", None)
        assert summary["labels_added"] == 4 and summary["annotators_added"] == [
            "PAPER-1", "PAPER-2"]
        answers = {(lb.annotator_id, lb.kind): lb.answer for lb in current_labels(study)}
        assert sorted(a.fields().get("choice", "") for a in answers.values()) == ["", "a", "a"]
        latest = [a for (_, kind), a in answers.items() if kind == "valence"][0]
        assert latest.fields() == {"relevant": "yes", "valence": "either", "explanation": ""}
        again = import_file(study, path, "labels", None)
        assert again["labels_added"] == 0 and again["annotators_added"] == []


@pytest.mark.parametrize(("row", "message"), [
    ("nope,P-1,choice,a,", "line 3: the item 'nope' is not in this study"),
    ("55,P-1,colour,red,", "line 3: a dilemma has no field 'colour'"),
    ("55,P-1,choice,maybe,", "line 3: the choice 'maybe' is not one of"),
    ("55,P-1,choice,a,yesterday", "line 3: the time 'yesterday' is not a date"),
])
def test_a_bad_labels_row_names_its_line_and_adds_no_one(tmp_path: Path, row: str,
                                                         message: str) -> None:
    with new_study(tmp_path) as study:
        import_file(study, DEMO_DILEMMAS, "dilemmas", None)
        path = write(tmp_path, "labels.csv", f"item,annotator,field,value,time\n"
                     f"55,P-1,choice,b,\n{row}\n")
        with pytest.raises(ImportFileError, match=message):
            import_file(study, path, "labels", None)
        assert study.table_counts()["labels"] == 0 and study.table_counts()["people"] == 0
