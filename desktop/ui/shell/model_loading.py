"""Start loading the models the settings name: one for interviews and, when it differs and
both fit in memory, one for background work; else background work shares the first."""

from __future__ import annotations

from desktop.core.settings import Settings
from desktop.llm.errors import ModelLoadError
from desktop.llm.protocol import LoadSettings
from desktop.services.models import load_settings_of as _load_settings_of
from desktop.services.models import loading_plan
from desktop.ui.shell.llm_service import LlmService


def load_settings_of(settings: Settings) -> LoadSettings:
    return _load_settings_of(settings)


def load_chosen_model(service: LlmService, settings: Settings) -> None:
    load_chosen_models(service, service, settings)


def load_chosen_models(interviews: LlmService, background: LlmService,
                       settings: Settings) -> str | None:
    """Start the loads; returns a note when background work shares the interview model
    because the two do not fit in memory together."""
    try:
        plan = loading_plan(settings)
    except ModelLoadError as error:
        for service in {interviews, background}:
            service.load_error = error.problem
            service.model_failed.emit(error.problem)
        return None
    if background is not interviews:
        # share before the load starts, so the background service hears it finish
        background.share(interviews if plan.background is None else None)
    interviews.load(plan.interviews, load_settings_of(settings))
    if background is not interviews and plan.background is not None:
        background.load(plan.background, load_settings_of(settings))
    return plan.note
