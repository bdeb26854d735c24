"""Sync a study file with the lab's PostgreSQL server, and read a server study as a source.

The command line (`sync`, and `rank`, `agreement`, `export` with `--server`) and File > Sync
with server both come through here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.store import Study, StudyError, create_study, open_study
from desktop.store.server import (
    BATCH_ROWS,
    Progress,
    ServerError,
    ServerRefused,
    SyncReport,
    parse_server_url,
    sync_study,
)
from desktop.store.server.laptop import empty_for_server_copy

READ_BATCH_ROWS = 20_000  # a temporary copy only read: larger batches, fewer round trips

__all__ = ["ServerError", "ServerRefused", "ServerSourceError", "SyncReport", "safe_url",
           "study_source", "sync_with_server"]


class ServerSourceError(StudyError):
    """A server study that could not be read as a source; `str()` is the plain sentence."""

    def __init__(self, problem: str) -> None:
        Exception.__init__(self, problem)
        self.path, self.problem = Path("."), problem


def safe_url(url: str) -> str:
    """The URL as it may be remembered (settings, study file): refused if it holds a password."""
    return parse_server_url(url).shown


def sync_with_server(study_path: Path | str, url: str, *, init: bool = False,
                     progress: Progress | None = None, batch_rows: int | None = None
                     ) -> SyncReport:
    """One sync of the study file at `study_path` (opened on this thread) with the server."""
    address = parse_server_url(url)
    with open_study(study_path) as study:
        return sync_study(study, address, init=init, progress=progress,
                          batch_rows=batch_rows or BATCH_ROWS)


@contextmanager
def study_source(path: Path | str | None, server_url: str | None) -> Iterator[Study]:
    """The study to analyse: the file at `path`, or the server study pulled into a temporary
    file (read only on the server: nothing is sent up)."""
    if (path is None) == (server_url is None):
        raise ServerSourceError("give either a study file or --server URL, not both or neither.")
    if path is not None:
        with open_study(path) as study:
            yield study
        return
    assert server_url is not None
    with tempfile.TemporaryDirectory(prefix="mgs-server-") as folder:
        with create_study(Path(folder) / "server.mgstudy", "server copy") as study:
            empty_for_server_copy(study)  # the server's study row takes its place
            try:
                sync_study(study, parse_server_url(server_url), push=False,
                           batch_rows=READ_BATCH_ROWS)
            except ServerError as error:
                raise ServerSourceError(str(error)) from error
            yield study
