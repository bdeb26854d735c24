"""Will a model fit in memory? Checked before loading, so the answer is a sentence, not a crash."""

from __future__ import annotations

import os

from desktop.llm.errors import ModelLoadError
from desktop.llm.gguf import GgufInfo
from desktop.llm.protocol import LoadSettings


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


def kv_cache_bytes(info: GgufInfo, n_ctx: int) -> int:
    """Size of the f16 key/value cache llama.cpp allocates for `n_ctx` tokens."""
    meta, arch = info.metadata, info.architecture
    layers = int(meta.get(f"{arch}.block_count", 0))
    width = int(meta.get(f"{arch}.embedding_length", 0))
    heads = int(meta.get(f"{arch}.attention.head_count", 1)) or 1
    kv_heads = int(meta.get(f"{arch}.attention.head_count_kv", heads))
    return 2 * 2 * n_ctx * layers * (width // heads) * kv_heads


def needed_memory(info: GgufInfo, settings: LoadSettings) -> int:
    return info.size_bytes + kv_cache_bytes(info, settings.n_ctx) + 64 * 1024 * 1024


def check_memory(info: GgufInfo, settings: LoadSettings, free: int | None = None) -> None:
    free = available_memory() if free is None else free
    need = needed_memory(info, settings)
    if free is not None and need > free:
        raise ModelLoadError(
            info.path, f"{info.path.name} needs about {need / 1e9:.1f} GB of memory with a "
            f"context of {settings.n_ctx:,} tokens, but only {free / 1e9:.1f} GB are free. "
            "Close other programs, lower the context size, or choose a smaller model.")
