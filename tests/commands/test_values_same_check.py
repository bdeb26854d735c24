"""`values STUDY --check-same`: each suggestion gets the real default model's answers to "the
same value?" and "different values?", raw and timed, and the combined verdict (advice: nothing
is grouped); a bad model file or --accept alongside is refused in plain words."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from desktop.core.graph.same_value import CONTRADICTION
from desktop.store import open_study
from desktop.store.graph import list_values
from tests.support.cli import run
from tests.support.values import study_with_cards  # noqa: F401 (a fixture)


def test_check_same_adds_both_answers_and_the_verdict_to_each_suggestion(
        study_with_cards: Path, tmp_path: Path, isolated_home: Path) -> None:  # noqa: F811
    copy = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, copy)
    result = run("values", str(copy), "--check-same", "--threads", "1", home=isolated_home)
    assert result.returncode == 0, result.stderr
    [suggestion] = json.loads(result.stdout)["suggestions"]
    verdict = suggestion["same_value"]
    same_yes, different_yes = (reply["yes"] for reply in verdict["replies"])
    expected = {(True, False): "same", (False, True): "different"}.get(
        (same_yes, different_yes), "unclear")
    assert verdict["answer"] == expected, verdict  # follows from the two raw answers
    if verdict["answer"] == "unclear":  # readable answers that contradict each other
        assert verdict["problem"].startswith(CONTRADICTION), verdict
    else:
        assert verdict["problem"] is None, verdict
    assert [r["asked"] for r in verdict["replies"]] == ["same value?", "different values?"]
    for reply in verdict["replies"]:
        assert reply["text"].strip() and isinstance(reply["yes"], bool), reply
        assert reply["seconds"] > 0
    assert verdict["seconds"] >= max(r["seconds"] for r in verdict["replies"])
    assert verdict["model_file"] == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert len(verdict["model_sha256"]) == 64
    assert "Asking the model about suggestion 1 of 1" in result.stderr
    with open_study(copy) as study:
        assert list_values(study) == []  # the check groups nothing


def test_check_same_refuses_a_bad_model_file_and_accept(
        study_with_cards: Path, tmp_path: Path, isolated_home: Path) -> None:  # noqa: F811
    copy = tmp_path / "copy.mgstudy"
    shutil.copyfile(study_with_cards, copy)
    notes = tmp_path / "notes.gguf"
    notes.write_text("not a model")
    bad = run("values", str(copy), "--check-same", "--model", str(notes), home=isolated_home)
    assert bad.returncode == 2 and "notes.gguf" in bad.stderr and "Traceback" not in bad.stderr
    both = run("values", str(copy), "--check-same", "--accept", home=isolated_home)
    assert both.returncode == 2 and "without --accept" in both.stderr
