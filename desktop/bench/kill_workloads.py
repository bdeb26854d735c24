"""The Qt-free child programs of the kill trials (`desktop.bench.reliability`, and the sync's in
tests/bench/test_kill_sync.py): an import, a merge, a migration, a sync with the lab server,
each through the same use case the app and the command line use.

Run as `python -m desktop.bench.kill_workloads WORK STUDY [ARGS]`. Each prints one JSON line
per event on stdout, flushed: `ready` before the work, `begin` as it starts, `ack` once the
commit has returned (what the user would be told), `finished` at the end.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

STARTED = time.perf_counter()


def say(event: str, **fields: Any) -> None:
    line = {"event": event, "t": round(time.perf_counter() - STARTED, 4), **fields}
    print(json.dumps(line, ensure_ascii=False), flush=True)


def import_files(study_path: Path, kind: str, files: list[str]) -> None:
    """Import each file in turn, as `moral-graph-studio import STUDY FILE --kind KIND`."""
    from desktop.services.importing import import_file
    from desktop.store import open_study

    with open_study(study_path) as study:
        say("ready")
        for number, name in enumerate(files):
            say("begin", number=number)
            summary = import_file(study, Path(name), kind, None)
            say("ack", number=number, added=summary["added"], read=summary["read"])


def merge_files(study_path: Path, others: list[str]) -> None:
    """Merge each other copy in turn, as `moral-graph-studio merge STUDY OTHER`."""
    from desktop.store import open_study
    from desktop.store.merge import merge_study

    with open_study(study_path) as study:
        say("ready")
        for number, other in enumerate(others):
            say("begin", number=number)
            report = merge_study(study, other)
            say("ack", number=number, changed=report.changed)


def migrate(study_path: Path) -> None:
    """Open an older study, which migrates it (a backup first), as the app does."""
    from desktop.store import open_study

    say("ready")
    say("begin", number=0)
    with open_study(study_path) as study:
        version = study.schema_version()
    say("ack", number=0, schema_version=version)


def sync(study_path: Path, url: str, batch_rows: int) -> None:
    """One sync with the server, as `moral-graph-studio sync STUDY --server URL`; each batch
    committed on both sides is acknowledged with how far the two change logs were exchanged."""
    from desktop.store import open_study
    from desktop.store.server import parse_server_url, sync_study
    from desktop.store.server.laptop import sync_positions

    with open_study(study_path) as study:
        say("ready")
        say("begin", number=0)

        def progress(up: int, down: int) -> None:
            (pushed, pulled), = sync_positions(study).values()
            say("ack", kind="batch", up=up, down=down, pushed_seq=pushed, pulled_seq=pulled)

        sync_study(study, parse_server_url(url), progress=progress, batch_rows=batch_rows)


def main(argv: list[str]) -> int:
    work, study_path, rest = argv[0], Path(argv[1]), argv[2:]
    if work == "import":
        import_files(study_path, rest[0], rest[1:])
    elif work == "merge":
        merge_files(study_path, rest)
    elif work == "migrate":
        migrate(study_path)
    elif work == "sync":
        sync(study_path, rest[0], int(rest[1]))
    else:
        raise SystemExit(f"unknown work {work!r}")
    say("finished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
