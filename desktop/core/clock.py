"""Identifiers and timestamps for stored rows: UUID keys and UTC ISO-8601 times."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta


def new_id() -> str:
    return str(uuid.uuid4())


def now_iso() -> str:
    """UTC time with milliseconds; sorts lexically in time order."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


_CONTENT_NAMESPACE = uuid.UUID("3d0f7c1e-8a52-4e8b-9b1e-52c4a9d6f0a7")


def content_id(kind: str, key: str) -> str:
    """The same UUID for the same thing on every laptop (an imported card, an imported vote),
    so that copies of a study that imported one file merge without clashing."""
    return str(uuid.uuid5(_CONTENT_NAMESPACE, f"{kind}:{key}"))


def after(earlier: str | None, time: str) -> str:
    """`time`, or 1 ms after `earlier` when it is not later: a changed mind within the same
    millisecond must still sort as the newest (ties would fall to a random id)."""
    if earlier is None or earlier < time:
        return time
    later = datetime.fromisoformat(earlier.replace("Z", "+00:00")) + timedelta(milliseconds=1)
    return later.isoformat(timespec="milliseconds").replace("+00:00", "Z")
