"""`models`: list the model shelf; `models test FILE`: time a model on this machine."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.__about__ import SLUG
from desktop.commands.output import add_output_arguments, emit
from desktop.core.settings import load_settings
from desktop.services.models import ModelProblem, list_shelf, run_speed_test


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_output_arguments(parser)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    test = verbs.add_parser("test", help="run the short speed test; prints tokens per second")
    test.add_argument("file", type=Path, help="the GGUF file to time")
    test.add_argument("--threads", type=int, default=None, help="CPU threads (default: "
                      "the app's setting)")
    add_output_arguments(test)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "verb", None) == "test":
        return _test(args)
    emit(args, [entry.as_dict() for entry in list_shelf(load_settings())], _table)
    return 0


def _test(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.threads is not None:
        if args.threads < 1:
            return _refuse("--threads must be at least 1.")
        settings.n_threads = args.threads
    try:
        result = run_speed_test(args.file, settings)
    except ModelProblem as error:
        return _refuse(str(error))
    data = {"file": str(args.file), **asdict(result)}
    emit(args, data, lambda d: (f"{args.file.name}: {d['tokens_per_second']:.1f} tokens/s "
                                f"({d['tokens']} tokens, {d['n_threads']} threads, context "
                                f"{d['n_ctx']:,})"))
    return 0


def _refuse(problem: str) -> int:
    """Bad input: one plain sentence on standard error, exit code 2 (as desktop.cli does)."""
    print(f"{SLUG}: {problem}", file=sys.stderr)
    return 2


def _table(rows: list[dict[str, Any]]) -> str:
    header = ("model", "params", "quant", "context", "template", "size", "memory needed/free",
              "tok/s", "used for")
    lines = [header] + [_row(row) for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
            .rstrip() for line in lines]
    text += [f"{row['file']}: {row['problem']}" for row in rows if row["problem"]]
    return "\n".join(text)


def _row(row: dict[str, Any]) -> tuple[str, ...]:
    need, free = row["memory_needed_bytes"], row["memory_free_bytes"]
    memory = (f"{_gb(need)} / {_gb(free)}" + ("" if row["fits"] else " (too big)")
              if need else "unusable")
    speed = row["tokens_per_second"]
    template = {True: "yes", False: "no", None: "-"}[row["chat_template"]]
    return (Path(row["file"]).name, parameters_text(row["parameters"]),
            row["quantisation"] or "-", f"{row['context_length']:,}" if row["context_length"]
            else "-", template, _gb(row["size_bytes"]), memory,
            f"{speed:.1f}" if speed else "-", ", ".join(row["used_for"]) or "-")


def parameters_text(count: int | None) -> str:
    if not count:
        return "-"
    return f"{count / 1e9:.1f}B" if count >= 1e9 else f"{count / 1e6:.0f}M"


def _gb(value: int | None) -> str:
    return "-" if value is None else f"{value / 1e9:.2f} GB"
