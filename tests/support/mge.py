"""A small hand-computed MGE run: three cards in MGE's own JSON shapes and five votes, as the
command line imports them."""

from __future__ import annotations

CARDS = [  # one card in MGE's 2023 shape, two in the later one
    {"id": 1, "title": "Honest listening", "instructionsShort": "I listen first.",
     "instructionsDetailed": "...", "evaluationCriteria": ["MOMENTS when they pause"]},
    {"id": 2, "title": "Shared discernment", "description": "I help them see.",
     "policies": ["CHOICES that open options", "FEELINGS they name"]},
    {"id": 3, "title": "Trust in their path", "description": "I trust them.",
     "policies": ["OPPORTUNITIES for their own choice"]},
]


def vote(user: str, src: int, dst: int, relationship: str = "upgrade",
         at: str = "2024-01-01T10:00:00Z") -> dict[str, object]:
    """One vote as MGE exports it, from card `src` to card `dst`."""
    return {"userId": user, "fromId": src, "toId": dst, "story": "I used to...",
            "contextId": "When advising", "relationship": relationship, "comment": "",
            "createdAt": at}


VOTES = [vote("u1", 1, 2), vote("u2", 1, 2), vote("u1", 2, 3, at="2024-02-01T10:00:00Z"),
         vote("u2", 2, 3, at="2024-02-01T10:00:00Z"), vote("u3", 1, 3, "no_upgrade")]
