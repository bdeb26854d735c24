"""Model > Models: every GGUF this computer has, whether it fits in memory now, how fast it
ran here, and which model interviews and background work use. Nothing is ever downloaded."""

from __future__ import annotations

import copy
import html
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import Settings
from desktop.llm.llama_model import load_chat_model
from desktop.llm.memory import available_memory
from desktop.services.models import (
    Loader,
    ModelProblem,
    ShelfEntry,
    add_model,
    choose_model,
    chosen_paths,
    forget_model,
    list_shelf,
)
from desktop.ui.shell.speed_test_runner import SpeedTestRunner
from desktop.ui.widgets.cell_tips import show_cut_cells
from desktop.ui.widgets.fit import accessible

COLUMNS = (QT_TRANSLATE_NOOP("ModelShelfDialog", "Model"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Found in"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Parameters"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Quantisation"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Context"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Chat template"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Size"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Memory needed"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Speed here"),
           QT_TRANSLATE_NOOP("ModelShelfDialog", "Used for"))
RED = "#b00020"
translate = QCoreApplication.translate  # the table cells' words, in the dialog's context
# Where a model was found and what it is used for, as the services name them, marked here to
# be shown in the interface's language.
WORDS = (QT_TRANSLATE_NOOP("ModelShelfDialog", "bundled default"),
         QT_TRANSLATE_NOOP("ModelShelfDialog", "added by hand"),
         QT_TRANSLATE_NOOP("ModelShelfDialog", "app data models/"),
         QT_TRANSLATE_NOOP("ModelShelfDialog", "bundle models/"),
         QT_TRANSLATE_NOOP("ModelShelfDialog", "models/ folder"),
         QT_TRANSLATE_NOOP("ModelShelfDialog", "interviews"),
         QT_TRANSLATE_NOOP("ModelShelfDialog", "background"))


class ModelShelfDialog(QDialog):
    """Works on a copy of the settings; `apply_to` writes the choices back."""

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 free_memory: int | None = None, loader: Loader = load_chat_model) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.draft = copy.deepcopy(settings)
        self.free_memory, self.loader = free_memory, loader
        self.entries: list[ShelfEntry] = []
        self.runner: SpeedTestRunner | None = None
        self.table = QTableWidget(0, len(COLUMNS))
        accessible(self.table, self.tr("Models on the shelf"))
        self.context = QSpinBox()
        accessible(self.context, self.tr("Context size (tokens)"))
        self.free_label, self.details, self.notice = QLabel(), QLabel(), QLabel()
        self.interviews, self.background = QComboBox(), QComboBox()
        self.add_button = QPushButton(self.tr("Add a GGUF file…"))
        self.speed_button = QPushButton(self.tr("Speed test"))
        self.forget_button = QPushButton(self.tr("Take off the shelf"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.resize(1100, 560)  # fits a 1366 x 768 laptop screen with room to spare
        self.refresh()

    # Layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self._build_table()
        self.context.setRange(256, 131072)
        self.context.setSingleStep(1024)
        self.context.setValue(self.draft.n_ctx)
        self.context.setSuffix(self.tr(" tokens"))
        self.context.valueChanged.connect(self._on_context_changed)
        for label in (self.details, self.notice):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setObjectName("shelfNotice")
        self.add_button.clicked.connect(self._browse)
        self.speed_button.clicked.connect(self._start_speed_test)
        self.forget_button.clicked.connect(self._forget_selected)
        self.forget_button.setToolTip(self.tr("Forget a file added by hand (the file is not "
                                              "deleted)."))
        self.speed_button.setToolTip(self.tr("Loads the model and times a short fixed prompt "
                                             "(a few seconds for a small model, longer for a "
                                             "big one)."))
        self.interviews.currentIndexChanged.connect(self._on_choice_changed)
        self.background.currentIndexChanged.connect(self._on_choice_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(self._button_row())
        layout.addLayout(self._choice_form())
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        show_cut_cells(self)

    def _build_table(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the file name takes the room left and is elided (full path in its tooltip), so the
        # figures to its right are never pushed out of sight
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Context size for the estimates:")))
        row.addWidget(self.context)
        row.addStretch(1)
        row.addWidget(self.free_label)
        return row

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.speed_button)
        row.addWidget(self.forget_button)
        row.addStretch(1)
        return row

    def _choice_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Model for interviews"), self.interviews)
        form.addRow(self.tr("Model for background work\n(suggestions, stories, same-value "
                            "checks)"), self.background)
        return form

    # Listing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Describe every model again (after a file was added, or the context changed)."""
        free = self.free_memory if self.free_memory is not None else available_memory()
        self.entries = list_shelf(self.draft, free)
        self.free_label.setText(self.tr("Memory free now: {memory}").format(
            memory=f"{free / 1e9:.1f} GB" if free else self.tr("unknown")))
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, item in enumerate(_row_items(entry)):
                self.table.setItem(row, column, item)
        self._fill_choices()
        if self.entries and not self.table.selectedItems():
            self.table.selectRow(0)

    def _fill_choices(self) -> None:
        interviews, background = chosen_paths(self.draft)
        same = not self.draft.background_model_path
        for combo in (self.interviews, self.background):
            combo.blockSignals(True)
            combo.clear()
        self.background.addItem(self.tr("The same model as interviews"), None)
        for entry in self.entries:
            if entry.problem is None:
                text = f"{entry.path.name} ({self.tr(entry.source)})"
                self.interviews.addItem(text, entry)
                self.background.addItem(text, entry)
        _select(self.interviews, interviews)
        _select(self.background, None if same else background)
        for combo in (self.interviews, self.background):
            combo.blockSignals(False)
        self._on_choice_changed()

    def row_of(self, name: str) -> int:
        """The table row of the file with this name (-1 when it is not on the shelf)."""
        return next((i for i, e in enumerate(self.entries) if e.path.name == name), -1)

    def selected_entry(self) -> ShelfEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    # Reactions -----------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        entry = self.selected_entry()
        self.speed_button.setEnabled(entry is not None and entry.usable
                                     and self.runner is None)
        self.forget_button.setEnabled(entry is not None and entry.source == "added by hand")
        if entry is None:
            self.details.setText(self.tr("No model found. Use “Add a GGUF file…” to choose one."))
            return
        problem = entry.problem or entry.too_big
        # a zero-width space after each separator lets a long path wrap instead of clipping
        where = str(entry.path).replace(os.sep, os.sep + "\u200b")
        text = f"<b>{html.escape(entry.name)}</b> · {html.escape(where)}"
        if problem:
            text += f"<br><span style='color:{RED}'>{html.escape(problem)}</span>"
        self.details.setText(text)

    def _on_context_changed(self, value: int) -> None:
        self.draft.n_ctx = value
        self.refresh()

    def _on_choice_changed(self) -> None:
        """A model that cannot be loaded now is not accepted; the notice says why."""
        problems = [entry.too_big for entry in (self.interviews.currentData(),
                                                self.background.currentData())
                    if entry is not None and entry.too_big]
        if self.interviews.currentData() is None:
            problems.insert(0, self.tr("Choose a model for interviews (add a GGUF file if none "
                                       "is listed)."))
        self.show_notice(" ".join(dict.fromkeys(problems)), error=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(f"color: {RED};" if error else "")

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a GGUF model"), "",
                                              self.tr("GGUF models (*.gguf);;All files (*)"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> bool:
        """Put a file on the shelf; a broken one is refused and the notice says why."""
        try:
            add_model(self.draft, path, self.free_memory)
        except ModelProblem as error:
            self.show_notice(self.tr("{file} was not added: {problem}").format(
                file=path.name, problem=error), error=True)
            return False
        self.refresh()
        self.table.selectRow(self.row_of(path.name))
        self.show_notice(self.tr("{file} added to the shelf.").format(file=path.name))
        return True

    def _forget_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.source == "added by hand":
            forget_model(self.draft, entry.path)
            self.refresh()
            self.show_notice(self.tr("{file} is no longer on the shelf (the file is "
                                     "kept).").format(file=entry.path.name))

    # Speed test ----------------------------------------------------------------------------

    def _start_speed_test(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.runner is not None:
            return
        self.runner = SpeedTestRunner(entry.path, self.draft, self.loader, self)
        self.runner.test_finished.connect(self._on_test_finished)
        self.runner.test_failed.connect(self._on_test_failed)
        self.speed_button.setEnabled(False)
        self.show_notice(self.tr("Timing {file}… (the window stays usable)").format(
            file=entry.path.name))
        self.runner.start()

    def _on_test_finished(self, result: object) -> None:
        self._end_test()
        self.refresh()
        rate = getattr(result, "tokens_per_second", 0.0)
        self.show_notice(self.tr("{file}: {rate} tokens per second on this computer.").format(
            file=getattr(result, "file_name", ""), rate=f"{rate:.1f}"))

    def _on_test_failed(self, problem: str) -> None:
        self._end_test()
        self.show_notice(problem, error=True)

    def _end_test(self) -> None:
        if self.runner is not None:
            self.runner.wait()
            self.runner = None
        self._on_selection_changed()

    def done(self, result: int) -> None:
        if self.runner is not None:
            self.runner.cancel.set()
            self.runner.wait()
        super().done(result)

    # Result --------------------------------------------------------------------------------

    def apply_to(self, settings: Settings) -> None:
        """Write the choices, the context size and the added files into `settings`."""
        interviews: ShelfEntry | None = self.interviews.currentData()
        background: ShelfEntry | None = self.background.currentData()
        if interviews is not None:
            choose_model(self.draft, "interviews", interviews.path, self.free_memory)
        choose_model(self.draft, "background", background.path if background else None,
                     self.free_memory)
        settings.model_path = self.draft.model_path
        settings.background_model_path = self.draft.background_model_path
        settings.added_models = list(self.draft.added_models)
        settings.n_ctx = self.draft.n_ctx


def _select(combo: QComboBox, path: Path | None) -> None:
    for index in range(combo.count()):
        entry: ShelfEntry | None = combo.itemData(index)
        if (entry is None and path is None) or (
                entry is not None and path is not None
                and entry.path.resolve() == path.resolve()):
            combo.setCurrentIndex(index)
            return


def _row_items(entry: ShelfEntry) -> list[QTableWidgetItem]:
    chat = {True: translate("ModelShelfDialog", "yes"), False: translate("ModelShelfDialog", "no"),
            None: "—"}[entry.chat_template]
    speed = (translate("ModelShelfDialog", "{rate} tokens/s").format(
        rate=f"{entry.speed.tokens_per_second:.1f}") if entry.speed
        else translate("ModelShelfDialog", "not tested"))
    texts = (entry.path.name, translate("ModelShelfDialog", entry.source),
             _parameters(entry.parameters),
             entry.quantisation or "—",
             f"{entry.context_length:,}" if entry.context_length else "—", chat,
             f"{entry.size_bytes / 1e9:.2f} GB" if entry.size_bytes else "—",
             _memory_text(entry), speed,
             ", ".join(translate("ModelShelfDialog", role) for role in entry.roles) or "—")
    items = [QTableWidgetItem(text) for text in texts]
    items[0].setToolTip(str(entry.path))
    items[7].setToolTip(_memory_tooltip(entry))
    if entry.problem or entry.too_big:
        for index in (0, 7) if entry.too_big else range(len(items)):
            items[index].setForeground(QColor(RED))
    return items


def _parameters(count: int | None) -> str:
    if not count:
        return "—"
    return f"{count / 1e9:.1f} B" if count >= 1e9 else f"{count / 1e6:.0f} M"


def _memory_text(entry: ShelfEntry) -> str:
    if entry.problem:
        return translate("ModelShelfDialog", "unusable")
    if entry.estimate is None:
        return "—"
    text = f"{entry.estimate.total / 1e9:.2f} GB"
    if entry.too_big:
        return translate("ModelShelfDialog", "{memory} – too big").format(memory=text)
    return text


def _memory_tooltip(entry: ShelfEntry) -> str:
    if entry.problem:
        return entry.problem
    e = entry.estimate
    if e is None:
        return ""
    free = (f"{entry.free_memory / 1e9:.1f} GB" if entry.free_memory
            else translate("ModelShelfDialog", "unknown"))
    return translate("ModelShelfDialog", "At a context of {tokens} tokens: weights {weights} + "
                     "KV cache {cache} + working memory {working}. Free now: {free}.").format(
        tokens=f"{e.n_ctx:,}", weights=f"{e.weights / 1e9:.2f} GB",
        cache=f"{e.kv_cache / 1e9:.2f} GB",
        working=f"{(e.compute + e.overhead) / 1e9:.2f} GB", free=free)

