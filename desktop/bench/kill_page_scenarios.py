"""Kill trials of the pages (children in desktop/ui/bench): a GUI interview with the real
default model, keyboard labelling, wiser-than voting. After the kill every action the page had
shown as saved must be stored unchanged, and the work must resume right after it."""

from __future__ import annotations

import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from desktop.bench.kill_data_scenarios import copy_study
from desktop.bench.kill_trial import (
    Checked,
    Events,
    Scale,
    Scenario,
    acks,
    file_problems,
    reopened_problems,
    study_path,
)
from desktop.bench.labelling import valence_file
from desktop.core.formats import MgeCard
from desktop.core.interview.protocol import InterviewSettings, Stage, next_step, stage_of
from desktop.core.labelling import answer_to_json
from desktop.services.importing import import_file
from desktop.store import Study, create_study, open_study
from desktop.store.annotators import add_annotator
from desktop.store.assignments import assign_items
from desktop.store.demo import demo_questions
from desktop.store.graph import (
    add_story,
    import_mge_cards,
    list_values,
    load_votes,
    pairs_to_ask,
    review_story,
    vote_candidates,
)
from desktop.store.interview_setup import save_interview_settings
from desktop.store.interviews import list_interviews, load_transcript
from desktop.store.labelling_session import LabellingSession
from desktop.store.labels import current_label, iter_all_labels
from desktop.store.people import list_people
from desktop.store.questions import add_questions

STAGES = list(Stage)
CONTEXTS = ("When advising a parent", "When a friend asks for honesty")


def _words(text: str) -> str:
    return " ".join(text.split())


class _PageScenario(Scenario):
    module = ""

    def setup(self, folder: Path, scale: Scale, home: Path) -> None:
        folder.mkdir(parents=True)
        self.template = folder / "template.mgstudy"
        with create_study(self.template, self.name) as study:
            self.fill(study, folder, scale)
        self.window = (0.2, scale.page_window_s)

    def fill(self, study: Study, folder: Path, scale: Scale) -> None:
        raise NotImplementedError

    def prepare(self, folder: Path, rng: random.Random) -> list[str]:
        path = copy_study(self.template, study_path(folder))
        return [self.module, *self.work, str(path), str(rng.randrange(2**31))]

    work: tuple[str, ...] = ()

    def check(self, folder: Path, events: Events) -> Checked:
        checked = Checked()
        checked.problems, _ = file_problems(study_path(folder))
        checked.problems += reopened_problems(study_path(folder))
        if not checked.problems:
            with open_study(study_path(folder)) as study:
                self.check_study(study, events, checked)
        return checked

    def check_study(self, study: Study, events: Events, checked: Checked) -> None:
        raise NotImplementedError


class LabellingScenario(_PageScenario):
    """One annotator labelling valence items by keys on the Labelling page."""

    name, module, work = "labelling", "desktop.ui.bench.kill_pages", ("labelling",)

    def fill(self, study: Study, folder: Path, scale: Scale) -> None:
        import_file(study, valence_file(folder / "items.csv", scale.labelling_items), "valence")
        self.annotator_id = add_annotator(study, "A-KILL").id
        assign_items(study, [self.annotator_id], 1)

    def check_study(self, study: Study, events: Events, checked: Checked) -> None:
        stored = {label.id: label for label, _ in iter_all_labels(study)}
        acked = acks(events, "label")
        last: dict[str, str] = {}
        for ack in acked:
            label = stored.get(ack["id"])
            if label is None:
                checked.problems.append(f"acknowledged label {ack['id']} is lost")
            elif (label.item_id, answer_to_json(label.answer)) != (ack["item_id"],
                                                                    ack["answer"]):
                checked.problems.append(f"acknowledged label {ack['id']} changed")
            last[ack["item_id"]] = ack["id"]
        checked.notes["stored_not_acknowledged"] = len(set(stored) - {a["id"] for a in acked})
        for item_id, label_id in last.items():
            now = current_label(study, item_id, self.annotator_id)
            if now is None or (now.id != label_id and now.id in {a["id"] for a in acked}):
                checked.problems.append(f"item {item_id}: an older label is current")
        self._resumes(study, set(last), checked)

    def _resumes(self, study: Study, labelled: set[str], checked: Checked) -> None:
        session = LabellingSession(study, self.annotator_id)
        for done, entry in zip(session.labelled, session.queue, strict=True):
            if entry.item_id in labelled and not done:
                checked.problems.append(f"item {entry.item_id} labelled but not counted done")
        if session.item is not None and session.item.id in labelled:
            checked.problems.append("the session resumes on an item already labelled")


class VotingScenario(_PageScenario):
    """Participants answering wiser-than pairs by keys on the voting panel."""

    name, module, work = "voting", "desktop.ui.bench.kill_pages", ("voting",)

    def fill(self, study: Study, folder: Path, scale: Scale) -> None:
        n = scale.voting_values
        import_mge_cards(study, [MgeCard(str(i), f"Value {i}", f"I care about {i}.",
                                         (f"MOMENTS of {i}",)) for i in range(n)])
        ids = [value.id for value in list_values(study)]
        for context in CONTEXTS:
            for i in range(n):
                for step in (1, 3):
                    story = add_story(study, context, ids[i], ids[(i + step) % n],
                                      f"I used to live by value {i}, then I saw more.")
                    review_story(study, story.id, status="approved")

    def check_study(self, study: Study, events: Events, checked: Checked) -> None:
        stored = {vote.id: vote for vote in load_votes(study)}
        answered: dict[str, set[Any]] = defaultdict(set)
        for ack in acks(events, "vote"):
            vote = stored.get(ack["id"])
            fields = (ack["participant_id"], ack["context"], ack["from_value_id"],
                      ack["to_value_id"], ack["relationship"], ack["comment"])
            if vote is None:
                checked.problems.append(f"acknowledged vote {ack['id']} is lost")
            elif (vote.participant_id, vote.context_id, vote.from_value_id, vote.to_value_id,
                  vote.relationship, vote.comment) != fields:
                checked.problems.append(f"acknowledged vote {ack['id']} changed")
        for vote in stored.values():
            answered[vote.participant_id].add(
                (vote.context_id, frozenset((vote.from_value_id, vote.to_value_id))))
        people = {person.id for person in list_people(study)}
        checked.problems += [f"acknowledged participant {a['id']} is lost"
                             for a in acks(events, "participant") if a["id"] not in people]
        checked.notes["stored_not_acknowledged"] = len(
            set(stored) - {a["id"] for a in acks(events, "vote")})
        candidates = vote_candidates(study)
        for person, pairs in answered.items():
            chosen = pairs_to_ask(study, person, candidates)
            if chosen and chosen[0].unordered in pairs:
                checked.problems.append(f"participant {person} would be asked a pair again")


class InterviewScenario(_PageScenario):
    """Interviews through the Interviews page with the real default model."""

    name, module = "interview", "desktop.ui.bench.kill_interview"
    FOLLOW_UPS = 1

    def fill(self, study: Study, folder: Path, scale: Scale) -> None:
        add_questions(study, demo_questions())
        save_interview_settings(study, InterviewSettings(follow_ups=self.FOLLOW_UPS,
                                                         votes_after_card=0))

    def setup(self, folder: Path, scale: Scale, home: Path) -> None:
        super().setup(folder, scale, home)
        self.window = (0.5, scale.interview_window_s)

    def check_study(self, study: Study, events: Events, checked: Checked) -> None:
        known = {info.id for info in list_interviews(study)}
        by_interview: dict[str, Events] = defaultdict(list)
        for ack in acks(events):
            by_interview[ack["interview"]].append(ack)
        checked.notes["interviews_not_acknowledged"] = len(known - set(by_interview))
        for interview_id, seen in by_interview.items():
            if interview_id not in known:
                checked.problems.append(f"acknowledged interview {interview_id} is lost")
                continue
            checked.problems += [f"interview {interview_id}: {p}"
                                 for p in self._interview(study, interview_id, seen)]

    def _interview(self, study: Study, interview_id: str, seen: Events) -> list[str]:
        t = load_transcript(study, interview_id)
        users = [m for m in t.conversation if m.role == "user"]
        asked = [m for m in t.conversation if m.role == "assistant"]
        problems = []
        for ack in seen:
            n = ack.get("number", 0)
            if ack["kind"] == "answer" and (len(users) < n or users[n - 1].text != ack["text"]):
                problems.append(f"answer {n} lost or changed")
            if ack["kind"] == "question" and (
                    len(asked) < n or _words(asked[n - 1].text) not in _words(ack["chat"])):
                problems.append(f"question {n} shown but lost or changed")
        kinds = {ack["kind"]: ack for ack in seen}
        if "confirmed" in kinds:
            confirmed = [c for c in t.cards if c.id == t.confirmed_card_id]
            if not confirmed or confirmed[0].card.title != kinds["confirmed"]["title"]:
                problems.append("the confirmed card is lost or changed")
        if "survey" in kinds and not t.survey_done:
            problems.append("the finished survey is lost")
        return problems + self._resumes(t, kinds, len(acks(seen, "answer")))

    def _resumes(self, t: Any, kinds: dict[str, Any], answers: int) -> list[str]:
        """The stored transcript's next step follows from what was acknowledged."""
        wanted = (Stage.DONE if "survey" in kinds else Stage.SURVEY if "confirmed" in kinds
                  else Stage.CARD if answers > self.FOLLOW_UPS else Stage.CONVERSATION)
        stage, step = stage_of(t), next_step(t)
        problems = []
        if STAGES.index(stage) < STAGES.index(wanted):
            problems.append(f"stored stage {stage} is behind the acknowledged {wanted}")
        if t.answers > answers + 1 or step == "consent":
            problems.append(f"resumes at {step} with {t.answers} answers stored, "
                            f"{answers} acknowledged")
        return problems
