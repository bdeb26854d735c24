"""The study's labelling settings: suggestions on or off, guidelines, queue order, overlap."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from desktop.core.assignment import QUEUE_ORDERS, QueueOrder
from desktop.core.clock import content_id, now_iso
from desktop.store.study import Study

DEFAULT_GUIDELINES = """\
Dilemmas
- Read the situation, then press A or B for the action you would take (C if you cannot decide).
- Tab moves between the values of action A, the values of action B and the parties affected; \
the number keys tick the entries of the lit one. N adds an entry that is not listed.
- Tick a value when taking that action would serve it, whether or not you would take it.

Value valence
- Is this value, right or duty relevant to the situation? If not, press 0 (or N).
- If it is: 1 (S) when the value supports the action in the situation, 2 (O) when it \
opposes it, 3 (E) when it could go either way.
- Tab or W writes a short explanation (optional); Enter there saves the label.

Everywhere
- Enter saves and shows the next item; Backspace (or Ctrl+Z) goes back to change a label.
- End jumps to the first item you have not labelled yet.
- Space takes the model's suggestion, when one is shown. It is only a suggestion: check it.
"""


@dataclass(frozen=True)
class LabellingSettings:
    suggestions_enabled: bool = True
    guidelines: str = DEFAULT_GUIDELINES
    queue_order: QueueOrder = "as_imported"
    overlap: int = 1


def labelling_settings(study: Study) -> LabellingSettings:
    """The study's settings; any not set yet has its default."""
    stored = {row["key"]: json.loads(row["value"])
              for row in study.query("SELECT key, value FROM labelling_settings")}
    defaults = LabellingSettings()
    known = {f.name: type(getattr(defaults, f.name)) for f in fields(LabellingSettings)}
    chosen = {key: value for key, value in stored.items()
              if key in known and isinstance(value, known[key])}
    return replace(defaults, **chosen)


def set_labelling_setting(study: Study, key: str, value: Any) -> LabellingSettings:
    """Change one setting (committed at once) and return them all."""
    current = labelling_settings(study)
    if key not in {f.name for f in fields(LabellingSettings)}:
        raise ValueError(f"there is no labelling setting called {key!r}")
    if not isinstance(value, type(getattr(current, key))):
        raise ValueError(f"the setting {key!r} takes a {type(getattr(current, key)).__name__}")
    if key == "queue_order" and value not in QUEUE_ORDERS:
        raise ValueError(f"the queue order is one of: {', '.join(QUEUE_ORDERS)}")
    if key == "overlap" and value < 1:
        raise ValueError("each item goes to at least one annotator")
    now = now_iso()
    with study.transaction() as db:
        db.execute(
            "INSERT INTO labelling_settings (id, created_at, device_id, key, value, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
            "updated_at = excluded.updated_at",
            [content_id("labelling-setting", key), now, study.device.id, key,
             json.dumps(value), now])
    return replace(current, **{key: value})
