"""Composition root: logging, then the desktop window (Qt is imported only from here on)."""

from __future__ import annotations

import gc
import logging
import logging.handlers
import os
import sys
from pathlib import Path
from typing import NoReturn

from desktop.core import paths


def configure_logging(verbose: bool = False) -> Path:
    """Log to a rotating file in the log folder; to the console too when asked."""
    log_file = paths.log_dir() / "moral-graph-studio.log"
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3,
                                             encoding="utf-8")]
    if verbose:
        handlers.append(logging.StreamHandler())
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=handlers,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
    return log_file


def start_desktop(quit_when_shown: bool = False, language: str | None = None) -> int:
    """The window; `language` overrides the one chosen in the settings for this run."""
    gc.disable()  # as the window's collector will have it (ui/shell/garbage.py): the start
    configure_logging()  # makes objects by the hundred thousand, and dropped few of them
    from desktop.ui.shell.application import run_gui  # Qt loads only when a window is wanted

    return run_gui(quit_when_shown=quit_when_shown, language=language)


def self_test(screenshot: Path | None, language: str | None = None) -> NoReturn:
    """Run the self-test, print its report, and end the process there: its temporary study is
    gone and the model's thread stopped, and taking down the five pages' widgets, pyqtgraph
    and the model one object at a time would add half a second or more to the check."""
    from desktop.ui.shell.self_test import run_self_test

    code = run_self_test(screenshot, language)
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()
    os._exit(code)
