"""`bench`: measure this machine and print JSON (`--text` for people; `--out DIR` also writes
DIR/bench.json). Each figure is the median of several runs, all taken in this one run, so
ratios compare like with like.

Later capabilities add their own figures here (one function each, named by what it measures).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.__about__ import SLUG, VERSION
from desktop.bench.startup import app_environment, measure_startup_anchor
from desktop.commands.errors import UsageError
from desktop.commands.output import add_out_folder, add_output_arguments, as_lines, emit
from desktop.core.settings import load_settings
from desktop.llm.catalogue import resolve_model_path
from desktop.llm.llama_model import LlamaChatModel, load_chat_model
from desktop.llm.protocol import LoadSettings

# Each capability adds its figures in its own module: `measure(runs, model) -> dict`.
FIGURE_MODULES = (
    "desktop.bench.interviews",
    "desktop.bench.interview_wait",
    "desktop.bench.labelling",
    "desktop.bench.graph",
    "desktop.bench.merge",
    "desktop.bench.ranking",
    "desktop.bench.interview_quality",
    "desktop.bench.reliability",
    "desktop.bench.sync",
)


OUT_NAME = "bench.json"


def area_of(module: str) -> str:
    """An area is named after its module, with hyphens: interview_quality -> interview-quality."""
    return module.rsplit(".", 1)[1].replace("_", "-")


AREAS = ("foundation", *(area_of(name) for name in FIGURE_MODULES))


def capability_figures(runs: int, model: LlamaChatModel, areas: set[str]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for name in FIGURE_MODULES:
        area = area_of(name)
        if area in areas:
            figures[area] = importlib.import_module(name).measure(runs, model)
    return figures


def _median_of(runs: int, measure: Callable[[], float]) -> dict[str, float]:
    values = [measure() for _ in range(runs)]
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3), "runs": runs}


def _app_command(*args: str) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "desktop", *args]


def _process_seconds(args: list[str], home: Path, until: str | None = None) -> float:
    """Whole-process time: from spawning the app to `until` on stdout (or to its exit)."""
    env = app_environment(home)  # bytecode cached, as the start-up anchor has it
    started = time.perf_counter()
    with subprocess.Popen(_app_command(*args), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True, env=env) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if until and until in line:
                elapsed = time.perf_counter() - started
                process.wait(timeout=60)
                return elapsed
        code = process.wait(timeout=300)
    if code != 0 or until:
        raise RuntimeError(f"{' '.join(args)} exited with {code}")
    return time.perf_counter() - started


def measure_startup(runs: int, home: Path) -> dict[str, Any]:
    _process_seconds(["--quit-when-shown"], home, "main window shown")  # makes the demo study
    return {
        "startup_to_main_window_s": _median_of(
            runs, lambda: _process_seconds(["--quit-when-shown"], home, "main window shown")),
        "self_test_s": _median_of(max(3, runs // 2),
                                  lambda: _process_seconds(["--self-test"], home)),
    }


def measure_model_load(runs: int, path: Path, settings: LoadSettings) -> dict[str, Any]:
    load_chat_model(path, settings)  # the first load also hashes the file (cached after)
    return {"model_load_s": _median_of(runs, lambda: _timed(lambda: load_chat_model(path,
                                                                                    settings)))}


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def bundle_size(folder: Path) -> dict[str, Any]:
    if not folder.is_dir():
        return {"bundle_size_mb": None, "bundle_note": f"{folder} not built (scripts/build-bundle)"}
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return {"bundle_size_mb": round(size / 1e6, 1), "bundle_path": str(folder)}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median reported)")
    add_out_folder(parser, required=False, help_text=f"also write the JSON to DIR/{OUT_NAME}")
    parser.add_argument("--bundle", type=Path, default=Path("dist") / SLUG,
                        help="the built bundle folder whose size to report")
    parser.add_argument("--only", default=",".join(AREAS), metavar="AREA,...",
                        help=f"measure only these areas (of {', '.join(AREAS)})")
    add_output_arguments(parser)


def run(args: argparse.Namespace) -> int:
    areas = {area.strip().replace("_", "-") for area in args.only.split(",") if area.strip()}
    if not areas or areas - set(AREAS):
        raise UsageError(f"--only takes areas from: {', '.join(AREAS)}.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a benchmark needs no screen
    from desktop.ui.bench.streaming_benchmark import measure_streaming  # Qt only from here on

    settings = load_settings()
    path = resolve_model_path(settings.model_path)
    load = LoadSettings(n_threads=settings.n_threads, n_ctx=settings.n_ctx)
    figures: dict[str, Any] = {
        "app_version": VERSION, "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores", "model": path.name,
        "threads": load.n_threads}
    model: LlamaChatModel = load_chat_model(path, load)
    if "foundation" in areas:
        with tempfile.TemporaryDirectory(prefix="mgs-bench-") as home:
            figures.update(measure_startup(args.runs, Path(home)))
            figures.update(measure_startup_anchor(args.runs, Path(home)))
        figures.update(measure_model_load(args.runs, path, load))
        figures["streaming"] = measure_streaming(model, max(9, args.runs))
        figures.update(bundle_size(args.bundle))
    figures.update(capability_figures(args.runs, model, areas))
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    emit(args, figures, as_lines)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / OUT_NAME).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0
