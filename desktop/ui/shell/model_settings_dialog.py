"""Choose the GGUF model and how it is loaded (threads, context size, GPU layers)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.core.settings import Settings
from desktop.llm.catalogue import ModelChoice, available_models, describe
from desktop.ui.widgets.fit import accessible


class ModelSettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Model settings"))
        self.choices = QComboBox()
        accessible(self.choices, self.tr("Model file"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.threads = _spin(1, max(1, os.cpu_count() or 1) * 2, settings.n_threads)
        self.context = _spin(256, 131072, settings.n_ctx, step=256)
        self.gpu_layers = _spin(0, 999, settings.n_gpu_layers)
        self.gpu_layers.setToolTip(self.tr("Layers to offload to a GPU; 0 runs on the CPU only."))
        for choice in available_models(settings.added_models):
            self._add_choice(choice)
        self._select(settings.model_path)
        self.choices.currentIndexChanged.connect(self._on_choice_changed)
        self._build_layout()
        self._on_choice_changed()

    def _build_layout(self) -> None:
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.choices, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Model file"), row)
        form.addRow("", self.details)
        form.addRow(self.tr("CPU threads"), self.threads)
        form.addRow(self.tr("Context size (tokens)"), self.context)
        form.addRow(self.tr("GPU layers"), self.gpu_layers)
        form.addRow(buttons)

    def _add_choice(self, choice: ModelChoice) -> None:
        self.choices.addItem(choice.label, choice)

    def _select(self, model_path: str) -> None:
        for index in range(self.choices.count()):
            choice: ModelChoice = self.choices.itemData(index)
            if (not model_path and choice.is_default) or str(choice.path) == model_path:
                self.choices.setCurrentIndex(index)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a GGUF model"), "",
                                              self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self._add_choice(describe(Path(path)))
            self.choices.setCurrentIndex(self.choices.count() - 1)

    def _on_choice_changed(self) -> None:
        choice: ModelChoice | None = self.choices.currentData()
        if choice is None:
            self.details.setText(self.tr("No model found. Use Browse… to choose a GGUF file."))
        elif choice.problem:
            self.details.setText(f"<span style='color:#b00020'>{choice.problem}</span>")
        elif choice.info:
            context = choice.info.context_length or 0
            self.details.setText(
                self.tr("{name} · {architecture} · {size} · trained context {tokens} "
                        "tokens").format(name=choice.info.name,
                                         architecture=choice.info.architecture,
                                         size=f"{choice.info.size_bytes / 1e6:,.0f} MB",
                                         tokens=f"{context:,}"))
        ok = self.findChild(QDialogButtonBox)
        if ok is not None:
            ok.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                choice is not None and choice.problem is None)

    def apply_to(self, settings: Settings) -> None:
        choice: ModelChoice | None = self.choices.currentData()
        settings.model_path = "" if choice is None or choice.is_default else str(choice.path)
        settings.n_threads = self.threads.value()
        settings.n_ctx = self.context.value()
        settings.n_gpu_layers = self.gpu_layers.value()


def _spin(low: int, high: int, value: int, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setValue(value)
    return box
