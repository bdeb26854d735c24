"""Writing to a study: people, questions, info, the demo study, and writes that fail."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.device import this_device
from desktop.core.people import Role
from desktop.store import Study, StudyDiskFull, StudyError, StudyReadOnly, create_study
from desktop.store.demo import demo_questions, open_or_create_demo
from desktop.store.people import add_person, find_person, list_people
from desktop.store.questions import add_question, add_questions, import_questions, list_questions


def test_people_get_unique_pseudonymous_codes(study: Study) -> None:
    participants = [add_person(study, Role.PARTICIPANT) for _ in range(20)]
    assert len({p.code for p in participants}) == 20
    assert all(p.code.startswith("P-") for p in participants)
    annotator = add_person(study, Role.ANNOTATOR, code="ann 1")
    assert find_person(study, "ann 1") == annotator
    assert list_people(study, Role.ANNOTATOR) == [annotator]
    with pytest.raises(StudyError, match="already taken"):
        add_person(study, Role.PARTICIPANT, code="ann 1")


def test_questions_keep_their_order_and_exact_text(study: Study) -> None:
    texts = ["Première ?", "שאלה בעברית؟", 'He said "no"\nthen left 🙂', "x" * 5000]
    add_questions(study, [(t, "", "") for t in texts])
    add_question(study, "Last one")
    assert [q.text for q in list_questions(study)] == texts + ["Last one"]


def test_a_bad_question_in_a_batch_adds_none_of_it(study: Study) -> None:
    with pytest.raises(ValueError, match="needs some text"):
        add_questions(study, [("Fine", "", ""), ("   ", "", "")])
    assert list_questions(study) == []


def test_info_lists_tables_and_counts(study: Study) -> None:
    add_question(study, "Q")
    info = study.info()
    assert info["name"] == "S" and info["schema_version"] >= 3
    assert info["tables"]["questions"] == 1
    assert info["tables"]["devices"] == 1
    assert not any(name.startswith("_") for name in info["tables"])


def test_a_full_disk_is_reported_and_earlier_data_survives(study: Study) -> None:
    add_question(study, "Saved before the disk filled up")
    pages = study.db.execute("PRAGMA page_count").fetchone()[0]
    study.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StudyDiskFull, match="disk is full") as error:
        add_questions(study, [("y" * 4000, "", "")] * 50)
    assert str(study.path) in str(error.value)
    study.db.execute("PRAGMA max_page_count = 1073741823")
    assert [q.text for q in list_questions(study)] == ["Saved before the disk filled up"]


def test_a_write_to_a_read_only_connection_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "ro.mgstudy"
    create_study(path, "RO").close()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    read_only = Study(path, Database(conn, execute_plugins=False), this_device())
    with pytest.raises(StudyReadOnly, match="read-only"):
        add_question(read_only, "Will not be saved")
    conn.close()


def test_demo_study_is_made_once_with_sample_questions(tmp_path: Path) -> None:
    path = tmp_path / "demo.mgstudy"
    with open_or_create_demo(path) as demo:
        first = [q.text for q in list_questions(demo)]
    assert first == [text for text, _, _ in demo_questions()] and len(first) >= 3
    with open_or_create_demo(path) as demo:
        assert [q.text for q in list_questions(demo)] == first


def test_questions_import_skips_ones_already_there(study: Study, tmp_path: Path) -> None:
    source = tmp_path / "questions.csv"
    source.write_text('text,language\n"Should I tell my friend?",en\nWhat is fair?,en\n',
                      encoding="utf-8")
    added, skipped = import_questions(study, source)
    assert [q.text for q in added] == ["Should I tell my friend?", "What is fair?"]
    assert skipped == 0
    added, skipped = import_questions(study, source)
    assert (added, skipped) == ([], 2)
    assert len(list_questions(study)) == 2


def test_a_bad_questions_file_imports_nothing(study: Study, tmp_path: Path) -> None:
    from desktop.core.formats import ImportFileError

    source = tmp_path / "questions.jsonl"
    source.write_text('{"text": "Fine"}\n{"text": "also fine"\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match="line 2"):
        import_questions(study, source)
    assert list_questions(study) == []
