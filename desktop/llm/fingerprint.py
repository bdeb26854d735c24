"""SHA-256 of model files, cached by path, size and modification time (hashing 1 GB is slow)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop.core import paths


def _cache_file() -> Path:
    return paths.cache_dir() / "model-sha256.json"


def _read_cache() -> dict[str, str]:
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _key(path: Path) -> str:
    stat = path.stat()
    return f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


def cached_sha256(path: Path) -> str | None:
    """The hash if it was computed before for this very file, without reading the file."""
    try:
        return _read_cache().get(_key(path))
    except OSError:
        return None


def file_sha256(path: Path) -> str:
    key = _key(path)
    cache = _read_cache()
    if key in cache:
        return cache[key]
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    cache[key] = digest.hexdigest()
    tmp = _cache_file().with_suffix(".tmp")
    try:
        tmp.write_text(json.dumps(cache), encoding="utf-8")
        tmp.replace(_cache_file())
    except OSError:
        pass  # a cache that cannot be written only costs time
    return cache[key]
