"""Labels for analysis and training (`export --what labels`, the review's Export button).

Per task kind, two files: `<kind>_final` has one row per labelled item with its final label
(adjudicated, unanimous, majority or unresolved, said in `final_source`), and `<kind>_labels`
has every label ever given, superseded ones included, with annotator, time and duration.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.formats.items import Dilemma
from desktop.core.labelling import TASK_KINDS, LabelItem, fields_for
from desktop.core.review import FinalLabel
from desktop.store.annotators import annotator_groups
from desktop.store.items import load_item
from desktop.store.labels import iter_all_labels
from desktop.store.review import annotator_codes, final_labels
from desktop.store.study import Study

FORMATS = ("jsonl", "csv")


def export_labels(study: Study, format: str, out_dir: Path) -> list[Path]:
    """Write the label files into `out_dir`; returns the paths written (kinds with labels)."""
    format = format or "jsonl"
    if format not in FORMATS:
        raise ValueError(f"labels are exported as {' or '.join(FORMATS)}, not {format}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    items: dict[str, LabelItem] = {}
    written = []
    every_final = final_labels(study)
    for kind in TASK_KINDS:
        finals = list(_final_rows(study, every_final, kind, items))
        every = list(_label_rows(study, kind, items))
        if finals or every:
            written.append(_write(out_dir / f"{kind}_final.{format}", finals, format))
            written.append(_write(out_dir / f"{kind}_labels.{format}", every, format))
    return written


def _item(study: Study, items: dict[str, LabelItem], item_id: str) -> LabelItem:
    if item_id not in items:
        loaded = load_item(study, item_id)
        assert loaded is not None  # labels reference items by foreign key
        items[item_id] = loaded
    return items[item_id]


def _item_columns(item: LabelItem) -> dict[str, Any]:
    content = item.content
    columns: dict[str, Any] = {"item_id": item.id, "source_id": content.source_id,
                               "situation": content.situation}
    if isinstance(content, Dilemma):
        columns |= {"action_a": content.action_a, "action_b": content.action_b}
    else:
        columns |= {"vrd": content.kind, "text": content.text}
    return columns


def _final_rows(study: Study, finals: list[FinalLabel], kind: str,
                items: dict[str, LabelItem]) -> Iterator[dict[str, Any]]:
    for final in finals:
        item = _item(study, items, final.item_id)
        if item.kind != kind:
            continue
        answer = final.answer.fields() if final.answer else dict.fromkeys(fields_for(item.kind))
        yield {**_item_columns(item), **answer, "final_source": final.source,
               "n_annotators": final.n_annotators}


def _label_rows(study: Study, kind: str, items: dict[str, LabelItem]
                ) -> Iterator[dict[str, Any]]:
    codes, groups = annotator_codes(study), annotator_groups(study)
    for label, current in iter_all_labels(study):
        if label.kind != kind:
            continue
        item = _item(study, items, label.item_id)
        yield {"label_id": label.id, **_item_columns(item),
               "annotator": codes.get(label.annotator_id, label.annotator_id),
               "annotator_group": groups.get(label.annotator_id, ""),
               **label.answer.fields(), "created_at": label.created_at,
               "started_at": label.started_at, "duration_ms": label.duration_ms,
               "current": current, "supersedes_id": label.supersedes_id,
               "suggestion_accepted": label.suggestion_accepted, "origin": label.origin,
               "device_id": label.device_id}


def _write(path: Path, rows: list[dict[str, Any]], format: str) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        if format == "jsonl":
            handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        elif rows:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(_csv_row(row) for row in rows)
    return path


def _csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """Lists as '; '-separated text (what our importers read back), None as empty."""
    return {key: "; ".join(value) if isinstance(value, list) else _cell(value)
            for key, value in row.items()}


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else value


def rows_of(path: Path) -> Iterable[dict[str, Any]]:
    """Read an exported file back (for checks and tests)."""
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix == ".jsonl":
            return [json.loads(line) for line in handle if line.strip()]
        return list(csv.DictReader(handle))
