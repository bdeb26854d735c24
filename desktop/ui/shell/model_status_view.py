"""The status bar's model entries: the interview model, and the background model while
background work (suggestions, stories, same-value checks) runs one of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.llm.protocol import ModelIdentity
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.widgets.fit import ElidedLabel

PROBLEM = "color: #b00020;"


class ModelStatusView(QObject):
    """Two labels kept up to date from the two services; a failure is also reported in words."""

    problem_reported = Signal(str)

    def __init__(self, service: LlmService, background: LlmService,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service, self.background = service, background
        self.model_label, self.background_label = ElidedLabel(), ElidedLabel()
        self.model_label.setObjectName("modelStatus")
        self.background_label.setObjectName("backgroundModelStatus")
        self.background_label.hide()
        service.model_loading.connect(self._on_model_loading)
        service.model_loaded.connect(self._on_model_loaded)
        service.model_failed.connect(self._on_model_failed)
        if background is not service:
            for signal in (background.model_loaded, background.model_failed):
                signal.connect(lambda _value: self.show_background())

    def show_background(self) -> None:
        """A second entry while background work runs its own model."""
        own = self.background is not self.service and self.background.shared_with is None
        identity, problem = self.background.identity, self.background.load_error
        label = self.background_label
        label.setVisible(own)
        label.setText(self.tr("Background: {file}").format(file=identity.file_name) if identity
                      else self.tr("Background: not loaded") if problem
                      else self.tr("Background: loading…"))
        label.setToolTip(problem or self.tr("Labelling suggestions, stories and same-value "
                                            "checks use this model."))
        label.setStyleSheet(PROBLEM if problem else "")

    def _on_model_loading(self, path: str) -> None:
        self.model_label.setText(self.tr("Model: loading {file}…").format(file=Path(path).name))
        self.model_label.setStyleSheet("")

    def _on_model_loaded(self, identity: ModelIdentity) -> None:
        size = f"{identity.size_bytes / 1e6:,.0f} MB"
        self.model_label.setText(
            self.tr("Model: {file} · {size} · context {tokens}").format(
                file=identity.file_name, size=size, tokens=f"{identity.context_length:,}")
            if identity.context_length else
            self.tr("Model: {file} · {size}").format(file=identity.file_name, size=size))
        self.model_label.setToolTip(f"{identity.name}\nSHA-256 {identity.sha256}")
        self.model_label.setStyleSheet("")

    def _on_model_failed(self, problem: str) -> None:
        self.model_label.setText(self.tr("Model: not loaded (see Model > Models)"))
        self.model_label.setToolTip(problem)
        self.model_label.setStyleSheet(PROBLEM)
        self.problem_reported.emit(problem)
