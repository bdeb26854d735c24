"""Identifiers and timestamps for stored rows: UUID keys and UTC ISO-8601 times."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


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
