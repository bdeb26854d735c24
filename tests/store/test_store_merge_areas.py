"""A study copied to two laptops, used in every area (interviews, labelling, voting), then
merged both ways: no clash, nothing lost, the same content either way."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.store import open_study
from desktop.store.merge import merge_study
from tests.support.field_day import LAPTOPS, field_day, field_study
from tests.support.merge import content


def test_field_work_from_two_laptops_merges_cleanly_both_ways(tmp_path: Path) -> None:
    base = tmp_path / "base.mgstudy"
    field_study(base)
    copies = []
    for device in LAPTOPS:
        copy = tmp_path / f"{device.id}.mgstudy"
        shutil.copyfile(base, copy)
        field_day(copy, device, device.name)
        copies.append(copy)
    merged = []
    for into, other in (copies, copies[::-1]):
        target = tmp_path / f"merged-into-{into.stem}.mgstudy"
        shutil.copyfile(into, target)
        with open_study(target, device=LAPTOPS[0]) as study:
            report = merge_study(study, other)
            assert report.added["messages"] >= 2 and report.added["votes"] == 1
            assert merge_study(study, other).changed == 0
        merged.append(content(target))
    assert merged[0] == merged[1]
    assert len(merged[0]["interviews"]) == 2 and len(merged[0]["labels"]) == 2
    assert len(merged[0]["prompt_sets"]) == 1 and len(merged[0]["assignments"]) == len(
        content(copies[0])["assignments"])
