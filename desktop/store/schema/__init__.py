"""The schema ladder, assembled from each area's migrations in a fixed order."""

from desktop.store.schema import (
    foundation,  # noqa: F401  (m001-m003)
    graph,  # noqa: F401  (m040-m059)
    interviews,  # noqa: F401  (m004-m019)
    labelling,  # noqa: F401  (m020-m039)
)
from desktop.store.schema.ladder import LADDER, migration_names

SCHEMA_VERSION = len(migration_names())

__all__ = ["LADDER", "SCHEMA_VERSION", "migration_names"]
