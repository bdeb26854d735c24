"""This computer's identity in a study: every row records the device that made it."""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from pathlib import Path

from desktop.core import paths
from desktop.core.clock import new_id


@dataclass(frozen=True)
class Device:
    id: str
    name: str


def _device_file() -> Path:
    return paths.data_dir() / "device.json"


def this_device() -> Device:
    """The id made on first use and kept in the data folder; a broken file gets a new id."""
    path = _device_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Device(id=str(data["id"]), name=str(data.get("name") or platform.node()))
    except (OSError, ValueError, KeyError, TypeError):
        device = Device(id=new_id(), name=platform.node() or "this computer")
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"id": device.id, "name": device.name}), encoding="utf-8")
        tmp.replace(path)
        return device
