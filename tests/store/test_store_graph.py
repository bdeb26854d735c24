"""Moral graph rows: values, stories reviewed by the lead, votes that supersede."""

from __future__ import annotations

import pytest

from desktop.core.formats import MgeCard
from desktop.core.graph import rank
from desktop.core.graph.votes import latest_votes
from desktop.core.people import Role
from desktop.store import Study
from desktop.store.graph import (
    add_story,
    add_vote,
    import_mge_cards,
    list_stories,
    list_values,
    load_votes,
    review_story,
)
from desktop.store.people import add_person


@pytest.fixture
def study_with_two_values(study: Study) -> Study:
    """The shared study with two values imported from MGE cards: Care and Respect."""
    import_mge_cards(study, [MgeCard("1", "Care", "I care.", ("MOMENTS x",)),
                             MgeCard("2", "Respect", "I respect.", ("CHOICES y",))])
    return study


pytestmark = pytest.mark.usefixtures("study_with_two_values")  # every test here starts from it


def test_stories_keep_their_author_and_the_leads_review(study: Study) -> None:
    a, b = (v.id for v in list_values(study))
    story = add_story(study, "When advising", a, b, "I used to...", "m.gguf", "f" * 64)
    assert story.status == "draft" and not story.edited
    approved = review_story(study, story.id, status="approved")
    assert approved.status == "approved" and not approved.edited
    edited = review_story(study, story.id, text="I once learned...")
    assert edited.edited and edited.text == "I once learned..." and edited.model_file == "m.gguf"
    assert [s.id for s in list_stories(study, "approved")] == [story.id]
    with pytest.raises(ValueError, match="not 'published'"):
        review_story(study, story.id, status="published")


def test_a_changed_mind_supersedes_the_earlier_vote(study: Study) -> None:
    a, b = (v.id for v in list_values(study))
    person = add_person(study, Role.PARTICIPANT)
    add_vote(study, person.id, "ctx", a, b, "upgrade")
    add_vote(study, person.id, "ctx", a, b, "no_upgrade", comment="On reflection, no.")
    votes = load_votes(study)
    assert len(votes) == 2  # append-only: history kept
    ranking = rank(votes, bootstrap_samples=0)
    by_id = {v.value_id: v for v in ranking.values}
    assert (by_id[a].votes_for, by_id[b].votes_for) == (1, 0)  # only the newest vote counts


def test_a_vote_needs_known_values_and_people(study: Study) -> None:
    from desktop.store import StudyError

    a, _ = (v.id for v in list_values(study))
    with pytest.raises(StudyError):
        add_vote(study, "nobody", "ctx", a, "no-such-value", "upgrade")
    assert load_votes(study) == []


def test_groups_come_from_the_newest_demographic_answers(study: Study) -> None:
    from desktop.services.ranking import ranking_report
    from desktop.store import StudyError
    from desktop.store.graph import participant_groups, participants_in_group
    from desktop.store.participants import add_demographic_field, save_demographic_answers

    a, b = (v.id for v in list_values(study))
    field = add_demographic_field(study, "politics", "choice", ["left", "right"])
    left, right = add_person(study, Role.PARTICIPANT), add_person(study, Role.PARTICIPANT)
    save_demographic_answers(study, left.id, {field.id: "right"})
    save_demographic_answers(study, left.id, {field.id: "left"})  # corrected: newest counts
    save_demographic_answers(study, right.id, {field.id: "right"})
    assert participant_groups(study) == {"politics": {left.id: "left", right.id: "right"}}
    add_vote(study, left.id, "ctx", a, b, "upgrade")
    add_vote(study, right.id, "ctx", b, a, "upgrade")
    lefts = ranking_report(study, None, None, 0, participants_in_group(study, "politics", "left"))
    scores = {v["id"]: v["votes_for"] for v in lefts["values"]}
    assert scores == {a: 0, b: 1}
    with pytest.raises(StudyError, match="no demographic field 'age'"):
        participants_in_group(study, "age", "30")


def test_bridging_lists_values_two_groups_moved_towards(study: Study) -> None:
    from desktop.services.ranking import bridging_report
    from desktop.store.participants import add_demographic_field, save_demographic_answers

    a, b = (v.id for v in list_values(study))
    field = add_demographic_field(study, "region", "choice", ["north", "south"])
    for region in ("north", "south"):
        person = add_person(study, Role.PARTICIPANT)
        save_demographic_answers(study, person.id, {field.id: region})
        add_vote(study, person.id, "ctx", a, b, "upgrade")
    assert bridging_report(study, "region", None) == [
        {"id": b, "title": "Respect", "groups": ["north", "south"]}]
    assert bridging_report(study, "region", None, as_of="2000-01-01T00:00:00Z") == []
    with pytest.raises(ValueError, match="no demographic field 'age'"):
        bridging_report(study, "age", None)


def test_a_changed_mind_in_the_same_millisecond_is_still_the_newest(
        study: Study, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.store.study as study_module

    monkeypatch.setattr(study_module, "now_iso", lambda: "2026-01-01T00:00:00.000Z")
    a, b = (v.id for v in list_values(study))
    person = add_person(study, Role.PARTICIPANT)
    for relationship in ("upgrade", "no_upgrade", "not_sure"):
        add_vote(study, person.id, "ctx", a, b, relationship)
    votes = load_votes(study)
    assert [v.created_at for v in votes] == ["2026-01-01T00:00:00.000Z",
                                             "2026-01-01T00:00:00.001Z",
                                             "2026-01-01T00:00:00.002Z"]
    [latest] = latest_votes(votes)
    assert latest.relationship == "not_sure"
