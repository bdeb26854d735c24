"""Which models are small (guided questions by default): read from a real GGUF header."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop.llm.gguf import GgufError, read_gguf, read_gguf_values
from desktop.llm.model_class import default_question_style, is_small, parameter_count


def test_the_default_model_is_small_by_its_header(default_model_path: Path) -> None:
    info = read_gguf(default_model_path)
    assert parameter_count(info) == 135e6
    assert is_small(info) and default_question_style(default_model_path) == "guided"


def test_a_larger_model_by_its_header_or_its_size_writes_freely(
        default_model_path: Path) -> None:
    info = read_gguf(default_model_path)
    seven_b = replace(info, metadata={**info.metadata, "general.size_label": "7B"})
    mixture = replace(info, metadata={**info.metadata, "general.size_label": "8x1.5B"})
    assert parameter_count(seven_b) == 7e9 and not is_small(seven_b)
    assert parameter_count(mixture) == 12e9 and not is_small(mixture)
    unlabelled = {k: v for k, v in info.metadata.items() if k != "general.size_label"}
    assert is_small(replace(info, metadata=unlabelled))
    assert not is_small(replace(info, metadata=unlabelled, size_bytes=4_000_000_000))


def test_an_unreadable_file_is_treated_as_small(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a model")
    assert default_question_style(broken) == "guided"


def test_the_start_reads_only_the_size_label_at_the_head_of_the_header(
        default_model_path: Path, tmp_path: Path) -> None:
    """The question style asks only for the size label, which sits before the tokenizer's
    100,000 strings: a copy cut after 64 KB still answers, where the whole header cannot."""
    head = tmp_path / "head.gguf"
    head.write_bytes(default_model_path.read_bytes()[:65_536])
    with pytest.raises(GgufError, match="cut short"):
        read_gguf(head)
    wanted = frozenset({"general.size_label", "general.architecture"})
    assert read_gguf_values(head, wanted) == {
        key: read_gguf(default_model_path).metadata[key] for key in wanted}
    assert read_gguf_values(head, wanted)["general.size_label"] == "135M"
    with pytest.raises(GgufError, match="cut short"):  # a key that is not there: reads on
        read_gguf_values(head, frozenset({"no.such.key"}))
    assert read_gguf_values(default_model_path, frozenset({"no.such.key"})) == {}
