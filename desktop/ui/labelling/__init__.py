"""The Labelling page: setup, keyboard labelling of dilemmas and valence items, review and value
profiles."""
