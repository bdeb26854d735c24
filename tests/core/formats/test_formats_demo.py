"""The demo study's files load through our own readers and say where they come from."""

from __future__ import annotations

from pathlib import Path

from desktop.core.formats import read_dilemmas, read_valence_items

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"
DAILY_DILEMMAS = "DailyDilemmas (Chiu et al., 2024), CC BY 4.0"


def test_demo_dilemmas_load_with_their_source() -> None:
    dilemmas = read_dilemmas(DEMO / "dilemmas.jsonl")
    assert len(dilemmas) == 50
    assert {dilemma.source for dilemma in dilemmas} == {DAILY_DILEMMAS}
    assert len({dilemma.source_id for dilemma in dilemmas}) == 50
    assert len({dilemma.content_key() for dilemma in dilemmas}) == 50
    full = [dilemma for dilemma in dilemmas if dilemma.values_a]
    assert [dilemma.source_id for dilemma in full] == ["55", "107", "176", "257"]
    assert all(dilemma.parties and dilemma.values_b for dilemma in full)
    assert not any(dilemma.action_a.startswith("Yes: ") for dilemma in dilemmas)


def test_demo_valence_items_load_and_vary() -> None:
    items = read_valence_items(DEMO / "valence.jsonl")
    assert 25 <= len(items) <= 40
    assert {item.kind for item in items} == {"value", "right", "duty"}
    assert {item.valence for item in items} == {"supports", "opposes", "either"}
    assert len({item.situation for item in items}) >= 6
    assert all(item.explanation for item in items)
    assert len({item.content_key() for item in items}) == len(items)


def test_demo_readme_names_sources_and_licences() -> None:
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    for words in ("dilemmas.jsonl", "valence.jsonl", "CC BY 4.0", "Chiu", "Apache-2.0"):
        assert words in readme
