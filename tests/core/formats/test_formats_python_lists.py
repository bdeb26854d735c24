"""DailyDilemmas' Python-literal list cells, read with ast and never eval."""

from __future__ import annotations

import pytest

from desktop.core.formats import parse_python_list


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("['Honesty', 'Trust']", ("Honesty", "Trust")),
        ("[nan, 'Traditional', nan, 'Survival']", ("Traditional", "Survival")),
        ("['You', \"The colleague's boss\"]", ("You", "The colleague's boss")),
        ("['Other team members, the company']", ("Other team members, the company",)),
        ('["json", "style"]', ("json", "style")),
        ("[' padded ', '', None, NaN]", ("padded",)),
        ("[nan, nan]", ()),
        ("[]", ()),
        ("", ()),
        ("  nan  ", ()),
        ("['שלום', 'مرحبا', '😀 emoji']", ("שלום", "مرحبا", "😀 emoji")),
        ("[\n  'multi',\n  'line',\n]", ("multi", "line")),
    ],
)
def test_list_cells_are_read(cell: str, expected: tuple[str, ...]) -> None:
    assert parse_python_list(cell) == expected


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("Honesty, Trust", "expected a list"),
        ("['Honesty', 'Trust'", "expected a list"),
        ("['unclosed, 'Trust']", "expected a list"),
        ("['a', 3]", "entry 2 is not quoted text"),
        ("['a', ['nested']]", "entry 2 is not quoted text"),
        ("[__import__('os').system('echo hacked')]", "entry 1 is not quoted text"),
        ("[open('x')]", "entry 1 is not quoted text"),
        ("[x for x in 'ab']", "expected a list"),
        ("['a'] + ['b']", "expected a list"),
        ("[" * 5000 + "]" * 5000, "expected a list"),
    ],
)
def test_malformed_cells_raise_value_error_with_a_short_reason(cell: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason) as caught:
        parse_python_list(cell)
    assert len(str(caught.value)) < 120
