"""The scripted interview command with the real default model: output, storage, export, bad
input, and kill-and-resume: the process is killed with SIGKILL at several moments and the same
command run again; nothing acknowledged is lost and nothing half-made is stored as whole."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.interview.protocol import Stage
from desktop.store import open_study
from desktop.store.demo import demo_questions
from desktop.store.interviews import list_interviews, list_messages, load_transcript
from desktop.store.questions import add_questions

ANSWERS = ['The assistant should ask why, and listen. "Why" matters.',
           "When I was nine my aunt asked what scared me about maths. 🙂",
           "She noticed I was afraid, not lazy — מפחד, לא עצלן.",
           "Feeling understood made me want to try again."]
EDIT = {"title": "Patient curiosity", "description": "I care about understanding fear.",
        "policies": ["MOMENTS when a child is afraid", "CHOICES that respect their pace",
                     "FEELINGS of being understood"], "context": "When a child resists"}


@pytest.fixture
def study_path_with_questions(study_path: Path) -> Path:
    """The shared study file with the demo questions."""
    with open_study(study_path) as study:
        add_questions(study, demo_questions())
    return study_path


pytestmark = pytest.mark.usefixtures("study_path_with_questions")  # every test here starts from it


def script(tmp_path: Path, *, edit: bool = True) -> Path:
    lines = [json.dumps({"text": a}, ensure_ascii=False) for a in ANSWERS[:3]]
    if edit:
        lines.append(json.dumps({"card": EDIT}))
    path = tmp_path / "answers.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def interview_args(study_path: Path, answers: Path, *extra: str) -> list[str]:
    return ["interview", str(study_path), "--question", "2", "--answers", str(answers),
            "--follow-ups", "2", "--seed", "3", "--threads", "1", *extra]


def test_a_scripted_interview_runs_to_a_confirmed_card_and_survey(
        study_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(interview_args(study_path, script(tmp_path), "--confirm", "--participant",
                               "pilot-1", "--survey", '{"card_expresses": "4"}'))
    record = json.loads(capsys.readouterr().out)
    assert code == 0 and record["waits_for"] == "done" and record["stage"] == "done"
    assert record["participant"] == "pilot-1"
    assert [m["text"] for m in record["messages"] if m["role"] == "user"] == ANSWERS[:3]
    assert [m["role"] for m in record["messages"]] == ["assistant", "user"] * 3
    assert record["card"]["title"] == "Patient curiosity"
    assert [v["source"] for v in record["card_versions"]] == ["draft", "edit"]
    assert record["card_versions"][0]["model_file"].endswith(".gguf")
    assert record["survey"] == {"card_expresses": "4"}
    assert len(record["audit"]["model_sha256"]) == 64 and record["audit"]["prompt_sha256"]
    with open_study(study_path) as study:
        assert list_interviews(study)[0].stage == Stage.DONE


def test_a_card_that_cannot_be_confirmed_exits_1_and_says_why(
        study_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = script(tmp_path, edit=False)
    untitled = {**EDIT, "title": ""}
    with answers.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"card": untitled}) + "\n")
    code = main(interview_args(study_path, answers, "--confirm"))
    captured = capsys.readouterr()
    assert code == 1
    assert json.loads(captured.out)["problems"] == ["Give your card a short title."]
    assert str(study_path) in captured.err and "Give your card a short title." in captured.err


def test_plain_text_answers_stop_at_the_card_and_export(
        study_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("\n".join(ANSWERS[:3]) + "\n", encoding="utf-8")
    assert main(interview_args(study_path, answers)) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["waits_for"] == "review_card" and record["card"] is None
    draft = record["card_versions"][0]
    assert draft["source"] == "draft" and set(draft["field_status"]) == {
        "title", "description", "policies", "context"}
    assert draft["problem"] == ""  # drafted under the schema: it parses
    assert json.loads(draft["raw_text"], strict=False)
    main(interview_args(study_path, script(tmp_path), "--confirm"))
    capsys.readouterr()
    out = tmp_path / "export"
    assert main(["export", str(study_path), "--what", "interviews", "--out", str(out)]) == 0
    lines = (out / "interviews.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 2 and records[1]["card"]["title"] == "Patient curiosity"
    assert records[0]["card"] is None
    with (out / "cards.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1 and rows[0]["policy_3"] == "FEELINGS of being understood"


@pytest.mark.parametrize(("content", "problem"), [
    ("", "empty"),
    ('{"text": "fine"}\n{"text": "broken"\n', "line 2"),
    ('{"text": "fine"}\n{"other": 1}\n', "line 2"),
])
def test_a_bad_answers_file_is_named(study_path: Path, tmp_path: Path, content: str,
                                     problem: str, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "bad.jsonl"
    answers.write_text(content, encoding="utf-8")
    assert main(interview_args(study_path, answers)) == 2
    error = capsys.readouterr().err
    assert "bad.jsonl" in error and problem in error
    with open_study(study_path) as study:
        assert list_interviews(study) == []


def test_an_unknown_question_is_refused(study_path: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    args = interview_args(study_path, script(tmp_path))
    args[args.index("--question") + 1] = "99"
    assert main(args) == 2
    assert "no single question" in capsys.readouterr().err


def test_an_unconsented_participant_is_refused(study_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.core.people import Role
    from desktop.store.people import add_person

    with open_study(study_path) as study:
        add_person(study, Role.PARTICIPANT, "P-NOCONSENT")
    assert main(interview_args(study_path, script(tmp_path), "--participant",
                               "P-NOCONSENT")) == 2
    assert "has not consented" in capsys.readouterr().err


# Kill and resume ---------------------------------------------------------------------------

def run_until(study_path: Path, answers: Path, kill_at: tuple[str, str, int]) -> list[dict]:
    """Run the command and SIGKILL it at the n-th event of that kind; the events seen."""
    event_name, kind, count = kill_at
    command = [sys.executable, "-m", "desktop", *interview_args(
        study_path, answers, "--confirm", "--participant", "kill-1", "--events")]
    seen: list[dict] = []
    with subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                          text=True, cwd=Path(__file__).parents[2], env=os.environ) as process:
        assert process.stderr is not None
        for line in process.stderr:
            if not line.startswith("{"):
                continue
            event = json.loads(line)
            seen.append(event)
            if event["event"] == event_name and kind in (event.get("kind"),
                                                         event.get("purpose")):
                count -= 1
                if count == 0:
                    process.send_signal(signal.SIGKILL)
                    break
        process.wait(timeout=120)
    assert process.returncode == -signal.SIGKILL, "the command ended before the kill point"
    return seen


def assert_consistent(study_path: Path, acknowledged: list[str]) -> str:
    with open_study(study_path) as study:
        [info] = list_interviews(study)
        rows = list_messages(study, info.id)
        ids = {row["id"] for row in rows} | {c.id for c in load_transcript(study, info.id).cards}
        assert set(acknowledged) <= ids, "an acknowledged row was lost"
        assert [row["seq"] for row in rows] == list(range(len(rows)))
        conversation = [row for row in rows if row["stage"] == "conversation"]
        assert all(a["role"] != b["role"] for a, b in zip(conversation, conversation[1:],
                                                           strict=False))
        assert all(row["text"].strip() for row in rows)
        return info.id


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", [
    ("committed", "answer", 1),          # right after the first answer was acknowledged
    ("streaming", "follow_up", 2),       # while the second follow-up streams
    ("streaming", "card_draft", 1),      # while the card is being drafted
    ("committed", "card_edit", 1),       # after the participant's edit, before confirming
], ids=["after-answer", "mid-follow-up", "mid-draft", "after-edit"])
def test_killed_at_any_moment_the_interview_resumes_losing_nothing(
        study_path: Path, tmp_path: Path, kill_at: tuple[str, str, int]) -> None:
    answers = script(tmp_path)
    seen = run_until(study_path, answers, kill_at)
    acknowledged = [e["id"] for e in seen if e["event"] == "committed" and "id" in e]
    assert acknowledged
    assert_consistent(study_path, acknowledged)
    again = subprocess.run(
        [sys.executable, "-m", "desktop", *interview_args(
            study_path, answers, "--confirm", "--participant", "kill-1")],
        capture_output=True, text=True, cwd=Path(__file__).parents[2], env=os.environ,
        timeout=300)
    assert again.returncode == 0, again.stderr
    record = json.loads(again.stdout)
    assert record["stage"] == "survey" and record["card"]["title"] == "Patient curiosity"
    assert [m["text"] for m in record["messages"] if m["role"] == "user"] == ANSWERS[:3]
    interview_id = assert_consistent(study_path, acknowledged)
    assert record["interview_id"] == interview_id  # resumed, not started again
