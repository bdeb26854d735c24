"""Loading a study file into an empty server study in bulk gives what a first sync gives, and
the file is then up to date with it; a server study with rows is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.store import open_study
from desktop.store.server import ServerRefused, parse_server_url, sync_study
from desktop.store.server.admin import file_counts, load_in_bulk, server_counts
from tests.support.field_day import LAPTOPS
from tests.support.lab_server import new_database, server_rows, shared

pytest.importorskip("psycopg")


def test_a_bulk_load_equals_a_first_sync_and_leaves_nothing_to_send(
        laptops: tuple[Path, Path], postgres: Any) -> None:
    a, b = laptops
    bulk, synced = new_database(postgres, "bulk"), new_database(postgres, "firstsync")
    with open_study(a, device=LAPTOPS[0]) as study:
        loaded = load_in_bulk(study, parse_server_url(bulk))
        assert loaded["rows"] == sum(file_counts(study).values())
        again = sync_study(study, parse_server_url(bulk))
        assert (again.rows_up, again.changed_here, again.changed_there) == (0, 0, 0)
    with open_study(b, device=LAPTOPS[1]) as study:
        with pytest.raises(ServerRefused, match="already holds rows"):
            load_in_bulk(study, parse_server_url(bulk))
        sync_study(study, parse_server_url(bulk))
    with open_study(a, device=LAPTOPS[0]) as study:
        sync_study(study, parse_server_url(bulk))
    assert shared(a) == shared(b) == server_rows(bulk)
    assert server_counts(parse_server_url(bulk)) == {
        t: len(rows) for t, rows in server_rows(bulk).items()}
    for path, device, init in ((a, LAPTOPS[0], True), (b, LAPTOPS[1], False),
                               (a, LAPTOPS[0], False)):
        with open_study(path, device=device) as study:
            sync_study(study, parse_server_url(synced), init=init)
    assert server_rows(synced) == server_rows(bulk)
