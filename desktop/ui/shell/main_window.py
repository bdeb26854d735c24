"""The main window: one page per area, the study file menu, the model status.

Only the first page is built before the window shows; the others (and what they import:
pyqtgraph, numpy, the labelling tools) are built the first time they are shown or asked for.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from desktop.__about__ import NAME, STUDY_SUFFIX
from desktop.core.settings import Settings, save_settings
from desktop.llm.protocol import ModelIdentity
from desktop.store import Study, StudyError, create_study, open_study
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.try_model_panel import TryModelPanel

if TYPE_CHECKING:
    from desktop.store.merge import MergeReport
    from desktop.ui.graph.graph_page import GraphPage
    from desktop.ui.interviews.interviews_page import InterviewsPage
    from desktop.ui.shell.jobs import JobRunner
    from desktop.ui.shell.merge_runner import MergeRunner
    from desktop.ui.values.values_page import ValuesPage

STUDY_FILTER = f"Studies (*{STUDY_SUFFIX});;All files (*)"

# The pages in order: title, module, class, whether it runs on the background model
# (suggestions, stories, same-value checks) rather than the interview model.
PAGES = (
    ("Study", "desktop.ui.study.study_page", "StudyPage", False),
    ("Interviews", "desktop.ui.interviews.interviews_page", "InterviewsPage", False),
    ("Labelling", "desktop.ui.labelling.labelling_page", "LabellingPage", True),
    ("Values & voting", "desktop.ui.values.values_page", "ValuesPage", True),
    ("Moral graph", "desktop.ui.graph.graph_page", "GraphPage", False),
)
INTERVIEWS_ROW, VALUES_ROW, GRAPH_ROW = 1, 3, 4


class MainWindow(QMainWindow):
    shown = Signal()
    study_opened = Signal(object)

    def __init__(self, settings: Settings, service: LlmService,
                 background: LlmService | None = None) -> None:
        super().__init__()
        self.settings, self.service = settings, service
        self.background = background or service  # the interview model unless told otherwise
        self.study: Study | None = None
        self.kiosk = False
        self._jobs: JobRunner | None = None  # File > Merge, made when first used
        self.setWindowTitle(NAME)
        self.resize(QSize(1180, 760))
        self._pages: list[AreaPage | None] = [None] * len(PAGES)
        self._scrollers: list[QScrollArea] = []
        self.navigation = QListWidget()
        self.stack = QStackedWidget()
        self.try_panel = TryModelPanel(service)
        self.study_label, self.model_label = QLabel(), QLabel()
        self.background_label = QLabel()
        self.kiosk_page: AreaPage | None = None
        self._build_central()
        self._build_dock()
        self._build_menus()
        self._build_status()
        service.model_loading.connect(self._on_model_loading)
        service.model_loaded.connect(self._on_model_loaded)
        service.model_failed.connect(self._on_model_failed)
        if self.background is not service:
            for signal in (self.background.model_loaded, self.background.model_failed):
                signal.connect(lambda _value: self._on_background_changed())

    # Pages ------------------------------------------------------------------------------------

    @property
    def pages(self) -> list[AreaPage]:
        """Every page, in order (building those not built yet)."""
        return [self.page_at(row) for row in range(len(PAGES))]

    @property
    def interviews(self) -> InterviewsPage:
        return self.page_at(INTERVIEWS_ROW)  # type: ignore[return-value]

    @property
    def values(self) -> ValuesPage:
        return self.page_at(VALUES_ROW)  # type: ignore[return-value]

    @property
    def graph(self) -> GraphPage:
        return self.page_at(GRAPH_ROW)  # type: ignore[return-value]

    def built_pages(self) -> list[AreaPage]:
        return [page for page in self._pages if page is not None]

    def page_at(self, row: int) -> AreaPage:
        """The page of `row`, built (and shown the open study) the first time it is asked for."""
        page = self._pages[row]
        if page is None:
            _title, module, name, background = PAGES[row]
            page_class = getattr(importlib.import_module(module), name)
            page = page_class(self.background if background else self.service)
            self._pages[row] = page
            self._scrollers[row].setWidget(page)
            page.kiosk_changed.connect(lambda on, p=page: self.set_kiosk(on, p))
            if row == INTERVIEWS_ROW:
                page.panel.vote_recorded.connect(self._on_vote_recorded)
            elif row == VALUES_ROW:
                page.voting_panel.vote_recorded.connect(self._on_vote_recorded)
            if self.study is not None:
                page.show_study(self.study)
        return page

    def _on_vote_recorded(self, vote: object) -> None:
        graph = self._pages[GRAPH_ROW]
        if graph is not None:  # a graph built later reads every vote from the study
            graph.add_votes([vote])  # type: ignore[attr-defined]

    @property
    def jobs(self) -> JobRunner:
        if self._jobs is None:
            from desktop.ui.shell.jobs import JobRunner

            self._jobs = JobRunner(self)
        return self._jobs

    def _build_central(self) -> None:
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        for title, *_ in PAGES:
            self.navigation.addItem(title)
            # A page wider than a small laptop screen scrolls instead of widening the window.
            scroller = QScrollArea()
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            self._scrollers.append(scroller)
            self.stack.addWidget(scroller)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self.navigation.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_dock(self) -> None:
        self.try_dock = QDockWidget("Try the model", self)
        self.try_dock.setObjectName("tryDock")
        self.try_dock.setWidget(self.try_panel)
        self.try_dock.setMinimumWidth(340)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.try_dock)
        self.try_dock.setVisible(self.settings.show_try_panel)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._add_action(file_menu, "&New study…", self.new_study, QKeySequence.StandardKey.New)
        self._add_action(file_menu, "&Open study…", self.choose_study,
                         QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self._add_action(file_menu, "&Merge another laptop's copy…", self.choose_merge)
        file_menu.addSeparator()
        self._add_action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)
        go_menu = self.menuBar().addMenu("&Go")
        for row, (title, *_) in enumerate(PAGES):
            self._add_action(go_menu, title, lambda _=False, r=row: self.show_page(r),
                             QKeySequence(f"Ctrl+{row + 1}"))
        model_menu = self.menuBar().addMenu("&Model")
        self._add_action(model_menu, "&Models…", self.edit_models)
        self._add_action(model_menu, "Model &settings…", self.edit_model_settings)
        toggle = self.try_dock.toggleViewAction()
        toggle.setText("&Try the model")
        toggle.setShortcut(QKeySequence("Ctrl+T"))
        model_menu.addAction(toggle)
        help_menu = self.menuBar().addMenu("&Help")
        self._add_action(help_menu, f"&About {NAME}", self.show_about)
        self._refresh_recent_menu()

    def _add_action(self, menu, text, slot, shortcut=None) -> QAction:  # type: ignore[no-untyped-def]
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
            self.addAction(action)  # shortcuts keep working while the menu bar is hidden
        return action

    def _build_status(self) -> None:
        self.statusBar().addWidget(self.study_label, 1)
        self.model_label.setObjectName("modelStatus")
        self.statusBar().addPermanentWidget(self.model_label)
        self.background_label.setObjectName("backgroundModelStatus")
        self.background_label.hide()
        self.statusBar().addPermanentWidget(self.background_label)

    def show_page(self, row: int) -> None:
        self.navigation.setCurrentRow(row)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.page_at(row)  # built before its place in the stack shows
        self.stack.setCurrentIndex(row)

    def current_page(self) -> AreaPage:
        return self.page_at(self.stack.currentIndex())

    # Studies -----------------------------------------------------------------------------

    def set_study(self, study: Study) -> None:
        if self.study is not None:
            self.study.close()
        self.study = study
        self.settings.remember_study(study.path)
        save_settings(self.settings)
        self.setWindowTitle(f"{study.meta.name} — {NAME}")
        self.study_label.setText(f"Study: {study.meta.name}  ·  {study.path}")
        for page in self.built_pages():
            page.show_study(study)
        self._refresh_recent_menu()
        self.study_opened.emit(study)

    def open_study_file(self, path: Path) -> bool:
        try:
            study = open_study(path)
        except StudyError as error:
            QMessageBox.warning(self, "The study could not be opened", str(error))
            return False
        self.set_study(study)
        return True

    def choose_study(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open study", "", STUDY_FILTER)
        if path:
            self.open_study_file(Path(path))

    def new_study(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New study", f"study{STUDY_SUFFIX}",
                                              STUDY_FILTER)
        if not path:
            return
        target = Path(path) if path.endswith(STUDY_SUFFIX) else Path(path + STUDY_SUFFIX)
        try:
            self.set_study(create_study(target, target.stem))
        except StudyError as error:
            QMessageBox.warning(self, "The study could not be created", str(error))

    def choose_merge(self) -> None:
        if self.study is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, "Merge another copy of this study", "",
                                              STUDY_FILTER)
        if path:
            self.merge_from(Path(path))

    def merge_from(self, other: Path) -> MergeRunner | None:
        """Merge in the background; the pages show the merged study when it is done."""
        if self.study is None:
            return None
        from desktop.ui.shell.merge_runner import MergeRunner

        runner = MergeRunner(self.jobs, self.study.path, other, self)
        runner.merge_finished.connect(self._on_merge_finished)
        runner.merge_failed.connect(
            lambda problem: QMessageBox.warning(self, "The copies could not be merged", problem))
        self.statusBar().showMessage(f"Merging {other.name}…")
        return runner

    def _on_merge_finished(self, report: MergeReport) -> None:
        if self.study is not None:
            for page in self.built_pages():
                page.show_study(self.study)
        added = sum(report.added.values())
        self.statusBar().showMessage(f"Merged {report.other.name}: {added} rows added, "
                                     f"{sum(report.updated.values())} updated.", 15000)

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, text in enumerate(self.settings.recent_studies, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(text).name}  —  {text}")
            action.triggered.connect(lambda _=False, p=text: self.open_study_file(Path(p)))
        self.recent_menu.setEnabled(bool(self.settings.recent_studies))

    # Model --------------------------------------------------------------------------------

    def edit_model_settings(self) -> None:
        from desktop.ui.shell.model_settings_dialog import ModelSettingsDialog

        dialog = ModelSettingsDialog(self.settings, self)
        if dialog.exec():
            dialog.apply_to(self.settings)
            save_settings(self.settings)
            self.load_model()

    def edit_models(self) -> None:
        """The model shelf; the models are reloaded only when a choice or the context changed."""
        from desktop.ui.shell.model_shelf_dialog import ModelShelfDialog

        dialog = ModelShelfDialog(self.settings, self)
        before = self._model_choice()
        if dialog.exec():
            dialog.apply_to(self.settings)
            save_settings(self.settings)
            if self._model_choice() != before:
                self.load_model()

    def _model_choice(self) -> tuple[str, str, int]:
        s = self.settings
        return s.model_path, s.background_model_path, s.n_ctx

    def load_model(self) -> None:
        from desktop.ui.shell.model_loading import load_chosen_models

        note = load_chosen_models(self.service, self.background, self.settings)
        self._on_background_changed()
        if note:
            self.statusBar().showMessage(note, 20000)

    def _on_background_changed(self) -> None:
        """A second status entry while background work runs its own model."""
        own = self.background is not self.service and self.background.shared_with is None
        identity, problem = self.background.identity, self.background.load_error
        self.background_label.setVisible(own)
        self.background_label.setText(
            f"Background: {identity.file_name}" if identity else
            "Background: not loaded" if problem else "Background: loading…")
        self.background_label.setToolTip(problem or "Labelling suggestions, stories and "
                                         "same-value checks use this model.")
        self.background_label.setStyleSheet("color: #b00020;" if problem else "")

    def _on_model_loading(self, path: str) -> None:
        self.model_label.setText(f"Model: loading {Path(path).name}…")
        self.model_label.setStyleSheet("")

    def _on_model_loaded(self, identity: ModelIdentity) -> None:
        context = f" · context {identity.context_length:,}" if identity.context_length else ""
        self.model_label.setText(f"Model: {identity.file_name} · "
                                 f"{identity.size_bytes / 1e6:,.0f} MB{context}")
        self.model_label.setToolTip(f"{identity.name}\nSHA-256 {identity.sha256}")
        self.model_label.setStyleSheet("")

    def _on_model_failed(self, problem: str) -> None:
        self.model_label.setText("Model: not loaded (see Model > Models)")
        self.model_label.setToolTip(problem)
        self.model_label.setStyleSheet("color: #b00020;")
        self.statusBar().showMessage(problem, 15000)

    def show_about(self) -> None:
        from desktop.ui.shell.about_dialog import AboutDialog

        AboutDialog(self.service.identity, self).exec()

    # Kiosk mode ---------------------------------------------------------------------------

    def set_kiosk(self, on: bool, page: AreaPage | None = None) -> None:
        """Only the participant's interview or voting on screen: no menus, pages, panel or
        shortcuts."""
        if on == self.kiosk:
            return
        self.kiosk = on
        self.kiosk_page = page if on else None
        if on:
            self._dock_was_visible = self.try_dock.isVisible()
            self.show_page(self._pages.index(page) if page in self._pages else INTERVIEWS_ROW)
        for widget in (self.menuBar(), self.navigation, self.statusBar()):
            widget.setVisible(not on)
        self.try_dock.setVisible(not on and self._dock_was_visible)
        for action in self._all_actions():
            action.setEnabled(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _all_actions(self) -> list[QAction]:
        actions = list(self.actions())
        menus = [a.menu() for a in self.menuBar().actions() if a.menu()]
        while menus:
            menu = menus.pop()
            for action in menu.actions():
                actions.append(action)
                if action.menu():
                    menus.append(action.menu())
        return actions

    # Window -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.kiosk_page is not None and not self.kiosk_page.ask_to_leave_kiosk():
            event.ignore()  # a participant cannot close the window: the researcher's PIN can
            return
        interviews = self._pages[INTERVIEWS_ROW]
        if interviews is not None:
            interviews.panel.close_interview()  # type: ignore[attr-defined]
        self.settings.show_try_panel = self.try_dock.isVisible()
        save_settings(self.settings)
        if self.study is not None:
            self.study.close()
            self.study = None
        super().closeEvent(event)
