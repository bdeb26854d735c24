"""Reads dilemmas: DailyDilemmas' own layouts as they are, or a plain situation/actions table."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.formats.errors import ImportFileError
from desktop.core.formats.items import Dilemma
from desktop.core.formats.layouts import DILEMMA_KINDS
from desktop.core.formats.question_actions import actions_from_question
from desktop.core.formats.records import DEFAULT_MAX_BYTES
from desktop.core.formats.table import Row, Table, open_table

ACTION_TYPES = ("to_do", "not_to_do")
_MISSING = {"", "nan", "none", "null"}  # how pandas and hand-made exports leave a cell blank


def read_dilemmas(
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Dilemma]:
    """Every dilemma in the file, or ImportFileError for the first problem (nothing partial).

    Recognised as they are: DailyDilemmas' full "by action" file (two rows per `idx`), its
    `dilemma.csv` (actions worded from the closing question, see question_actions), the
    `dilemma_idx, action_type, party, value` rows, and a plain `situation, action_a, action_b`
    table.
    """
    table = open_table(path, DILEMMA_KINDS, mapping, max_bytes)
    return _BUILDERS[table.kind](table)


def _unique(*lists: Iterable[str]) -> tuple[str, ...]:
    """Entries in first-seen order; a repeat differing only in case is the same entry."""
    seen: dict[str, str] = {}
    for entry in (entry.strip() for entries in lists for entry in entries):
        if entry.lower() not in _MISSING:
            seen.setdefault(entry.casefold(), entry)
    return tuple(seen.values())


def _topic(row: Row) -> str:
    # topic_group names the theme ("workplace"); topic is only a cluster number.
    return row.text("topic_group") or row.text("topic")


def _plain(table: Table) -> list[Dilemma]:
    return [
        Dilemma(
            source_id=row.text("source_id"),
            situation=row.required("situation"),
            action_a=row.required("action_a"),
            action_b=row.required("action_b"),
            parties=_unique(row.texts("parties")),
            values_a=_unique(row.texts("values_a")),
            values_b=_unique(row.texts("values_b")),
            topic=row.text("topic"),
            source=row.text("source"),
        )
        for row in table.rows()
    ]


def _situations(table: Table) -> list[Dilemma]:
    dilemmas = []
    for row in table.rows():
        situation = row.required("dilemma_situation")
        action_a, action_b = actions_from_question(situation)
        source_id = row.required("idx")
        dilemmas.append(
            Dilemma(
                source_id,
                situation,
                action_a,
                action_b,
                topic=_topic(row),
                source=row.text("source"),
            )
        )
    return dilemmas


@dataclass
class _Group:
    """The rows of one dilemma, by action type."""

    idx: str
    line: int
    rows: dict[str, list[Row]] = field(default_factory=lambda: {kind: [] for kind in ACTION_TYPES})


def _groups(table: Table, idx_field: str, one_row_per_action: bool) -> list[_Group]:
    groups: dict[str, _Group] = {}
    for row in table.rows():
        idx = row.required(idx_field)
        action_type = row.choice("action_type", ACTION_TYPES)
        group = groups.setdefault(idx, _Group(idx, row.line))
        same = group.rows[action_type]
        if one_row_per_action and same:
            first = same[0].line
            raise row.error(
                f"dilemma {idx} has a second '{action_type}' row (the first: line {first})"
            )
        same.append(row)
    for group in groups.values():
        _check_both_actions(table, group)
    return list(groups.values())


def _check_both_actions(table: Table, group: _Group) -> None:
    for action_type in ACTION_TYPES:
        if not group.rows[action_type]:
            message = (
                f"dilemma {group.idx} has no '{action_type}' row; "
                "each dilemma needs one 'to_do' and one 'not_to_do' row"
            )
            raise ImportFileError(table.path, group.line, message)


def _by_action(table: Table) -> list[Dilemma]:
    return [_by_action_dilemma(group) for group in _groups(table, "idx", one_row_per_action=True)]


def _by_action_dilemma(group: _Group) -> Dilemma:
    do, dont = group.rows["to_do"][0], group.rows["not_to_do"][0]
    parties = (
        row.texts(name) for row in (do, dont) for name in ("parties_direct", "parties_indirect")
    )
    return Dilemma(
        source_id=group.idx,
        situation=do.required("dilemma_situation"),
        action_a=do.required("action"),
        action_b=dont.required("action"),
        parties=_unique(*parties),
        values_a=_action_values(do),
        values_b=_action_values(dont),
        topic=_topic(do),
        source=do.text("source"),
    )


def _action_values(row: Row) -> tuple[str, ...]:
    # values_names is DailyDilemmas' cleaned list, named as in its 301-value table; prefer it.
    named = row.texts("values_names")
    return (
        _unique(named)
        if named
        else _unique(row.texts("values_direct"), row.texts("values_indirect"))
    )


def _party_value(table: Table) -> list[Dilemma]:
    return [
        _party_value_dilemma(group)
        for group in _groups(table, "dilemma_idx", one_row_per_action=False)
    ]


def _party_value_dilemma(group: _Group) -> Dilemma:
    do, dont = group.rows["to_do"], group.rows["not_to_do"]
    situation = do[0].required("dilemma_situation")
    worded_a, worded_b = actions_from_question(situation)
    return Dilemma(
        source_id=group.idx,
        situation=situation,
        action_a=do[0].text("action") or worded_a,
        action_b=dont[0].text("action") or worded_b,
        parties=_unique(row.text("party") for row in do + dont),
        values_a=_unique(row.text("value") for row in do),
        values_b=_unique(row.text("value") for row in dont),
        topic=_topic(do[0]),
        source=do[0].text("source"),
    )


_BUILDERS: dict[str, Callable[[Table], list[Dilemma]]] = {
    "daily_dilemmas_by_action": _by_action,
    "daily_dilemmas_party_value": _party_value,
    "daily_dilemmas_situations": _situations,
    "dilemmas": _plain,
}
