"""The ladder of migrations every study climbs (see desktop/store/schema/)."""

from desktop.store.schema import LADDER, SCHEMA_VERSION, SHIPPED, build_ladder, migration_names

__all__ = ["LADDER", "SCHEMA_VERSION", "SHIPPED", "build_ladder", "migration_names"]
