"""The interface's language: chosen in the settings (by default the system's), loaded once at
start as one QTranslator per area plus Qt's own, with Arabic laid out right to left."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.core import paths
from desktop.ui.shell.translation_files import (
    TranslationFileError,
    compile_ts,
    is_stale,
    lrelease,
    sources,
)

log = logging.getLogger(__name__)

SUPPORTED = ("en", "es", "ar")
SYSTEM = ""  # the setting that follows the system's language
# Each language named in itself, so that anyone finds their own in the menu.
NATIVE_NAMES = {"en": "English", "es": "Español", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"ar"})


@dataclass
class LoadedLanguage:
    """What `install_language` did: the language in use and the translators it installed."""

    language: str = "en"
    areas: list[str] = field(default_factory=list)
    translators: list[QTranslator] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


_loaded = LoadedLanguage()


def system_language() -> str:
    """The system locale's language when the app speaks it, else English."""
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in SUPPORTED else "en"


def resolve(choice: str | None) -> str:
    """The language for a setting or a --language value ("" or unknown: the system's)."""
    code = (choice or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in SUPPORTED else system_language()


def current() -> LoadedLanguage:
    return _loaded


def compiled_files(language: str) -> tuple[list[Path], list[str]]:
    """The .qm of every area of `language`: shipped in the bundle, else compiled from the .ts
    into the cache folder when missing or stale. Also the problems met, in plain words."""
    folder = paths.resource("translations")
    shipped = sorted(folder.glob(f"*_{language}.qm")) if paths.bundle_dir() else []
    if shipped:
        return shipped, []
    found, problems = [], []
    cache = paths.cache_dir() / "translations"
    pairs = [(source, cache / f"{source.stem}.qm") for source in sources(folder, language)]
    tool = lrelease() if any(is_stale(*pair) for pair in pairs) else None
    for source, target in pairs:
        if is_stale(source, target):
            try:
                compile_ts(source, target, tool)
            except TranslationFileError as error:
                problems.append(str(error))
                continue
        found.append(target)
    return found, problems


def install_language(choice: str | None) -> LoadedLanguage:
    """Load the chosen language into the application before any widget is built; what cannot
    be loaded is logged as a warning and that part of the interface stays in English."""
    global _loaded
    remove_language()
    app = QCoreApplication.instance()
    language = resolve(choice)
    loaded = LoadedLanguage(language)
    if app is None or language == "en":
        _loaded = loaded
        return loaded
    files, loaded.problems = compiled_files(language)
    if not files and not loaded.problems:
        loaded.problems.append(f"no translation files for {language!r}")
    for path in files + _qt_own(language):
        translator = QTranslator(app)
        if translator.load(str(path)) and app.installTranslator(translator):
            loaded.translators.append(translator)
            loaded.areas.append(path.stem.rsplit("_", 1)[0])
        else:
            loaded.problems.append(f"{path.name} could not be loaded")
    for problem in loaded.problems:
        log.warning("interface language %s: %s; shown in English instead", language, problem)
    if loaded.translators and language in RIGHT_TO_LEFT and isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    _loaded = loaded
    return loaded


def _qt_own(language: str) -> list[Path]:
    """Qt's own words (standard buttons, context menus) in `language`, when Qt ships them."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    path = folder / f"qtbase_{language}.qm"
    return [path] if path.is_file() else []


def remove_language() -> None:
    """Back to English, left to right (tests switch languages within one application)."""
    global _loaded
    app = QCoreApplication.instance()
    for translator in _loaded.translators:
        if app is not None:
            app.removeTranslator(translator)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    _loaded = LoadedLanguage()


def restart_command(argv: list[str] | None = None) -> list[str]:
    """The command that starts this app again as it was started, less any --language (the
    saved choice must win): the executable in a bundle, `python -m desktop` from source."""
    args, skip = [], False
    for arg in (sys.argv[1:] if argv is None else argv):
        if skip:
            skip = False
        elif arg == "--language":
            skip = True
        elif not arg.startswith("--language="):
            args.append(arg)
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "desktop", *args]
