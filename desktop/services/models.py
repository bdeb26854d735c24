"""The model shelf: every GGUF this computer has, what it is, whether it fits in memory now and
how fast it ran here; which model interviews use and which one background work uses
(labelling suggestions, stories, same-value checks)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from desktop.core.settings import BUNDLED_DEFAULT, Settings
from desktop.llm.catalogue import ModelChoice, available_models, describe, resolve_model_path
from desktop.llm.errors import ModelLoadError
from desktop.llm.fingerprint import cached_sha256
from desktop.llm.llama_model import LlamaChatModel, load_chat_model
from desktop.llm.memory import MemoryEstimate, available_memory, estimate_memory, too_big_problem
from desktop.llm.protocol import LoadSettings
from desktop.llm.speed import SpeedResult, load_speeds, measure_speed, save_speed

Role = Literal["interviews", "background"]
Loader = Callable[[Path, LoadSettings], LlamaChatModel]


class ModelProblem(ValueError):
    """This file cannot be put on the shelf or chosen; the message says why in plain words."""


@dataclass(frozen=True)
class ShelfEntry:
    path: Path
    source: str
    is_default: bool
    problem: str | None  # not a usable GGUF at all
    too_big: str | None  # a usable GGUF that does not fit in the memory free now
    name: str
    parameters: int | None
    quantisation: str | None
    context_length: int | None
    chat_template: bool | None
    size_bytes: int | None
    estimate: MemoryEstimate | None
    free_memory: int | None
    speed: SpeedResult | None
    roles: tuple[Role, ...] = ()

    @property
    def usable(self) -> bool:
        return self.problem is None and self.too_big is None

    def as_dict(self) -> dict[str, Any]:
        estimate = self.estimate
        return {
            "file": str(self.path), "source": self.source, "name": self.name,
            "parameters": self.parameters, "quantisation": self.quantisation,
            "context_length": self.context_length, "chat_template": self.chat_template,
            "size_bytes": self.size_bytes, "n_ctx": estimate.n_ctx if estimate else None,
            "memory_needed_bytes": estimate.total if estimate else None,
            "weights_bytes": estimate.weights if estimate else None,
            "kv_cache_bytes": estimate.kv_cache if estimate else None,
            "memory_free_bytes": self.free_memory, "fits": self.usable,
            "problem": self.problem or self.too_big,
            "tokens_per_second": self.speed.tokens_per_second if self.speed else None,
            "used_for": list(self.roles)}


def load_settings_of(settings: Settings) -> LoadSettings:
    return LoadSettings(n_threads=settings.n_threads, n_ctx=settings.n_ctx,
                        n_gpu_layers=settings.n_gpu_layers)


def entry_of(choice: ModelChoice, n_ctx: int, free: int | None,
             speeds: dict[str, SpeedResult] | None = None,
             roles: tuple[Role, ...] = ()) -> ShelfEntry:
    info = choice.info
    if info is None:
        return ShelfEntry(choice.path, choice.source, choice.is_default, choice.problem, None,
                          choice.path.name, None, None, None, None, None, None, free, None,
                          roles)
    estimate = estimate_memory(info, n_ctx)
    sha = cached_sha256(choice.path)
    speed = (speeds if speeds is not None else load_speeds()).get(sha) if sha else None
    return ShelfEntry(choice.path, choice.source, choice.is_default, None,
                      too_big_problem(info, estimate, free), info.name,
                      info.parameter_count or None, info.quantisation, info.context_length,
                      info.has_chat_template, info.size_bytes, estimate, free, speed, roles)


def describe_file(path: Path, n_ctx: int, free: int | None = None) -> ShelfEntry:
    return entry_of(describe(Path(path), source="added by hand"), n_ctx,
                    available_memory() if free is None else free)


def chosen_paths(settings: Settings) -> tuple[Path | None, Path | None]:
    """The interview model's file and the background model's file (None: not installed)."""
    try:
        interviews = resolve_model_path(settings.model_path)
    except ModelLoadError:
        interviews = None
    try:
        background = resolve_model_path(settings.background_model_path or settings.model_path)
    except ModelLoadError:
        background = None
    return interviews, background


def _roles(path: Path, chosen: tuple[Path | None, Path | None]) -> tuple[Role, ...]:
    names: tuple[Role, Role] = ("interviews", "background")
    return tuple(role for role, other in zip(names, chosen, strict=True)
                 if other is not None and other.resolve() == path.resolve())


def list_shelf(settings: Settings, free: int | None = None) -> list[ShelfEntry]:
    """Every model found, described at the settings' context size against `free` bytes
    (the memory free now when not given)."""
    free = available_memory() if free is None else free
    chosen, speeds = chosen_paths(settings), load_speeds()
    return [entry_of(choice, settings.n_ctx, free, speeds, _roles(choice.path, chosen))
            for choice in available_models(settings.added_models)]


def add_model(settings: Settings, path: Path, free: int | None = None) -> ShelfEntry:
    """Remember a file chosen by hand; a file that is not a whole GGUF is refused."""
    entry = describe_file(path, settings.n_ctx, free)
    if entry.problem:
        raise ModelProblem(entry.problem)
    settings.add_model(path)
    return entry


def forget_model(settings: Settings, path: Path) -> None:
    """Take a file added by hand off the shelf (the file itself is left alone)."""
    target = str(Path(path).resolve())
    settings.added_models = [p for p in settings.added_models if str(Path(p).resolve()) != target]


def choose_model(settings: Settings, role: Role, path: Path | None,
                 free: int | None = None) -> None:
    """Use `path` for interviews or background work (for background, None: the same model as
    interviews). A file that is broken or too big for the memory free now is refused."""
    if path is not None:
        entry = describe_file(path, settings.n_ctx, free)
        if entry.problem or entry.too_big:
            raise ModelProblem(entry.problem or entry.too_big)
    default = _is_default(path)
    if role == "interviews":
        settings.model_path = "" if path is None or default else str(path)
    else:
        settings.background_model_path = ("" if path is None else
                                          BUNDLED_DEFAULT if default else str(path))


def _is_default(path: Path | None) -> bool:
    try:
        return path is not None and path.resolve() == resolve_model_path("").resolve()
    except ModelLoadError:
        return False


@dataclass(frozen=True)
class LoadingPlan:
    interviews: Path
    background: Path | None  # None: background work shares the interview model
    note: str | None = None  # why a separate background model is not loaded


def loading_plan(settings: Settings, free: int | None = None) -> LoadingPlan:
    """Which files to load. Two different models are loaded only if both fit in memory
    together; else background work shares the interview model, and the note says why."""
    interviews = resolve_model_path(settings.model_path)
    background = resolve_model_path(settings.background_model_path or settings.model_path)
    if background.resolve() == interviews.resolve():
        return LoadingPlan(interviews, None)
    free = available_memory() if free is None else free
    first, second = (describe_file(p, settings.n_ctx, free) for p in (interviews, background))
    if second.problem or first.estimate is None or second.estimate is None:
        return LoadingPlan(interviews, background)  # the load itself will explain
    both = first.estimate.total + second.estimate.total
    if free is not None and both > free:
        return LoadingPlan(interviews, None, (
            f"{interviews.name} and {background.name} together need about {both / 1e9:.1f} GB "
            f"of memory, but only {free / 1e9:.1f} GB are free: background work uses "
            f"{interviews.name} too."))
    return LoadingPlan(interviews, background)


def run_speed_test(path: Path, settings: Settings, loader: Loader = load_chat_model,
                   cancel: threading.Event | None = None) -> SpeedResult:
    """Load the file, time the fixed prompt, keep the result for this machine."""
    entry = describe_file(path, settings.n_ctx)
    if entry.problem:
        raise ModelProblem(entry.problem)
    load = load_settings_of(settings)
    try:
        model = loader(Path(path), load)
    except ModelLoadError as error:
        raise ModelProblem(error.problem) from error
    result = measure_speed(model, load, cancel)
    save_speed(result)
    return result
