"""`sync STUDY --server URL [--init]`: exchange changes with the lab's PostgreSQL server.

The password never goes on the command line: libpq reads PGPASSWORD, PGSERVICE or ~/.pgpass
(see docs/server.md); TLS follows `sslmode` in the URL.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands.output import add_output_arguments, emit
from desktop.services.sync import ServerError, ServerRefused, sync_with_server
from desktop.store import StudyError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("study", type=Path, help="the study file (it is changed)")
    parser.add_argument("--server", required=True, metavar="URL",
                        help="postgresql://user@host/database?sslmode=verify-full, no password")
    parser.add_argument("--init", action="store_true",
                        help="create or upgrade the study on the server (the lab's database "
                        "owner runs this once per study and per app upgrade)")
    parser.add_argument("--quiet", action="store_true", help="no progress on standard error")
    add_output_arguments(parser)
    parser.set_defaults(text=False)  # JSON unless --text (the group's first action sets True)


def run(args: argparse.Namespace) -> int:
    from desktop.commands.errors import UsageError

    try:
        report = sync_with_server(args.study, args.server, init=args.init,
                                  progress=None if args.quiet else _progress)
    except (StudyError, ServerRefused) as error:
        raise UsageError(str(error)) from error
    except ServerError as error:
        print(f"\n{error}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(file=sys.stderr)
    emit(args, report.as_dict(), as_text)
    return 0


def _progress(up: int, down: int) -> None:
    print(f"\r{up:,} rows sent, {down:,} rows received", end="", file=sys.stderr, flush=True)


def as_text(report: dict[str, Any]) -> str:
    text = (f"Synced with {report['server']}: {report['rows_up']:,} rows sent, "
            f"{report['rows_down']:,} received; {report['changed_here']:,} changed here, "
            f"{report['changed_there']:,} on the server ({report['seconds']} s).")
    refused = report.get("not_allowed") or {}
    if refused:
        text += (f" {sum(refused.values()):,} edits stay on this laptop: the server role may "
                 f"not update {', '.join(sorted(refused))} (see docs/server.md).")
    return text
