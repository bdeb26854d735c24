"""Ranking core of the moral graph: votes in; MGE summary, PageRank and Bradley-Terry out.

`Vote` loads with the package; the ranking (numpy and scipy, half a second to import) only
when first asked for, so storing and asking for votes never waits for it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.core.graph.votes import Vote

if TYPE_CHECKING:
    from desktop.core.graph.ranking import RankedValue, Ranking, bridging, rank

__all__ = ["RankedValue", "Ranking", "Vote", "bridging", "rank"]
_RANKING = frozenset({"RankedValue", "Ranking", "bridging", "rank"})


def __getattr__(name: str) -> Any:
    if name in _RANKING:
        from desktop.core.graph import ranking

        return getattr(ranking, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
