"""The `moral-graph-studio` command: the desktop app with no arguments, headless commands else.

Exit codes: 0 done, 1 the work failed, 2 the input was wrong (a bad file, an empty prompt).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.__about__ import SLUG, VERSION
from desktop.commands.errors import UsageError

__all__ = ["COMMANDS", "UsageError", "build_parser", "main"]

# Headless commands: (name, module, help). Each module has `add_arguments(parser)` and
# `run(args) -> int`. A module that fails to import fails the command line loudly.
COMMANDS = (
    ("study", "desktop.commands.study", "create or describe a study file"),
    ("generate", "desktop.commands.generate", "stream a reply from the local model"),
    ("interview", "desktop.commands.interview", "run a scripted interview (pilot a question)"),
    ("import", "desktop.commands.importing", "import questions, items, labels or MGE data"),
    ("export", "desktop.commands.exporting", "export interviews, labels or the moral graph"),
    ("agreement", "desktop.commands.agreement", "inter-annotator agreement as JSON"),
    ("values", "desktop.commands.values", "group confirmed cards into the graph's values"),
    ("rank", "desktop.commands.rank", "rank the moral graph's values"),
    ("merge", "desktop.commands.merge", "merge another laptop's study file into this one"),
    ("sync", "desktop.commands.sync", "sync the study file with the lab's PostgreSQL server"),
    ("bench", "desktop.bench.command", "measure this machine; prints JSON"),
    ("questions", "desktop.commands.questions", "list, add, edit or archive the questions"),
    ("participants", "desktop.commands.participants",
     "list or add participants; record a withdrawal of consent"),
    ("annotators", "desktop.commands.annotators", "list or add annotators; set their group"),
    ("assign", "desktop.commands.assign", "give each item to N annotators"),
    ("labels", "desktop.commands.labels", "list the annotators' labels"),
    ("stories", "desktop.commands.stories",
     "draft upgrade stories with the local model; review them"),
    ("votes", "desktop.commands.votes", "list the wiser-than votes"),
    ("models", "desktop.commands.models", "list the model shelf, or time one model"),
)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: only the command named there has its module imported (every
    command is listed in the help), so opening the window waits for no command's imports.
    With no `argv`, every command's module is imported (a mistyped one fails loudly)."""
    named = set(argv) if argv is not None else {name for name, *_ in COMMANDS}
    parser = argparse.ArgumentParser(
        prog=SLUG, description="Elicit and label human values offline. With no command, "
        "opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"{SLUG} {VERSION}")
    parser.add_argument("--self-test", action="store_true",
                        help="offscreen check: temporary study, default model, every page")
    parser.add_argument("--screenshot", type=Path, help="with --self-test: save a PNG here")
    parser.add_argument("--language", metavar="CODE",
                        help="the window's language for this run: en, es or ar (default: the "
                        "one chosen under View > Language)")
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module, help_text in COMMANDS:
        command = commands.add_parser(name, help=help_text)
        command.set_defaults(module=module)
        if name in named:
            importlib.import_module(module).add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(argv).parse_args(argv)
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
        return app.self_test(args.screenshot, args.language)
    if args.command is None:
        return app.start_desktop(quit_when_shown=args.quit_when_shown, language=args.language)
    result: int = importlib.import_module(args.module).run(args)
    return result
