"""Every interview text comes from editable files; their hash changes with any wording."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.interview.prompts import (
    FILES,
    PromptError,
    default_prompt_dir,
    load_prompts,
    prompt_set,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "interview"
    shutil.copytree(default_prompt_dir(), target)
    return target


def test_the_shipped_texts_load() -> None:
    prompts = load_prompts()
    assert prompts.consent_version and "agree" in prompts.consent_text
    assert len(prompts.turn_notes) >= 1 and len(prompts.fallbacks) >= 4
    assert all(f.endswith("?") for f in prompts.fallbacks)
    assert [item.key for item in prompts.survey][:2] == ["card_expresses", "clarified"]
    assert set(prompts.card_schema["required"]) == {"title", "description", "policies", "context"}
    assert len(prompts.sha256) == 64


def test_placeholders_are_replaced_literally(folder: Path) -> None:
    prompts = load_prompts(folder)
    tricky = 'He said "{card}" and {x} — שלום 🙂'
    assert tricky in prompts.opening(tricky)
    assert prompts.card_revision("{}", tricky).count(tricky) == 1


def test_any_change_of_wording_changes_the_hash(folder: Path) -> None:
    before = load_prompts(folder).sha256
    (folder / "system.txt").write_text("You are an interviewer.\n", encoding="utf-8")
    assert load_prompts(folder).sha256 != before


def test_stored_texts_rebuild_the_same_prompt_set() -> None:
    prompts = load_prompts()
    assert prompt_set(prompts.files) == prompts


def test_the_last_note_and_fallback_repeat() -> None:
    prompts = load_prompts()
    assert prompts.turn_note(99) == prompts.turn_notes[-1]
    assert prompts.fallback(99) == prompts.fallbacks[-1]


@pytest.mark.parametrize(("name", "text", "problem"), [
    ("consent.txt", "No version line\n\nText", "version"),
    ("card_schema.json", "{not json", "not valid JSON"),
    ("survey.json", '[{"key": "a", "kind": "stars", "text": "?"}]', "survey item 1"),
    ("fallbacks.txt", "One?\n---\n\n---\nTwo?", "empty"),
    ("system.txt", "   ", "empty"),
])
def test_a_broken_file_is_named(folder: Path, name: str, text: str, problem: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    with pytest.raises(PromptError, match=problem) as error:
        load_prompts(folder)
    assert name in str(error.value)


def test_a_missing_file_is_named(folder: Path) -> None:
    (folder / FILES[3]).unlink()
    with pytest.raises(PromptError, match="missing"):
        load_prompts(folder)
