"""Ranking core of the moral graph: votes in; MGE summary, PageRank and Bradley-Terry out."""

from desktop.core.graph.ranking import RankedValue, Ranking, bridging, rank
from desktop.core.graph.votes import Vote

__all__ = ["RankedValue", "Ranking", "Vote", "bridging", "rank"]
