"""Random trials against a real PostgreSQL: three laptops doing random work (interviews,
labels, votes, edits, withdrawals, erasures) and syncing in random orders end with the same
content, table by table, on all three and on the server; merging the files instead of syncing
gives that same content."""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.core.clock import content_id
from desktop.core.device import Device
from desktop.core.interview.prompts import load_prompts
from desktop.core.interview.protocol import InterviewSettings
from desktop.core.labelling import valence_answer
from desktop.core.people import Role
from desktop.store import open_study
from desktop.store.assignments import assign_items
from desktop.store.erasure import erase_person
from desktop.store.graph import add_vote, list_values
from desktop.store.interviews import add_answer, start_interview
from desktop.store.labelling_settings import QUEUE_ORDERS, set_labelling_setting
from desktop.store.labels import add_label
from desktop.store.merge import merge_study
from desktop.store.participants import record_consent
from desktop.store.people import add_person
from desktop.store.questions import update_question
from desktop.store.server import parse_server_url, sync_study
from desktop.store.study import Study
from tests.support.field_day import field_study
from tests.support.lab_server import SYNCED, new_database, server_rows, shared

pytest.importorskip("psycopg")
DEVICES = (Device("laptop-a", "A"), Device("laptop-b", "B"), Device("laptop-c", "C"))
ROUNDS = 12
REASONS = ("", "asked by email", "asked in person")


def _interview(study: Study, rng: random.Random, tag: str) -> None:
    prompts = load_prompts()
    person = add_person(study, Role.PARTICIPANT)
    record_consent(study, person.id, "given", prompts.consent_version, prompts.sha256)
    question = study.query("SELECT id FROM questions ORDER BY id LIMIT 1")[0]["id"]
    interview = start_interview(study, person.id, question, prompts,
                                InterviewSettings(follow_ups=3))
    add_answer(study, interview.id, f"An answer from {tag} ({rng.random():.6f})")


def _participants(study: Study) -> list[str]:
    return [r["id"] for r in study.query(
        "SELECT id FROM people WHERE role = 'participant' ORDER BY id")]


def _label(study: Study, rng: random.Random, tag: str) -> None:
    rows = study.query("SELECT item_id, annotator_id FROM assignments ORDER BY id")
    pick = rng.choice(rows)
    add_label(study, pick["item_id"], pick["annotator_id"],
              valence_answer(True, rng.choice(["supports", "opposes"])))


def _vote(study: Study, rng: random.Random, tag: str) -> None:
    people = _participants(study)
    if not people:
        return _interview(study, rng, tag)
    a, b = (v.id for v in list_values(study))
    pair = (a, b) if rng.random() < 0.5 else (b, a)
    add_vote(study, rng.choice(people), "When advising", *pair,
             rng.choice(["upgrade", "no_upgrade", "not_sure"]), comment=tag)


def _edit(study: Study, rng: random.Random, tag: str) -> None:
    """A question reworded, or a setting first made on this laptop (same id everywhere)."""
    if rng.random() < 0.5:
        row_id = study.query("SELECT id FROM questions ORDER BY id LIMIT 1")[0]["id"]
        update_question(study, row_id, f"What should I do? ({tag} {rng.randint(1, 3)})")
        table = "questions"
    else:
        key = rng.choice(["overlap", "queue_order"])
        set_labelling_setting(study, key, rng.choice(
            [1, 2, 3] if key == "overlap" else list(QUEUE_ORDERS)))
        row_id, table = content_id("labelling-setting", key), "labelling_settings"
    if rng.random() < 0.5:  # two laptops whose clocks read the same second: a tie
        with study.transaction() as db:
            db.execute(f"UPDATE {table} SET updated_at = '2031-01-01T00:00:00.000Z' "
                       "WHERE id = ?", [row_id])


def _withdraw(study: Study, rng: random.Random, tag: str) -> None:
    people = _participants(study)
    if people:
        prompts = load_prompts()
        record_consent(study, rng.choice(people), "withdrawn", prompts.consent_version,
                       prompts.sha256)


def _erase(study: Study, rng: random.Random, tag: str) -> None:
    people = _participants(study)
    if len(people) > 2:  # the same person is often erased on two laptops, for two reasons
        erase_person(study, people[0], rng.choice(REASONS))


WORK = [_interview] * 3 + [_label] * 3 + [_vote] * 4 + [_edit] * 2 + [_withdraw, _erase]


def _work(path: Path, device: Device, rng: random.Random) -> None:
    with open_study(path, device=device) as study:
        for _ in range(rng.randint(0, 3)):
            rng.choice(WORK)(study, rng, device.name)


def _sync(path: Path, device: Device, url: str, rng: random.Random, init: bool = False
          ) -> dict[str, Any]:
    with open_study(path, device=device) as study:
        return sync_study(study, parse_server_url(url), init=init,
                          batch_rows=rng.choice([3, 50, 2000])).as_dict()


def _server_as_laptop(url: str) -> dict[str, list[tuple[object, ...]]]:
    return {t: sorted(rows, key=repr) for t, rows in server_rows(url).items()}


def _copies(tmp_path: Path) -> list[Path]:
    base = tmp_path / "base.mgstudy"
    field_study(base)
    with open_study(base, device=DEVICES[0]) as study:
        annotators = [r["id"] for r in study.query(
            "SELECT id FROM people WHERE role = 'annotator' ORDER BY code")]
        assign_items(study, annotators, overlap=2)
    copies = [tmp_path / f"laptop-{n}.mgstudy" for n in "abc"]
    for copy in copies:
        shutil.copyfile(base, copy)
    return copies


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_three_laptops_syncing_in_random_orders_converge(tmp_path: Path, postgres: Any,
                                                         seed: int) -> None:
    rng = random.Random(seed)
    url = new_database(postgres, "trials")
    laptops = list(zip(_copies(tmp_path), DEVICES, strict=True))
    _sync(*laptops[0], url, rng, init=True)
    for _ in range(ROUNDS):
        for path, device in laptops:
            _work(path, device, rng)
        for path, device in rng.sample(laptops, rng.randint(0, 3)):
            _sync(path, device, url, rng)
    before_final = [tmp_path / f"unsynced-{n}.mgstudy" for n in "abc"]
    for (path, _), copy in zip(laptops, before_final, strict=True):
        shutil.copyfile(path, copy)
    for path, device in [*laptops, *laptops[:2]]:  # the last to push is pulled by the others
        _sync(path, device, url, rng)

    contents = [shared(path) for path, _ in laptops]
    server = _server_as_laptop(url)
    for table in SYNCED:
        assert contents[1][table] == contents[0][table], f"{table}: laptops a and b differ"
        assert contents[2][table] == contents[0][table], f"{table}: laptops a and c differ"
        assert server[table] == contents[0][table], f"{table}: the server and laptop a differ"
    assert len(contents[0]["votes"]) > 0 and len(contents[0]["labels"]) > 0

    for path, device in laptops:  # syncing again changes nothing anywhere
        again = _sync(path, device, url, rng)
        assert (again["changed_here"], again["changed_there"], again["rows_up"]) == (0, 0, 0)
    assert _server_as_laptop(url) == server

    # Merging the three files as they stood before the last syncs gives the same content.
    with open_study(before_final[0], device=DEVICES[0]) as study:
        for other in before_final[1:]:
            merge_study(study, other)
    merged = shared(before_final[0])
    for table in SYNCED:
        assert merged[table] == contents[0][table], f"{table}: merge and sync differ"


def test_a_tie_between_two_edits_is_broken_the_same_way_by_merge_and_sync(
        tmp_path: Path, postgres: Any) -> None:
    """One setting made on two laptops (b first), edited at the same instant: merge and sync
    both keep the copy of the greater device, whichever way they run."""
    a, b, _ = _copies(tmp_path)
    for path, device, overlap in ((b, DEVICES[1], 3), (a, DEVICES[0], 1)):
        with open_study(path, device=device) as study:
            set_labelling_setting(study, "overlap", overlap)
            with study.transaction() as db:
                db.execute("UPDATE labelling_settings SET updated_at = '2031-01-01T00:00:00Z'")
    merged = []
    for into, other in ((a, b), (b, a)):
        copy = shutil.copyfile(into, tmp_path / f"merged-{into.name}")
        with open_study(copy, device=DEVICES[0]) as study:
            merge_study(study, other)
        merged.append(shared(copy)["labelling_settings"])
    url, rng = new_database(postgres, "tie"), random.Random(0)
    _sync(a, DEVICES[0], url, rng, init=True)
    _sync(b, DEVICES[1], url, rng)
    _sync(a, DEVICES[0], url, rng)
    synced = shared(a)["labelling_settings"]
    assert merged[0] == merged[1] == synced == shared(b)["labelling_settings"]
    assert [row for row in synced if "laptop-b" in row][0][4] == "3"
