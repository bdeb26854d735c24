"""The graph page's toolbar: context and participant group filters, size measure, actions."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.ui.graph.graph_card import measure_names
from desktop.ui.widgets.fit import FlowLayout, label_for


class GraphFilterPanel(QWidget):
    filter_changed = Signal()  # context or group
    measure_changed = Signal(str)
    relayout_requested = Signal()
    export_requested = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context_box = _combo("graphContext", 24)
        self.group_label = QLabel(self.tr("Group"))
        self.group_box = _combo("graphGroup", 18)
        self.measure_box = _combo("graphMeasure", 12)
        for key, label in measure_names().items():
            self.measure_box.addItem(label, key)
        self.relayout_button = QPushButton(self.tr("Re-layout"))
        self.relayout_button.setToolTip(self.tr("Lay the whole graph out afresh (values will "
                                                "move)"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export picture"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG drawing (*.svg)")
        menu.addAction(self.tr("As PNG…"), lambda: self._choose_file(png, ".png"))
        menu.addAction(self.tr("As SVG…"), lambda: self._choose_file(svg, ".svg"))
        self.export_button.setMenu(menu)
        layout = FlowLayout(self)  # wraps at a large text size
        self.group_label.setBuddy(self.group_box)
        for widget in (label_for(self.tr("Context"), self.context_box), self.context_box,
                       self.group_label, self.group_box,
                       label_for(self.tr("Size by"), self.measure_box), self.measure_box):
            layout.addWidget(widget)
        layout.addWidget(self.relayout_button)
        layout.addWidget(self.export_button)
        self.context_box.currentIndexChanged.connect(lambda _: self.filter_changed.emit())
        self.group_box.currentIndexChanged.connect(lambda _: self.filter_changed.emit())
        self.measure_box.currentIndexChanged.connect(
            lambda _: self.measure_changed.emit(self.measure))
        self.relayout_button.clicked.connect(self.relayout_requested)
        self.set_groups({})

    @property
    def context(self) -> str | None:
        data = self.context_box.currentData()
        return data if isinstance(data, str) else None

    @property
    def group(self) -> tuple[str, str] | None:
        """(field, value) of the chosen participant group; None for everyone."""
        data = self.group_box.currentData()
        return data if isinstance(data, tuple) else None

    @property
    def measure(self) -> str:
        return str(self.measure_box.currentData())

    def set_contexts(self, contexts: Mapping[str, tuple[str, int]]) -> None:
        """context id -> (label, votes); keeps the choice when that context is still there."""
        chosen = self.context
        self.context_box.blockSignals(True)
        self.context_box.clear()
        total = sum(count for _, count in contexts.values())
        self.context_box.addItem(self.tr("All contexts ({count} votes)").format(count=f"{total:,}"),
                                 None)
        for context_id, (label, count) in contexts.items():
            self.context_box.addItem(f"{label} ({count:,})", context_id)
        found = self.context_box.findData(chosen) if chosen is not None else 0
        self.context_box.setCurrentIndex(max(found, 0))
        self.context_box.blockSignals(False)

    def set_groups(self, groups: Mapping[str, Mapping[str, str]]) -> None:
        """Demographic field -> participant -> answer; hidden when the study has none. The
        chosen group is kept while the study still has it."""
        chosen = self.group
        self.group_box.blockSignals(True)
        self.group_box.clear()
        self.group_box.addItem(self.tr("Everyone"), None)
        for field, answers in groups.items():
            for answer in sorted(set(answers.values())):
                self.group_box.addItem(f"{field}: {answer}", (field, answer))
                if (field, answer) == chosen:
                    self.group_box.setCurrentIndex(self.group_box.count() - 1)
        self.group_box.blockSignals(False)
        self.group_label.setVisible(bool(groups))
        self.group_box.setVisible(bool(groups))

    def _choose_file(self, kind: str, suffix: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the graph picture"),
                                              f"moral-graph{suffix}", kind)
        if path:
            chosen = Path(path)
            self.export_requested.emit(chosen if chosen.suffix else chosen.with_suffix(suffix))


def _combo(name: str, characters: int) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    # Contexts are whole questions: show the start, not a toolbar a metre wide.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    box.currentTextChanged.connect(box.setToolTip)  # the whole question
    return box
