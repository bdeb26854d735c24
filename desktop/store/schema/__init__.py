"""The schema ladder: every migration in the order it shipped, explicitly (see ladder.py)."""

from sqlite_utils.migrations import Migrations

from desktop.store.schema import foundation, graph, integrity, interviews, labelling, sync
from desktop.store.schema.ladder import build_ladder
from desktop.store.schema.ladder import migration_names as _names

# The order every study climbs. Append only: never insert, remove or reorder.
SHIPPED = (
    foundation.m001_create_study,
    foundation.m002_create_people,
    foundation.m003_create_questions,
    interviews.m004_create_consents,
    interviews.m005_create_demographic_fields,
    interviews.m006_create_prompt_sets,
    interviews.m007_create_interviews,
    interviews.m008_create_messages,
    interviews.m009_create_card_versions,
    interviews.m010_create_survey,
    interviews.m011_create_interview_settings,
    labelling.m020_create_items,
    labelling.m021_create_dilemmas,
    labelling.m022_create_valence_items,
    labelling.m023_create_annotator_groups,
    labelling.m024_create_assignments,
    labelling.m025_create_suggestions,
    labelling.m026_create_labels,
    labelling.m027_create_adjudications,
    labelling.m028_create_labelling_settings,
    graph.m040_create_canonical_values,
    graph.m041_create_card_groupings,
    graph.m042_create_upgrade_stories,
    graph.m043_create_votes,
    graph.m100_add_interview_voting,
    graph.m101_index_votes_by_pair_and_participant,
    integrity.m102_add_erasures_and_append_only_triggers,
    sync.m110_add_sync_log_and_state,
    interviews.m111_add_interview_language_and_notes,
    sync.m112_make_erasure_reason_set_once,
)

LADDER = build_ladder(SHIPPED)
SCHEMA_VERSION = len(SHIPPED)


def migration_names(ladder: Migrations = LADDER) -> list[str]:
    return _names(ladder)


__all__ = ["LADDER", "SCHEMA_VERSION", "SHIPPED", "build_ladder", "migration_names"]
