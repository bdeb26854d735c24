"""Start loading the model the settings name (the default one when none is chosen)."""

from __future__ import annotations

from desktop.core.settings import Settings
from desktop.llm.catalogue import resolve_model_path
from desktop.llm.errors import ModelLoadError
from desktop.llm.protocol import LoadSettings
from desktop.ui.shell.llm_service import LlmService


def load_settings_of(settings: Settings) -> LoadSettings:
    return LoadSettings(n_threads=settings.n_threads, n_ctx=settings.n_ctx,
                        n_gpu_layers=settings.n_gpu_layers)


def load_chosen_model(service: LlmService, settings: Settings) -> None:
    try:
        path = resolve_model_path(settings.model_path)
    except ModelLoadError as error:
        service.load_error = error.problem
        service.model_failed.emit(error.problem)
        return
    service.load(path, load_settings_of(settings))
