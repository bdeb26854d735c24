"""What "the same content" means when two merged study files are compared."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order: what 'the same content' means."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE '\\_%' ESCAPE "
            "'\\' AND name NOT LIKE 'sqlite_%'")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
