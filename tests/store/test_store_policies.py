"""Every table of a study declares how copies of it merge (desktop/store/policies.py)."""

from __future__ import annotations

from pathlib import Path

from desktop.store import create_study
from desktop.store.policies import BY_TABLE, POLICIES, policy_of


def test_every_table_has_a_declared_policy(tmp_path: Path) -> None:
    with create_study(tmp_path / "s.mgstudy", "policies") as study:
        tables = {t for t in study.db.table_names() if not t.startswith(("_", "sqlite_"))}
        columns = {t: set(study.db.table(t).columns_dict) for t in tables}
    missing = sorted(tables - set(BY_TABLE))
    assert missing == [], f"tables without a merge policy: {missing}"
    assert sorted(set(BY_TABLE) - tables) == [], "a policy names a table the study lacks"
    assert len(BY_TABLE) == len(POLICIES), "a table is declared twice"
    for policy in POLICIES:
        have = columns[policy.table]
        assert set(policy.natural_key) <= have, policy
        assert set(policy.set_once) <= have, policy
        if policy.rule == "newest_edit":
            assert "updated_at" in have, f"{policy.table}: newest edit needs updated_at"
        if policy.person and "row." in policy.person:
            used = {w.split(".")[1].rstrip(")") for w in policy.person.split()
                    if w.startswith("row.")}
            assert used <= have, policy


def test_an_undeclared_table_is_named() -> None:
    try:
        policy_of("notes")
    except KeyError as error:
        assert "notes" in str(error) and "policies.py" in str(error)
    else:
        raise AssertionError("an undeclared table must not get a default rule")


def test_every_append_only_table_refuses_edits_in_the_database(tmp_path: Path) -> None:
    with create_study(tmp_path / "s.mgstudy", "triggers") as study:
        triggers = {row[0] for row in study.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    for policy in POLICIES:
        if policy.rule == "append_only":
            wanted = {f"{policy.table}_append_only", f"{policy.table}_no_delete",
                      *(f"{policy.table}_{column}_once" for column in policy.set_once)}
            assert wanted <= triggers, f"{policy.table} lacks {sorted(wanted - triggers)}"
