"""Labelling figures for `bench`: import speed, Enter to next item, label commit time, and
suggestions per second from the default model. Measured, never asserted."""

from __future__ import annotations

import csv
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from desktop.core import paths
from desktop.core.formats import read_dilemmas, read_valence_items
from desktop.core.labelling import LabelItem, valence_answer
from desktop.core.suggestions import parse_suggestion, request_for
from desktop.core.value_profiles import load_value_map
from desktop.llm.llama_model import LlamaChatModel
from desktop.llm.protocol import ChatMessage, SamplingSettings
from desktop.services.importing import import_file
from desktop.store import create_study
from desktop.store.annotators import add_annotator
from desktop.store.assignments import assign_items
from desktop.store.items import item_ids
from desktop.store.labels import add_label
from desktop.store.synthetic import synchronous_mode

IMPORT_ROWS = 100_000
ENTER_ITEMS = 200
COMMITS = 500
SUGGESTIONS = 10


def measure(runs: int, model: LlamaChatModel) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="mgs-bench-labelling-") as folder:
        root = Path(folder)
        figures = {"import_valence": measure_import(root, max(1, min(runs, 3))),
                   "label_commit": measure_commits(root),
                   "enter_to_next_item": measure_enter(root)}
    figures["suggestions"] = measure_suggestions(model)
    return figures


def valence_file(path: Path, rows: int = IMPORT_ROWS) -> Path:
    """A ValuePrism-shaped CSV with `rows` distinct rows."""
    kinds, valences = ("Value", "Right", "Duty"), ("Supports", "Opposes", "Either")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["situation", "vrd", "text", "explanation", "valence"])
        for n in range(rows):
            writer.writerow([f"Situation {n // 7}: someone weighs telling a friend a hard truth",
                             kinds[n % 3], f"Value number {n % 7}",
                             "It matters to the people involved.", valences[n % 3]])
    return path


def measure_import(root: Path, runs: int, rows: int = IMPORT_ROWS) -> dict[str, Any]:
    source = valence_file(root / f"valence-{rows}.csv", rows)
    rates, seconds = [], []
    for run in range(runs):
        with create_study(root / f"import-{run}.mgstudy", "bench") as study:
            started = time.perf_counter()
            summary = import_file(study, source, "valence", None)
            seconds.append(time.perf_counter() - started)
            rates.append(summary["added"] / seconds[-1])
    return {"rows": rows, "rows_per_second_median": round(statistics.median(rates)),
            "seconds_median": round(statistics.median(seconds), 2), "runs": runs,
            "file_mb": round(source.stat().st_size / 1e6, 1)}


def measure_commits(root: Path, count: int = COMMITS) -> dict[str, Any]:
    with create_study(root / "commits.mgstudy", "bench") as study:
        import_file(study, valence_file(root / "commit-items.csv", count), "valence", None)
        person = add_annotator(study, "A-BENCH")
        synchronous = synchronous_mode(study)
        times = []
        for item in item_ids(study):
            started = time.perf_counter()
            add_label(study, item, person.id, valence_answer(True, "supports"))
            times.append((time.perf_counter() - started) * 1000)
    ordered = sorted(times)
    return {"labels": len(times), "synchronous": synchronous,
            "median_ms": round(statistics.median(times), 2),
            "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))], 2),
            "worst_ms": round(ordered[-1], 2)}


def measure_enter(root: Path, items: int = ENTER_ITEMS) -> dict[str, Any]:
    from desktop.ui.bench.labelling_benchmark import measure_enter_to_next  # Qt from here on

    with create_study(root / "enter.mgstudy", "bench") as study:
        import_file(study, paths.resource("demo", "dilemmas.jsonl"), "dilemmas", None)
        import_file(study, valence_file(root / "enter-items.csv", items), "valence", None)
        person = add_annotator(study, "A-BENCH")
        assign_items(study, [person.id], 1, order="shuffled")  # dilemmas and valence mixed
        return measure_enter_to_next(study, items)


def measure_suggestions(model: LlamaChatModel, count: int = SUGGESTIONS) -> dict[str, Any]:
    """Suggestions made back to back for demo items (half valence, half dilemmas)."""
    valence = read_valence_items(paths.resource("demo", "valence.jsonl"))[: count // 2]
    dilemmas = read_dilemmas(paths.resource("demo", "dilemmas.jsonl"))[: count - len(valence)]
    items = [LabelItem(str(n), "valence", n, v) for n, v in enumerate(valence)]
    items += [LabelItem(str(n), "dilemma", n, d) for n, d in enumerate(dilemmas, len(items))]
    sampling = SamplingSettings(max_tokens=160, temperature=0.0, seed=0)
    seconds, usable = [], 0
    known = list(load_value_map(paths.resource("values", "values.csv")).dimensions)
    for item in items:
        messages, schema = request_for(item, known)
        chat = [ChatMessage(role, text) for role, text in messages]  # type: ignore[arg-type]
        generation = model.generate(chat, sampling, threading.Event(), schema=schema)
        seconds.append(generation.seconds_total)
        usable += parse_suggestion(item, generation.text, generation.finish_reason).usable
    return {"suggestions": len(items), "per_second": round(len(items) / sum(seconds), 3),
            "seconds_median": round(statistics.median(seconds), 2), "usable": usable,
            "model": model.identity.file_name}
