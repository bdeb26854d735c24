"""Fixtures for the graph ranking tests: a factory for votes with unique ids and rising times."""

from __future__ import annotations

import pytest

from tests.support.graph import VoteFactory


@pytest.fixture
def make_vote() -> VoteFactory:
    """A fresh vote factory: ids and minutes count from one in each test."""
    return VoteFactory()
