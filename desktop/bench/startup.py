"""Start-up against an anchor: the app's main window and a bare PySide6 window, both spawned as
whole processes in the same run, alternating, so their ratio holds on a busy machine."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

SHOWN = "main window shown"

# The least a PySide6 app can do, run by path so that no package of ours is imported.
BARE_WINDOW = Path(__file__).resolve().parents[1] / "ui" / "bench" / "bare_window.py"


def app_window_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "--quit-when-shown"]
    return [sys.executable, "-m", "desktop", "--quit-when-shown"]


def bare_window_command() -> list[str] | None:
    """None in a frozen bundle: its executable is the app, not a Python that runs a script."""
    return None if getattr(sys, "frozen", False) else [sys.executable, str(BARE_WINDOW)]


def app_environment(home: Path) -> dict[str, str]:
    """Bytecode cached (in the bench's home), as an installed app has it: a start that
    compiles every module from source measures the checkout, not the app."""
    env = {**os.environ, "MGS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPYCACHEPREFIX": str(home / "bytecode")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def seconds_to_shown(command: list[str], home: Path) -> float:
    """From spawning the process to its "main window shown" line."""
    env = app_environment(home)
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                          env=env) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if SHOWN in line:
                elapsed = time.perf_counter() - started
                process.wait(timeout=60)
                return elapsed
        code = process.wait(timeout=300)
    raise RuntimeError(f"{command[-1][:40]!r} exited with {code} before showing a window")


def measure_startup_anchor(runs: int, home: Path) -> dict[str, Any]:
    """Median of `runs` alternating pairs (app, bare window) and the median of their ratios."""
    bare = bare_window_command()
    if bare is None:
        return {"startup_anchor": None, "startup_anchor_note": "not measured in a bundle"}
    app = app_window_command()
    for warm_up in (app, bare):  # the first start makes the demo study and the bytecode
        seconds_to_shown(warm_up, home)
    pairs = [(seconds_to_shown(app, home), seconds_to_shown(bare, home)) for _ in range(runs)]
    return {"startup_anchor": {
        "app_s": round(statistics.median(a for a, _ in pairs), 3),
        "bare_window_s": round(statistics.median(b for _, b in pairs), 3),
        "ratio": round(statistics.median(a / b for a, b in pairs), 2),
        "pairs": runs, "bytecode": "cached", "load_average": round(os.getloadavg()[0], 2)}}
