"""Identifiers and timestamps for stored rows: UUID keys and UTC ISO-8601 times."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    """UTC time with milliseconds; sorts lexically in time order."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
