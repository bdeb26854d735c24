"""A labelling session as the Labelling page runs it: the study's labelling settings, the
annotators and their assigned items, the items to label, and the model's suggestions."""

from __future__ import annotations

from desktop.store.annotators import (
    add_annotator,
    annotator_groups,
    list_annotators,
    set_annotator_group,
)
from desktop.store.assignments import assign_items, assignment_counts
from desktop.store.items import dilemma_values, item_counts, load_item
from desktop.store.labelling_session import LabellingSession
from desktop.store.labelling_settings import (
    LabellingSettings,
    labelling_settings,
    set_labelling_setting,
)
from desktop.store.review import profile_choices
from desktop.store.suggestions import (
    StoredSuggestion,
    add_suggestion,
    items_with_suggestions,
    latest_suggestion,
)

__all__ = [
    "LabellingSession", "LabellingSettings", "StoredSuggestion", "add_annotator",
    "add_suggestion", "annotator_groups", "assign_items", "assignment_counts", "dilemma_values",
    "item_counts", "items_with_suggestions", "labelling_settings", "latest_suggestion",
    "list_annotators", "load_item", "profile_choices", "set_annotator_group",
    "set_labelling_setting",
]
