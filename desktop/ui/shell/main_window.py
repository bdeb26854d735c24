"""The main window: one page per area, the study file menu, the model status.

Only the first page is built before the window shows; the others (and what they import:
pyqtgraph, numpy, the labelling tools) are built the first time they are shown or asked for,
and so are the dialogs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.__about__ import NAME, STUDY_SUFFIX
from desktop.core.settings import Settings, save_settings
from desktop.store import Study, StudyError, create_study, open_study
from desktop.ui.shell.appearance import apply_appearance
from desktop.ui.shell.area_page import AreaPage
from desktop.ui.shell.lazy_pages import (
    GRAPH_ROW,
    INTERVIEWS_ROW,
    PAGES,
    VALUES_ROW,
    LazyPages,
    page_titles,
)
from desktop.ui.shell.llm_service import LlmService
from desktop.ui.shell.model_status_view import ModelStatusView
from desktop.ui.shell.try_model_panel import TryModelPanel
from desktop.ui.shell.window_menus import all_actions, build_menus
from desktop.ui.widgets.bidi import isolate
from desktop.ui.widgets.fit import ElidedLabel, accessible

if TYPE_CHECKING:
    from desktop.services.merge import MergeReport
    from desktop.ui.graph.graph_page import GraphPage
    from desktop.ui.interviews.interviews_page import InterviewsPage
    from desktop.ui.shell.jobs import JobRunner
    from desktop.ui.shell.merge_runner import MergeRunner
    from desktop.ui.shell.sync_dialog import SyncDialog
    from desktop.ui.values.values_page import ValuesPage

class MainWindow(QMainWindow):
    shown = Signal()
    study_opened = Signal(object)

    def __init__(self, settings: Settings, service: LlmService,
                 background: LlmService | None = None) -> None:
        super().__init__()
        self.settings, self.service = settings, service
        apply_appearance(settings.theme, settings.text_size)  # before the pages measure text
        self.background = background or service  # the interview model unless told otherwise
        self.study: Study | None = None
        self.kiosk = False
        self._jobs: JobRunner | None = None  # File > Merge, made when first used
        self.kiosk_page: AreaPage | None = None
        self.setWindowTitle(NAME)
        self.resize(QSize(1180, 760))
        self.page_set = LazyPages(service, self.background, self._on_page_built)
        self.navigation = QListWidget()
        self.stack = QStackedWidget()
        self.try_panel = TryModelPanel(service)
        self.study_label = ElidedLabel()
        self.model_status = ModelStatusView(service, self.background, self)
        self.model_status.problem_reported.connect(
            lambda problem: self.statusBar().showMessage(problem, 15000))
        self.model_label = self.model_status.model_label
        self.background_label = self.model_status.background_label
        self._build_central()
        self._build_dock()
        build_menus(self)
        self._build_status()

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

    def page_at(self, row: int) -> AreaPage:
        return self.page_set.at(row)

    def _on_page_built(self, row: int, page: AreaPage) -> None:
        page.kiosk_changed.connect(lambda on, p=page: self.set_kiosk(on, p))
        if row == INTERVIEWS_ROW:
            page.vote_recorded.connect(self._on_vote_recorded)  # type: ignore[attr-defined]
        elif row == VALUES_ROW:
            page.voting_panel.vote_recorded.connect(  # type: ignore[attr-defined]
                self._on_vote_recorded)
        if self.study is not None:
            page.show_study(self.study)

    def _on_vote_recorded(self, vote: object) -> None:
        for graph in self.page_set.built(GRAPH_ROW):  # a graph built later reads every vote
            graph.add_votes([vote])  # type: ignore[attr-defined]

    @property
    def jobs(self) -> JobRunner:
        if self._jobs is None:
            from desktop.ui.shell.jobs import JobRunner

            self._jobs = JobRunner(self)
        return self._jobs

    def _build_central(self) -> None:
        self.navigation.setObjectName("navigation")
        accessible(self.navigation, self.tr("Pages"),
                   self.tr("Ctrl+1 to Ctrl+5 go straight to a page"))
        for title, scroller in zip(page_titles(), self.page_set.scrollers, strict=True):
            self.navigation.addItem(title)
            self.stack.addWidget(scroller)
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        self.navigation.setCurrentRow(0)
        self._fit_navigation()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_dock(self) -> None:
        self.try_dock = QDockWidget(self.tr("Try the model"), self)
        self.try_dock.setObjectName("tryDock")
        self.try_dock.setWidget(self.try_panel)
        self.try_dock.setMinimumWidth(260)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.try_dock)
        self.resizeDocks([self.try_dock], [300], Qt.Orientation.Horizontal)

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self._apply_appearance()

    def set_text_size(self, percent: int) -> None:
        self.settings.text_size = percent
        self._apply_appearance()

    def _apply_appearance(self) -> None:
        save_settings(self.settings)
        apply_appearance(self.settings.theme, self.settings.text_size)
        for group, value in ((self.theme_actions, self.settings.theme),
                             (self.text_size_actions, self.settings.text_size)):
            for action in group.actions():
                action.setChecked(action.data() == value)
        self._fit_navigation()

    def remember_try_panel(self, on: bool) -> None:
        self.settings.try_panel_open = on
        save_settings(self.settings)

    def _fit_navigation(self) -> None:
        """As wide as the longest page name in the current text size, no wider."""
        self.navigation.ensurePolished()
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(title) for title in page_titles())
        self.navigation.setFixedWidth(widest + 3 * metrics.averageCharWidth() + 44)

    def _build_status(self) -> None:
        self.statusBar().addWidget(self.study_label, 1)
        self.statusBar().addPermanentWidget(self.model_label)
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
        self.study_label.setText(self.tr("Study: {name}  ·  {path}").format(
            name=isolate(study.meta.name), path=isolate(study.path, left_to_right=True)))
        for page in self.page_set.built():
            page.show_study(study)
        self.refresh_recent_menu()
        # Beside a study the pages need the room: the panel comes back with Ctrl+T.
        self.try_dock.setVisible(self.settings.try_panel_open and not self.kiosk)
        self.study_opened.emit(study)

    def open_study_file(self, path: Path) -> bool:
        try:
            study = open_study(path)
        except StudyError as error:
            QMessageBox.warning(self, self.tr("The study could not be opened"), str(error))
            return False
        self.set_study(study)
        return True

    def choose_study(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open study"), "",
                                              self._study_filter())
        if path:
            self.open_study_file(Path(path))

    def new_study(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New study"),
                                              f"study{STUDY_SUFFIX}", self._study_filter())
        if not path:
            return
        target = Path(path) if path.endswith(STUDY_SUFFIX) else Path(path + STUDY_SUFFIX)
        try:
            self.set_study(create_study(target, target.stem))
        except StudyError as error:
            QMessageBox.warning(self, self.tr("The study could not be created"), str(error))

    def choose_merge(self) -> None:
        if self.study is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Merge another copy of this study"),
                                              "", self._study_filter())
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
            lambda problem: QMessageBox.warning(self, self.tr("The copies could not be merged"),
                                                problem))
        self.statusBar().showMessage(self.tr("Merging {file}…").format(file=other.name))
        return runner

    def _on_merge_finished(self, report: MergeReport) -> None:
        if self.study is not None:
            for page in self.page_set.built():
                page.show_study(self.study)
        self.statusBar().showMessage(
            self.tr("Merged {file}: {added} rows added, {updated} updated.").format(
                file=report.other.name, added=sum(report.added.values()),
                updated=sum(report.updated.values())), 15000)

    def sync_with_server(self) -> SyncDialog | None:
        """File > Sync with server; the pages show the synced study, as after a merge."""
        if self.study is None:
            return None
        from desktop.ui.shell.sync_dialog import SyncDialog

        dialog = SyncDialog(self.settings, self.study.path, self)

        def show_synced(_report: object) -> None:
            if self.study is not None:
                for page in self.page_set.built():
                    page.show_study(self.study)

        dialog.sync_finished.connect(show_synced)
        dialog.open()
        return dialog

    def _study_filter(self) -> str:
        return self.tr("Studies (*{suffix});;All files (*)").format(suffix=STUDY_SUFFIX)

    def refresh_recent_menu(self) -> None:
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
        self.model_status.show_background()
        if note:
            self.statusBar().showMessage(note, 20000)

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
            row = self.page_set.row_of(page) if page is not None else None
            self.show_page(INTERVIEWS_ROW if row is None else row)
        for widget in (self.menuBar(), self.navigation, self.statusBar()):
            widget.setVisible(not on)
        self.try_dock.setVisible(not on and self._dock_was_visible)
        for action in all_actions(self):
            action.setEnabled(not on)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    # Window -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.kiosk_page is not None and not self.kiosk_page.ask_to_leave_kiosk():
            event.ignore()  # a participant cannot close the window: the researcher's PIN can
            return
        for interviews in self.page_set.built(INTERVIEWS_ROW):
            interviews.panel.close_interview()  # type: ignore[attr-defined]
        self.settings.try_panel_open = not self.try_dock.isHidden()
        save_settings(self.settings)
        if self.study is not None:
            self.study.close()
            self.study = None
        super().closeEvent(event)
