"""Qt-free readers of the files researchers import: questions, dilemmas, valence, MGE, labels."""

from desktop.core.formats.dilemmas import read_dilemmas
from desktop.core.formats.errors import ImportFileError
from desktop.core.formats.items import (
    Dilemma,
    ExternalLabel,
    MgeCard,
    MgeVote,
    Question,
    ValenceItem,
)
from desktop.core.formats.labels import read_labels
from desktop.core.formats.layouts import KINDS, detect_kind, optional_fields, required_fields
from desktop.core.formats.mge import read_mge_cards, read_mge_votes
from desktop.core.formats.python_lists import parse_python_list
from desktop.core.formats.question_actions import actions_from_question
from desktop.core.formats.questions import read_questions
from desktop.core.formats.records import DEFAULT_MAX_BYTES, iter_records, read_columns
from desktop.core.formats.table import parse_mapping
from desktop.core.formats.valence import read_valence_items

__all__ = [
    "DEFAULT_MAX_BYTES",
    "KINDS",
    "Dilemma",
    "ExternalLabel",
    "ImportFileError",
    "MgeCard",
    "MgeVote",
    "Question",
    "ValenceItem",
    "actions_from_question",
    "detect_kind",
    "iter_records",
    "optional_fields",
    "parse_mapping",
    "parse_python_list",
    "read_columns",
    "read_dilemmas",
    "read_labels",
    "read_mge_cards",
    "read_mge_votes",
    "read_questions",
    "read_valence_items",
    "required_fields",
]
