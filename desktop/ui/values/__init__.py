"""The Values & voting page: grouping cards into values, upgrade stories, wiser-than voting."""
