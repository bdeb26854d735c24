"""What the app asks of a language model, independent of llama.cpp and of Qt.

A `ChatModel` streams a reply to a list of chat messages, can be cancelled between tokens
through a `threading.Event`, and can be held to a JSON schema. Every reply comes back as a
`Generation` naming the model file and its SHA-256, so stored text can always be traced.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from desktop.core.settings import default_threads

FinishReason = Literal["stop", "length", "cancelled"]


class EmptyPromptError(ValueError):
    """There is nothing to send: no message, or only blank ones."""


@dataclass(frozen=True)
class ChatMessage:
    role: Literal["system", "user", "assistant"]
    content: str


@dataclass(frozen=True)
class SamplingSettings:
    max_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 0.95
    top_k: int = 40
    repeat_penalty: float = 1.1
    seed: int | None = None


@dataclass(frozen=True)
class LoadSettings:
    n_threads: int = field(default_factory=default_threads)
    n_ctx: int = 4096
    n_gpu_layers: int = 0


@dataclass(frozen=True)
class ModelIdentity:
    """What is stored beside every generated text."""

    file_name: str
    sha256: str
    size_bytes: int
    name: str
    context_length: int | None


@dataclass(frozen=True)
class Generation:
    text: str
    finish_reason: FinishReason
    completion_tokens: int
    seconds_to_first_token: float | None
    seconds_total: float
    model: ModelIdentity
    sampling: SamplingSettings

    @property
    def tokens_per_second(self) -> float | None:
        if self.seconds_to_first_token is None or self.completion_tokens < 2:
            return None
        streaming = self.seconds_total - self.seconds_to_first_token
        return (self.completion_tokens - 1) / streaming if streaming > 0 else None


TextCallback = Callable[[str], None]


class ChatModel(Protocol):
    identity: ModelIdentity

    def generate(
        self,
        messages: Sequence[ChatMessage],
        sampling: SamplingSettings,
        cancel: threading.Event,
        on_text: TextCallback | None = None,
        schema: dict[str, Any] | None = None,
    ) -> Generation:
        """Stream a reply (each piece to `on_text`); stop between tokens once `cancel` is set."""
        ...


def check_messages(messages: Sequence[ChatMessage]) -> None:
    if not any(m.content.strip() for m in messages if m.role == "user"):
        raise EmptyPromptError("There is nothing to send: the prompt is empty.")
