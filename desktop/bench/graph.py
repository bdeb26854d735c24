"""Benchmark figures of the moral graph: ranking a large graph, and voting in a large study
(merging has its own area: desktop/bench/merge.py)."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.core.graph.synthetic import time_ranking
from desktop.core.people import Role
from desktop.llm.llama_model import LlamaChatModel
from desktop.store import create_study
from desktop.store.graph import add_story, add_vote, pairs_to_ask, review_story, vote_candidates
from desktop.store.people import add_person
from desktop.store.synthetic import add_synthetic_values, add_synthetic_votes

RANK_VALUES, RANK_VOTES = 10_000, 200_000
VOTING_VALUES, VOTING_VOTES, VOTING_STORIES = 2_000, 50_000, 500


def measure(runs: int, model: LlamaChatModel) -> dict[str, Any]:
    timings = [time_ranking(RANK_VALUES, RANK_VOTES, bootstrap_samples=0)
               for _ in range(max(1, runs))]
    figures: dict[str, Any] = {
        "ranking_graph": f"{RANK_VALUES:,} values, {RANK_VOTES:,} votes",
        **{f"{key}_median_s": round(statistics.median(t[key] for t in timings), 3)
           for key in timings[0] if key != "bootstrap"},
    }
    figures["bootstrap_200_s"] = round(time_ranking(RANK_VALUES, RANK_VOTES, 200)["bootstrap"], 2)
    figures.update(measure_voting(max(5, runs)))
    from desktop.ui.bench.graph_benchmark import measure_view  # Qt: the bench is a composition root

    figures["view"] = measure_view(max(5, runs))
    return figures


def measure_voting(runs: int) -> dict[str, Any]:
    """What a participant waits for between two wiser-than questions: the answer committed
    and the next pair chosen, in a study that already holds many votes."""
    with tempfile.TemporaryDirectory(prefix="mgs-bench-voting-") as folder:
        with create_study(Path(folder) / "v.mgstudy", "Voting benchmark") as study:
            values = add_synthetic_values(study, VOTING_VALUES)
            add_synthetic_votes(study, values, VOTING_VOTES, seed=3)
            rng = random.Random(4)
            for _ in range(VOTING_STORIES):
                a, b = rng.sample(values, 2)
                review_story(study, add_story(study, "context 0", a, b, "A story.").id,
                             status="approved")
            person = add_person(study, Role.PARTICIPANT).id
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                [pair] = pairs_to_ask(study, person, vote_candidates(study))
                add_vote(study, person, pair.context, pair.from_value_id, pair.to_value_id,
                         "upgrade", "", pair.story_id)
                timings.append((time.perf_counter() - started) * 1000)
    return {"voting_study": f"{VOTING_VOTES:,} votes, {VOTING_STORIES} approved stories",
            "vote_commit_and_next_pair_ms": {"median": round(statistics.median(timings), 1),
                                             "max": round(max(timings), 1), "runs": runs}}
