"""The main window's menus (File, Go, Model, View, Help) and the actions they hold.

Their texts keep the main window's translation context, so the shell's .ts files hold them
under "MainWindow" as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.__about__ import NAME
from desktop.ui.shell.appearance import TEXT_SIZES, choice_menu, theme_names
from desktop.ui.shell.language_menu import LanguageMenu
from desktop.ui.shell.lazy_pages import page_titles

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate
Shortcut = QKeySequence | QKeySequence.StandardKey


def build_menus(window: MainWindow) -> None:
    """Every menu of the window's menu bar, each action wired to the window's own slot."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    add_action(window, file_menu, translate("MainWindow", "&New study…"), window.new_study,
               QKeySequence.StandardKey.New)
    add_action(window, file_menu, translate("MainWindow", "&Open study…"), window.choose_study,
               QKeySequence.StandardKey.Open)
    window.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &recent"))
    add_action(window, file_menu, translate("MainWindow", "&Merge another laptop's copy…"),
               window.choose_merge)
    add_action(window, file_menu, translate("MainWindow", "S&ync with server…"),
               window.sync_with_server)
    file_menu.addSeparator()
    add_action(window, file_menu, translate("MainWindow", "&Quit"), window.close,
               QKeySequence.StandardKey.Quit)
    go_menu = bar.addMenu(translate("MainWindow", "&Go"))
    for row, title in enumerate(page_titles()):
        add_action(window, go_menu, title, lambda _=False, r=row: window.show_page(r),
                   QKeySequence(f"Ctrl+{row + 1}"))
    model_menu = bar.addMenu(translate("MainWindow", "&Model"))
    add_action(window, model_menu, translate("MainWindow", "&Models…"), window.edit_models)
    add_action(window, model_menu, translate("MainWindow", "Model &settings…"),
               window.edit_model_settings)
    toggle = window.try_dock.toggleViewAction()
    toggle.setText(translate("MainWindow", "&Try the model"))
    toggle.setShortcut(QKeySequence("Ctrl+T"))
    toggle.triggered.connect(window.remember_try_panel)
    model_menu.addAction(toggle)
    _build_view_menu(window, bar.addMenu(translate("MainWindow", "&View")))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    add_action(window, help_menu, translate("MainWindow", "&About {name}").format(name=NAME),
               window.show_about)
    window.refresh_recent_menu()


def _build_view_menu(window: MainWindow, menu: QMenu) -> None:
    """Theme and text size, applied at once; the language, at the next start; all three
    remembered in the settings."""
    settings = window.settings
    window.theme_actions = choice_menu(menu.addMenu(translate("MainWindow", "&Theme")),
                                       theme_names(), settings.theme, window.set_theme)
    window.text_size_actions = choice_menu(
        menu.addMenu(translate("MainWindow", "Text &size")),
        {size: f"{size} %" for size in TEXT_SIZES}, settings.text_size, window.set_text_size)
    window.language_menu = LanguageMenu(settings, window)  # offers to restart the app
    menu.addMenu(window.language_menu)


def add_action(window: MainWindow, menu: QMenu, text: str, slot: Callable[..., object],
               shortcut: Shortcut | None = None) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(shortcut)
        window.addAction(action)  # shortcuts keep working while the menu bar is hidden
    return action


def all_actions(window: MainWindow) -> list[QAction]:
    """The window's own actions and every action of its menus and their submenus."""
    actions = list(window.actions())
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            actions.append(action)
            if action.menu():
                menus.append(action.menu())
    return actions
