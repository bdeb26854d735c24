"""Writes the sample moral graph (values, votes, stories) used by the view's tests and screenshots.

Run from the repository root: `python tests/data/graph/make_sample.py`. The output is committed;
this script says how it was made (a fixed seed, answers drawn from a hidden order of values).
"""

from __future__ import annotations

import json
import math
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent
SCREENS = "A parent asks how to handle their teenager's screen time"
TRUTH = "Someone asks whether to tell a friend a hard truth"

# (id, context, hidden strength, title, description, policies)
VALUES = [
    ("v01", SCREENS, 0.0, "Clear house rules",
     "Setting limits everyone knows in advance, so there is less to argue about.",
     ["RULES that are written down and the same every day",
      "CONSEQUENCES agreed before they are needed"]),
    ("v02", SCREENS, 1.6, "Trust built through conversation",
     "Talking with the teenager about what they do online, not only about how long.",
     ["QUESTIONS about what they enjoy and what worries them",
      "MOMENTS when they bring something up on their own",
      "SIGNS that they feel listened to rather than watched"]),
    ("v03", SCREENS, 1.2, "Teaching self-regulation",
     "Helping them notice how the phone makes them feel, so they can set their own limits.",
     ["PATTERNS they notice in their own mood after scrolling",
      "SMALL experiments they choose themselves",
      "PROGRESS they can see without being told"]),
    ("v04", SCREENS, 0.4, "Protecting sleep and health",
     "Keeping nights and meals free of screens because the body needs it.",
     ["HOURS of sleep on school nights", "ENERGY and mood in the morning"]),
    ("v05", SCREENS, 0.9, "Respecting growing autonomy",
     "Treating a teenager as someone learning to run their own life.",
     ["CHOICES that can safely be left to them", "PRIVACY they are old enough to have"]),
    ("v06", SCREENS, 1.0, "Modelling the behaviour you ask for",
     "Parents putting their own phones away first.",
     ["MY OWN habits at the table", "THE example they see every evening"]),
    ("v07", SCREENS, 1.4, "Understanding what the phone gives them",
     "Friends, belonging and play happen there too; limits should not cut them off.",
     ["FRIENDSHIPS that live in group chats", "WHAT they would lose, not only what they'd gain"]),
    ("v08", SCREENS, -0.3, "Safety from online harm",
     "Filters and monitoring so nothing terrible reaches them.",
     ["CONTENT that is not right for their age", "STRANGERS who contact them"]),
    ("v09", TRUTH, 1.5, "Honesty without cruelty",
     "Saying the true thing in a way the friend can actually hear.",
     ["WORDS that name the problem without naming a culprit",
      "THE friend's dignity while hearing it",
      "WHAT they can do next"]),
    ("v10", TRUTH, -0.4, "Keeping the peace",
     "Not risking the friendship over something that may sort itself out.",
     ["TENSION it would cause in the group", "WHETHER it is really my business"]),
    ("v11", TRUTH, 1.1, "Caring for their long-term wellbeing",
     "What matters is how their life goes, not how comfortable the conversation is.",
     ["HARM that grows if nobody says anything", "WHO else is there for them"]),
    ("v12", TRUTH, 1.3, "Asking before advising",
     "Finding out what the friend already sees before telling them anything.",
     ["QUESTIONS that let them say it first", "WHETHER they want advice at all"]),
    ("v13", TRUTH, 0.1, "Loyalty",
     "Standing by a friend, whatever they decide.",
     ["PROMISES I made to them", "TIMES they stood by me"]),
    ("v14", TRUTH, 0.6, "Saying it plainly <no sugar-coating> & fast",
     "A friend tells you straight, because hints get missed.",
     ["CLARITY over comfort", "TIME they lose if I wait"]),
    ("v15", TRUTH, 1.0,
     "Holding space for the friend's own pace of discovering what they already sense is wrong",
     "Letting them come to it when they are ready, while making clear you are there.",
     ["SIGNALS that they are ready to talk", "SPACE without pressure",
      "PRESENCE that stays steady"]),
]

STORIES = [
    ("v01", "v02", "I used to think clear rules would end the fights about the phone. They "
                   "did not. When I started asking my daughter what she liked about it, the "
                   "rules mattered less, because we finally understood each other."),
    ("v10", "v09", "I kept quiet to keep the peace, and my friend got hurt anyway. I learned "
                   "I could tell him the truth gently, and that was the kind thing all along."),
    ("v13", "v11", "Loyalty meant agreeing with her. Then I saw that caring about how her life "
                   "went sometimes meant saying what she did not want to hear."),
]


def strengths() -> dict[str, float]:
    return {value_id: strength for value_id, _, strength, *_ in VALUES}


def pairs(context: str, rng: random.Random) -> list[tuple[str, str]]:
    ids = [v[0] for v in VALUES if v[1] == context]
    every = [(a, b) for a in ids for b in ids if a < b]
    rng.shuffle(every)
    # MGE shows a limited pool of proposed upgrades; both directions are drafted.
    return [pair if rng.random() < 0.5 else pair[::-1] for pair in every[:14]]


def main() -> None:
    rng = random.Random(7)
    power = strengths()
    pools = {SCREENS: pairs(SCREENS, rng), TRUTH: pairs(TRUTH, rng)}
    start = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)
    votes, moment = [], start
    for user in range(1, 31):
        context = SCREENS if user % 3 else TRUTH
        for source, target in rng.sample(pools[context], 6):
            moment += timedelta(minutes=rng.randint(2, 50))
            odds = 1 / (1 + math.exp(power[source] - power[target]))
            draw = rng.random()
            relationship = ("not_sure" if draw < 0.1 else
                            "upgrade" if rng.random() < odds else "no_upgrade")
            comment = "" if rng.random() < 0.8 else rng.choice(
                ["It felt more honest.", "Both matter, hard to say.",
                 "The second one sees the whole person.", "<i>not sure</i> about this one"])
            votes.append({"userId": f"u{user:02d}", "fromId": source, "toId": target,
                          "contextId": context, "relationship": relationship,
                          "story": "", "comment": comment,
                          "createdAt": moment.isoformat().replace("+00:00", "Z")})
    # Two people change their minds later: the newer answer supersedes the first.
    for changed in (votes[3], votes[40]):
        moment += timedelta(minutes=30)
        votes.append({**changed, "relationship": "upgrade", "comment": "Changed my mind.",
                      "createdAt": moment.isoformat().replace("+00:00", "Z")})
    cards = [{"id": v[0], "title": v[3], "description": v[4], "policies": v[5]} for v in VALUES]
    stories = [{"from": a, "to": b, "text": text,
                "context": next(v[1] for v in VALUES if v[0] == a)} for a, b, text in STORIES]
    for name, rows in (("values.json", cards), ("votes.json", votes), ("stories.json", stories)):
        (HERE / name).write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n",
                                 encoding="utf-8")


if __name__ == "__main__":
    main()
