"""The `moral-graph-studio` command: the desktop app with no arguments, headless commands else.

Exit codes: 0 done, 1 the work failed, 2 the input was wrong (a bad file, an empty prompt).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.__about__ import SLUG, VERSION


class UsageError(Exception):
    """Bad input from the user: printed as one plain sentence, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=SLUG, description="Elicit and label human values offline. With no command, "
        "opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"{SLUG} {VERSION}")
    parser.add_argument("--self-test", action="store_true",
                        help="offscreen check: temporary study, default model, every page")
    parser.add_argument("--screenshot", type=Path, help="with --self-test: save a PNG here")
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_study_commands(commands)
    _add_generate_command(commands)
    _add_bench_command(commands)
    return parser


def _add_study_commands(commands: argparse._SubParsersAction) -> None:
    study = commands.add_parser("study", help="create or describe a study file")
    actions = study.add_subparsers(dest="study_command", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="create a new, empty study file")
    new.add_argument("path", type=Path)
    new.add_argument("--name", default="", help="the study's name (default: the file name)")
    new.add_argument("--demo", action="store_true", help="add the demo questions")
    info = actions.add_parser("info", help="print the study's tables and row counts as JSON")
    info.add_argument("path", type=Path)


def _add_generate_command(commands: argparse._SubParsersAction) -> None:
    generate = commands.add_parser("generate", help="stream a reply from the local model")
    generate.add_argument("--prompt", required=True, help="what to ask the model")
    generate.add_argument("--system", default="", help="an optional system message")
    generate.add_argument("--model", default="", help="a GGUF file (default: SmolLM2-135M)")
    generate.add_argument("--max-tokens", type=int, default=256)
    generate.add_argument("--temperature", type=float, default=0.7)
    generate.add_argument("--seed", type=int, default=None)
    generate.add_argument("--threads", type=int, default=None)
    generate.add_argument("--json", action="store_true",
                          help="print the reply and its audit fields as JSON at the end")


def _add_bench_command(commands: argparse._SubParsersAction) -> None:
    bench = commands.add_parser("bench", help="measure this machine; prints JSON")
    bench.add_argument("--runs", type=int, default=5, help="runs per figure (median reported)")
    bench.add_argument("--out", type=Path, help="also write the JSON to this file")
    bench.add_argument("--bundle", type=Path, default=Path("dist") / SLUG,
                       help="the built bundle folder whose size to report")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except UsageError as error:
        print(f"{SLUG}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\n{SLUG}: stopped.", file=sys.stderr)
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    from desktop import app

    if args.self_test:
        return app.self_test(args.screenshot)
    if args.command is None:
        return app.start_desktop(quit_when_shown=args.quit_when_shown)
    if args.command == "study":
        from desktop.commands.study import run_study_command

        return run_study_command(args)
    if args.command == "generate":
        from desktop.commands.generate import run_generate

        return run_generate(args)
    from desktop.commands.bench import run_bench

    return run_bench(args)
