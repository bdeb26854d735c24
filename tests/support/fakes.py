"""A scripted chat model for UI unit tests (end-to-end tests use the real one)."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.llm.errors import ModelLoadError
from desktop.llm.protocol import (
    ChatMessage,
    Generation,
    LoadSettings,
    ModelIdentity,
    SamplingSettings,
    TextCallback,
    check_messages,
)

FAKE_IDENTITY = ModelIdentity(file_name="fake.gguf", sha256="0" * 64, size_bytes=1_000_000,
                              name="Fake", context_length=2048)


class FakeChatModel:
    def __init__(self, words: Sequence[str] = ("Hello", " there", "!"), delay: float = 0.0):
        self.identity = FAKE_IDENTITY
        self.words, self.delay = list(words), delay
        self.calls: list[list[ChatMessage]] = []

    def generate(self, messages: Sequence[ChatMessage], sampling: SamplingSettings,
                 cancel: threading.Event, on_text: TextCallback | None = None,
                 schema: dict[str, Any] | None = None) -> Generation:
        check_messages(messages)
        self.calls.append(list(messages))
        started, sent = time.perf_counter(), []
        for word in self.words[: sampling.max_tokens]:
            if cancel.is_set():
                break
            time.sleep(self.delay)
            sent.append(word)
            if on_text:
                on_text(word)
        finish = "cancelled" if cancel.is_set() else "stop"
        return Generation("".join(sent), finish, len(sent), 0.0 if sent else None,
                          time.perf_counter() - started, self.identity, sampling)


def fake_loader(model: FakeChatModel):  # type: ignore[no-untyped-def]
    def load(path: Path, settings: LoadSettings) -> FakeChatModel:
        return model
    return load


def failing_loader(path: Path, settings: LoadSettings) -> FakeChatModel:
    raise ModelLoadError(path, f"{path.name} is not a GGUF model file.")
