"""The model shelf's figures on the real default model: memory estimate, refusals, speed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.settings import BUNDLED_DEFAULT, Settings
from desktop.llm.errors import ModelLoadError
from desktop.llm.gguf import read_gguf
from desktop.llm.memory import OVERHEAD_BYTES, check_memory, estimate_memory
from desktop.llm.protocol import LoadSettings
from desktop.llm.speed import load_speeds
from desktop.services.models import (
    ModelProblem,
    choose_model,
    list_shelf,
    loading_plan,
    run_speed_test,
)


@pytest.fixture(scope="module")
def llama_cpp_view(default_model_path: Path) -> dict[str, object]:
    """What llama.cpp itself reads from the file: its metadata, parameter and byte counts."""
    import llama_cpp

    llama = llama_cpp.Llama(model_path=str(default_model_path), n_ctx=256, n_threads=1,
                            verbose=False)
    try:
        return {"metadata": dict(llama.metadata),
                "params": llama_cpp.llama_model_n_params(llama.model),
                "bytes": llama_cpp.llama_model_size(llama.model)}
    finally:
        llama.close()


def test_memory_estimate_is_weights_plus_kv_cache_from_the_header(
        default_model_path: Path, llama_cpp_view: dict) -> None:  # type: ignore[type-arg]
    meta = llama_cpp_view["metadata"]
    layers, width = int(meta["llama.block_count"]), int(meta["llama.embedding_length"])
    heads, kv_heads = int(meta["llama.attention.head_count"]), int(
        meta["llama.attention.head_count_kv"])
    n_ctx = 4096
    # keys and values, f16 (2 bytes), per token per layer: kv heads x head width
    expected_kv = 2 * 2 * n_ctx * layers * kv_heads * (width // heads)
    assert expected_kv == 90 * 1024 * 1024  # what llama.cpp reports: "KV buffer size = 90 MiB"
    info = read_gguf(default_model_path)
    estimate = estimate_memory(info, n_ctx)
    assert estimate.weights == llama_cpp_view["bytes"] == 96_576_768
    assert info.parameter_count == llama_cpp_view["params"] == 134_515_008
    assert estimate.kv_cache == expected_kv
    assert estimate.total == expected_kv + estimate.weights + estimate.compute + OVERHEAD_BYTES
    assert 90e6 < estimate.compute < 130e6  # llama.cpp reserves 99 MiB at 4k on this model
    assert (info.quantisation, info.has_chat_template, info.context_length) == ("Q4_1", True,
                                                                               8192)


def test_a_model_too_big_for_the_memory_free_is_refused(default_model_path: Path) -> None:
    free = 200_000_000
    settings = Settings(n_ctx=4096)
    entry = list_shelf(settings, free=free)[0]
    assert entry.is_default and entry.too_big is not None and not entry.usable
    message = ("SmolLM2-135M-Instruct.Q4_1.gguf needs about 0.4 GB of memory with a context "
               "of 4,096 tokens, but only 0.2 GB are free.")
    assert entry.too_big.startswith(message)
    with pytest.raises(ModelProblem, match="needs about 0.4 GB.*only 0.2 GB are free"):
        choose_model(settings, "interviews", default_model_path, free=free)
    with pytest.raises(ModelLoadError, match="needs about 0.4 GB.*only 0.2 GB are free"):
        check_memory(read_gguf(default_model_path), LoadSettings(n_ctx=4096), free=free)
    assert list_shelf(settings, free=8_000_000_000)[0].usable


def test_two_models_that_do_not_fit_together_share_one(tmp_path: Path,
                                                       default_model_path: Path) -> None:
    copy = tmp_path / "copy.gguf"
    shutil.copyfile(default_model_path, copy)
    settings = Settings(n_ctx=4096)
    choose_model(settings, "interviews", copy, free=8_000_000_000)
    choose_model(settings, "background", default_model_path, free=8_000_000_000)
    assert settings.background_model_path == BUNDLED_DEFAULT
    assert loading_plan(settings, free=8_000_000_000).background == default_model_path
    plan = loading_plan(settings, free=500_000_000)
    assert plan.background is None and plan.interviews == copy
    assert plan.note is not None and "only 0.5 GB are free" in plan.note
    choose_model(settings, "background", None)
    assert loading_plan(settings, free=8_000_000_000).background is None


def test_the_speed_test_is_kept_by_file_hash(default_model_path: Path) -> None:
    result = run_speed_test(default_model_path, Settings(n_threads=1, n_ctx=1024))
    assert result.tokens >= 2 and result.tokens_per_second > 1
    assert load_speeds()[result.sha256] == result
    entry = list_shelf(Settings(n_ctx=1024))[0]
    assert entry.speed == result and entry.roles == ("interviews", "background")
