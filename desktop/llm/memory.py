"""Will a model fit in memory? Checked before loading, so the answer is a sentence, not a crash.

The estimate is what llama.cpp allocates on the CPU: the weights, the f16 key/value cache for
the chosen context, the compute buffer for one 512-token batch, and an allowance for the rest.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from desktop.llm.errors import ModelLoadError
from desktop.llm.gguf import GgufInfo
from desktop.llm.protocol import LoadSettings

BATCH_TOKENS = 512  # llama.cpp's default micro-batch (n_ubatch)
OVERHEAD_BYTES = 64 * 1024 * 1024  # runtime, tokenizer, output buffer
# The compute buffer holds the larger of a batch's logits and its attention scores (f32);
# measured on SmolLM2-135M it is within 15% of that figure at 1k-8k tokens of context.
COMPUTE_MARGIN = 1.15


@dataclass(frozen=True)
class MemoryEstimate:
    """Bytes a model needs once loaded with a context of `n_ctx` tokens."""

    n_ctx: int
    weights: int
    kv_cache: int
    compute: int
    overhead: int = OVERHEAD_BYTES

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute + self.overhead


def available_memory() -> int | None:
    """Bytes the OS can still give us, or None where we cannot tell."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def _per_layer(value: Any, layers: int, fallback: int) -> list[int]:
    """Head counts are one number, or (in some models) one number per layer."""
    if isinstance(value, list) and value:
        return [int(v) for v in value][:layers] or [fallback] * layers
    try:
        return [int(value)] * layers
    except (TypeError, ValueError):
        return [fallback] * layers


def kv_cache_bytes(info: GgufInfo, n_ctx: int) -> int:
    """Size of the f16 key/value cache llama.cpp allocates for `n_ctx` tokens."""
    layers = int(info.arch_value("block_count", 0) or 0)
    width = int(info.arch_value("embedding_length", 0) or 0)
    heads = _per_layer(info.arch_value("attention.head_count", 1), layers, 1)
    kv_heads = _per_layer(info.arch_value("attention.head_count_kv"), layers, 0)
    per_token = 0
    for layer, head_count in enumerate(heads):
        head_width = width // (head_count or 1)
        key = int(info.arch_value("attention.key_length", 0) or head_width)
        value = int(info.arch_value("attention.value_length", 0) or head_width)
        kv = kv_heads[layer] if layer < len(kv_heads) and kv_heads[layer] else head_count
        per_token += kv * (key + value)
    return 2 * n_ctx * per_token


def compute_buffer_bytes(info: GgufInfo, n_ctx: int) -> int:
    heads = _per_layer(info.arch_value("attention.head_count", 1), 1, 1)[0]
    largest = max(info.vocab_size, n_ctx * heads)
    return int(BATCH_TOKENS * 4 * largest * COMPUTE_MARGIN)


def estimate_memory(info: GgufInfo, n_ctx: int) -> MemoryEstimate:
    weights = info.tensor_bytes if info.tensor_bytes is not None else info.size_bytes
    return MemoryEstimate(n_ctx=n_ctx, weights=weights, kv_cache=kv_cache_bytes(info, n_ctx),
                          compute=compute_buffer_bytes(info, n_ctx))


def needed_memory(info: GgufInfo, settings: LoadSettings) -> int:
    return estimate_memory(info, settings.n_ctx).total


def too_big_problem(info: GgufInfo, estimate: MemoryEstimate, free: int | None) -> str | None:
    """Why the model cannot be loaded with this much free memory, or None when it fits."""
    if free is None or estimate.total <= free:
        return None
    need, have = _gigabytes(estimate.total, free)
    return (f"{info.path.name} needs about {need} GB of memory with a context of "
            f"{estimate.n_ctx:,} tokens, but only {have} GB are free. Close other programs, "
            "lower the context size, or choose a smaller model.")


def _gigabytes(need: int, free: int) -> tuple[str, str]:
    """Both figures to one decimal, or two when one decimal would make them look equal."""
    digits = 1 if f"{need / 1e9:.1f}" != f"{free / 1e9:.1f}" else 2
    return f"{need / 1e9:.{digits}f}", f"{free / 1e9:.{digits}f}"


def check_memory(info: GgufInfo, settings: LoadSettings, free: int | None = None) -> None:
    free = available_memory() if free is None else free
    problem = too_big_problem(info, estimate_memory(info, settings.n_ctx), free)
    if problem is not None:
        raise ModelLoadError(info.path, problem)
