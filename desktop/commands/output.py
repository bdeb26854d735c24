"""How every command prints: JSON on standard output by default, a table with `--text`.

`--json` stays accepted (researchers' scripts pass it) and means the default. Commands that
write files take `--out DIR`, always a folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.commands.errors import UsageError
from desktop.store import Study, StudyError, open_study


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """`--text` for people, `--json` (the default) for scripts."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", dest="text", action="store_false", default=False,
                       help="print JSON (the default)")
    group.add_argument("--text", dest="text", action="store_true",
                       help="print a table a person reads instead of JSON")


def add_out_folder(parser: argparse.ArgumentParser, required: bool = True,
                   help_text: str = "the folder to write into") -> None:
    parser.add_argument("--out", type=Path, required=required, metavar="DIR", help=help_text)


def emit(args: argparse.Namespace, data: Any, as_text: Callable[[Any], str] | None = None) -> None:
    """Print `data` as JSON, or through `as_text` when the user asked for `--text`."""
    text = (as_text(data) if getattr(args, "text", False) and as_text is not None
            else json.dumps(data, indent=2, ensure_ascii=False, default=str))
    try:
        print(text, flush=True)
    except BrokenPipeError:  # `| head` closed the pipe: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def as_lines(data: Any, indent: int = 0) -> str:
    """Nested dicts and lists as indented `key: value` lines (the `--text` of simple reports)."""
    pad = "  " * indent
    if isinstance(data, dict):
        if not data:
            return f"{pad}(none)"
        return "\n".join(f"{pad}{key}:\n{as_lines(value, indent + 1)}"
                         if isinstance(value, dict | list) and value
                         else f"{pad}{key}: {_scalar(value)}" for key, value in data.items())
    if isinstance(data, list):
        if not data:
            return f"{pad}(none)"
        return "\n".join(as_lines(item, indent) if isinstance(item, dict | list)
                         else f"{pad}- {_scalar(item)}" for item in data)
    return f"{pad}{_scalar(data)}"


def _scalar(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, dict | list):
        return "(none)"
    return str(value)


def add_study_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, metavar="STUDY", help="the study file (.mgstudy)")


def run_on_study(args: argparse.Namespace, act: Callable[[Study], Any],
                 as_text: Callable[[Any], str] | None = None) -> int:
    """Open the study named by `args.study`, `act` on it, print what it returns; a problem
    with the study or the input is a plain sentence on standard error and exit code 2."""
    try:
        with open_study(args.study) as study:
            data = act(study)
    except StudyError as error:
        raise UsageError(str(error)) from error
    emit(args, data, as_text)
    return 0
