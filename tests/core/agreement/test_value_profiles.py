"""Value maps and DailyDilemmas-style value profiles, on a hand-made table and the real one."""

from pathlib import Path

import pytest

from desktop.core.value_profiles import (
    THEORIES,
    DilemmaChoice,
    ValueMap,
    load_value_map,
    profile,
    profiles_by_group,
    unknown_values,
)

REAL_VALUES_CSV = Path(__file__).resolve().parents[3] / "resources" / "values" / "values.csv"

SMALL_TABLE = """,value,WVS,MFT,Virtue,Emotion,Maslow
0,Alpha,Survival,Care,,trust,safety
1,beta,Self-expression,Fairness,,,
2,gamma,,Care,Courage,,
3,delta,Survival,,,joy,
4,epsilon,,Loyalty,,,
"""


def write_table(tmp_path: Path, text: str, name: str = "values.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def small_map(tmp_path: Path) -> ValueMap:
    return load_value_map(write_table(tmp_path, SMALL_TABLE))


@pytest.fixture(scope="module")
def real_map() -> ValueMap:
    return load_value_map(REAL_VALUES_CSV)


def test_lookup_ignores_case_and_spacing(small_map: ValueMap) -> None:
    assert small_map.dimension("  ALPHA ", "MFT") == "Care"
    assert small_map.dimension("gamma", "WVS") is None  # mapped value, empty cell
    assert small_map.dimension("zeta", "WVS") is None
    assert small_map.unknown(["alpha", " Zeta", "zeta ", "omega"]) == ["Zeta", "omega"]


def test_unknown_theory_is_rejected(small_map: ValueMap) -> None:
    with pytest.raises(ValueError, match="unknown theory 'mft'"):
        small_map.dimension("alpha", "mft")


def test_profile_matches_hand_computation(small_map: ValueMap) -> None:
    choices = [
        DilemmaChoice("ann1", ["alpha", "beta"], ["beta"]),
        DilemmaChoice("ann2", ["gamma", "delta", "unheard-of"], ["Alpha", "beta"]),
    ]
    # MFT, chosen: Care (alpha, gamma), Fairness (beta); delta has no MFT, the unknown is left out.
    # Neglected: Fairness (beta twice), Care (alpha). Shares 2/3, 1/3 against 1/3, 2/3.
    result = profile(choices, small_map, "MFT")
    assert result == pytest.approx({"Care": 1 / 3, "Fairness": -1 / 3, "Loyalty": 0.0})
    # WVS, chosen: Survival (alpha, delta), Self-expression (beta) -> 2/3, 1/3.
    # Neglected: Self-expression twice, Survival once -> 1/3, 2/3.
    wvs = profile(choices, small_map, "WVS")
    assert wvs == pytest.approx({"Self-expression": -1 / 3, "Survival": 1 / 3})
    assert unknown_values(choices, small_map) == ["unheard-of"]


def test_profile_of_a_side_with_no_mapped_value(small_map: ValueMap) -> None:
    result = profile([DilemmaChoice("a", ["gamma"], ["epsilon"])], small_map, "Virtue")
    assert result == {"Courage": 1.0}
    assert profile([], small_map, "MFT") == {"Care": 0.0, "Fairness": 0.0, "Loyalty": 0.0}


def test_profiles_by_group(small_map: ValueMap) -> None:
    choices = [
        DilemmaChoice("ann1", ["alpha"], ["beta"]),
        DilemmaChoice("ann2", ["beta"], ["alpha"]),
        DilemmaChoice("ann3", ["beta"], ["epsilon"]),
        DilemmaChoice("nobody", ["alpha"], ["epsilon"]),
    ]
    groups = {"ann1": "students", "ann2": "teachers", "ann3": "teachers"}
    result = profiles_by_group(choices, groups, small_map, "MFT")
    assert list(result) == ["students", "teachers"]
    assert result["students"] == {"Care": 1.0, "Fairness": -1.0, "Loyalty": 0.0}
    assert result["teachers"] == {"Care": -0.5, "Fairness": 1.0, "Loyalty": -0.5}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", r"line 1: empty file"),
        (",value,WVS,MFT,Virtue,Emotion\n", r"line 1: missing column\(s\) Maslow"),
        (SMALL_TABLE + "5,zeta,Survival\n", r"line 7: expected 7 cells"),
        (SMALL_TABLE + "5,  ,Survival,,,,\n", r"line 7: empty value name"),
        (SMALL_TABLE + "\n5,BETA,,,,,\n", r"line 8: value 'beta' listed twice"),
        (SMALL_TABLE + '5,"zeta\nzeta",,,,,\n6,"open,,,,,\n', r"line 9: not valid CSV"),
    ],
)
def test_bad_file_names_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = write_table(tmp_path, text)
    with pytest.raises(ValueError, match=message) as caught:
        load_value_map(path)
    assert str(path) in str(caught.value)


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "values.csv"
    path.write_bytes(SMALL_TABLE.encode() + b"5,caf\xe9,,,,,\n")
    with pytest.raises(ValueError, match=r"line 7: not UTF-8"):
        load_value_map(path)


def test_real_values_csv_has_301_values(real_map: ValueMap) -> None:
    assert len(real_map) == 301
    assert [real_map.dimension("Honesty", theory) for theory in THEORIES] == [
        None,
        "Fairness",
        "Truthfulness",
        "trust",
        "self-esteem",
    ]
    assert "right to accurate information" in real_map
    assert real_map.dimensions_of("MFT") == ["Authority", "Care", "Fairness", "Loyalty", "Purity"]
    assert real_map.dimensions_of("WVS") == [
        "Secular-rational",
        "Self-expression",
        "Survival",
        "Traditional",
    ]


def test_profile_with_real_values(real_map: ValueMap) -> None:
    choices = [DilemmaChoice("ann", ["honesty", "transparency"], ["loyalty", "trust"])]
    assert profile(choices, real_map, "WVS") == pytest.approx(
        {"Secular-rational": 0.0, "Self-expression": 1.0, "Survival": -0.5, "Traditional": -0.5}
    )
    mft = profile(choices, real_map, "MFT")
    assert (mft["Fairness"], mft["Loyalty"], mft["Care"]) == (1.0, -1.0, 0.0)
    # Shares on each side sum to 1, so a profile with both sides mapped sums to 0.
    for theory in ("MFT", "Emotion", "Maslow"):
        assert sum(profile(choices, real_map, theory).values()) == pytest.approx(0.0)
