"""Interview tables: consent, demographics, interviews, messages, card versions, survey
(migrations m004-m019)."""

from __future__ import annotations
