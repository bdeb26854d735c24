"""The `ChatModel` over llama-cpp-python: one `Llama` loaded once and kept.

Keeping the same instance lets llama.cpp reuse the evaluated prefix of a conversation, so a
follow-up turn only evaluates the new messages. Not thread-safe: one thread owns it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop.core.settings import load_settings
from desktop.llm.catalogue import resolve_model_path
from desktop.llm.errors import ModelLoadError
from desktop.llm.fingerprint import file_sha256
from desktop.llm.gguf import GgufError, GgufInfo, check_complete, read_gguf
from desktop.llm.memory import check_memory
from desktop.llm.protocol import (
    ChatMessage,
    FinishReason,
    Generation,
    LoadSettings,
    ModelIdentity,
    SamplingSettings,
    TextCallback,
    check_messages,
)


class LlamaChatModel:
    def __init__(self, llama: Any, identity: ModelIdentity, settings: LoadSettings) -> None:
        self._llama = llama
        self.identity = identity
        self.load_settings = settings

    def generate(
        self,
        messages: Sequence[ChatMessage],
        sampling: SamplingSettings,
        cancel: threading.Event,
        on_text: TextCallback | None = None,
        schema: dict[str, Any] | None = None,
    ) -> Generation:
        check_messages(messages)
        started = time.perf_counter()
        pieces: list[str] = []
        first: float | None = None
        finish: FinishReason = "cancelled" if cancel.is_set() else "stop"
        if finish != "cancelled":
            for piece, reason in self._stream(messages, sampling, schema, cancel):
                if piece:
                    first = first or time.perf_counter() - started
                    pieces.append(piece)
                    if on_text:
                        on_text(piece)
                finish = reason or finish
        return Generation(
            text="".join(pieces), finish_reason=finish, completion_tokens=len(pieces),
            seconds_to_first_token=first, seconds_total=time.perf_counter() - started,
            model=self.identity, sampling=sampling)

    def warm(self, messages: Sequence[ChatMessage]) -> None:
        """Read `messages` into the model's cache now (one token generated and dropped), so
        the next request that starts with them is read only from where it differs: the
        prompt of the participant's next turn, read while they are still typing."""
        stream = self._llama.create_chat_completion(
            messages=[{"role": m.role, "content": m.content} for m in messages],
            stream=True, max_tokens=1, temperature=0.0)
        try:
            for _ in stream:
                pass
        finally:
            stream.close()

    def reset(self) -> None:
        """Forget the evaluated prefix: the next request is evaluated from its first token."""
        self._llama.reset()

    def _stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings,
        schema: dict[str, Any] | None, cancel: threading.Event,
    ) -> Iterator[tuple[str, FinishReason | None]]:
        kwargs: dict[str, Any] = {
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": True, "max_tokens": sampling.max_tokens,
            "temperature": sampling.temperature, "top_p": sampling.top_p,
            "top_k": sampling.top_k, "repeat_penalty": sampling.repeat_penalty,
        }
        if sampling.seed is not None:
            kwargs["seed"] = sampling.seed
        if schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        stream = self._llama.create_chat_completion(**kwargs)
        try:
            for chunk in stream:
                if cancel.is_set():
                    yield "", "cancelled"
                    return
                choice = chunk["choices"][0]
                reason = choice.get("finish_reason")
                yield choice["delta"].get("content") or "", _finish(reason)
        finally:
            stream.close()


def _finish(reason: str | None) -> FinishReason | None:
    return "length" if reason == "length" else ("stop" if reason else None)


def load_chosen_model(chosen: str = "", threads: int | None = None,
                      before_loading: Callable[[Path], None] | None = None) -> LlamaChatModel:
    """The command line's model: the file given, else the one chosen in the app, else the
    default; loaded with the app's settings (threads overridable). ModelLoadError in plain
    words when it cannot be used."""
    settings = load_settings()
    path = resolve_model_path(chosen or settings.model_path)
    if before_loading is not None:
        before_loading(path)
    return load_chat_model(path, LoadSettings(n_threads=threads or settings.n_threads,
                                              n_ctx=settings.n_ctx,
                                              n_gpu_layers=settings.n_gpu_layers))


def load_chat_model(path: Path | str, settings: LoadSettings) -> LlamaChatModel:
    """Check the file, then load it; every failure is a ModelLoadError in plain words."""
    path = Path(path)
    info = inspect_model(path)
    check_memory(info, settings)
    try:
        from llama_cpp import Llama  # imported here: loading the library costs time

        llama = Llama(model_path=str(path), n_ctx=settings.n_ctx, n_threads=settings.n_threads,
                      n_threads_batch=settings.n_threads, n_gpu_layers=settings.n_gpu_layers,
                      verbose=False)
    except MemoryError as error:
        raise ModelLoadError(path, f"There is not enough memory to load {path.name}. Close "
                             "other programs or choose a smaller model.") from error
    except (ValueError, RuntimeError, OSError) as error:
        raise ModelLoadError(path, f"llama.cpp could not load {path.name}: the file may be "
                             "damaged or made for a newer llama.cpp. Try another GGUF file. "
                             f"(Details: {error})") from error
    identity = ModelIdentity(file_name=path.name, sha256=file_sha256(path),
                             size_bytes=info.size_bytes, name=info.name,
                             context_length=info.context_length)
    return LlamaChatModel(llama, identity, settings)


def inspect_model(path: Path) -> GgufInfo:
    try:
        info = read_gguf(path)
        check_complete(info)
        return info
    except GgufError as error:
        raise ModelLoadError(path, str(error)) from error
    except OSError as error:
        raise ModelLoadError(path, f"{path.name} could not be read ({error.strerror}).") from error
