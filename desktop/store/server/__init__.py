"""Sync with a lab's PostgreSQL server: the only SQL for PostgreSQL (see docs/server.md)."""

from desktop.store.server.connection import (
    INSTALL_HINT,
    ServerAddress,
    ServerError,
    ServerRefused,
    parse_server_url,
)
from desktop.store.server.session import BATCH_ROWS, Progress, SyncReport, sync_study

__all__ = ["BATCH_ROWS", "INSTALL_HINT", "Progress", "ServerAddress", "ServerError",
           "ServerRefused", "SyncReport", "parse_server_url", "sync_study"]
