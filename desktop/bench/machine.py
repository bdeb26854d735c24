"""How busy the machine was while a figure was measured: on a shared machine the figures of
one run are compared with each other, and the load says how far to trust them."""

from __future__ import annotations

import os


def load_average() -> list[float]:
    """The 1, 5 and 15 minute load averages; zeros where the system does not tell."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):  # Windows has no load average
        return [0.0, 0.0, 0.0]
