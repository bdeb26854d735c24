"""Bulk work on the lab server for its owner: a large study file loaded into an empty server
study with COPY (the change-log triggers off, the log written in one statement per table), and
the file marked as synced with it. How a lab moves a big study to its server at once, and how
`bench --only sync` fills one; a first `sync --init` does the same row by row in batches.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from desktop.store.server import schema
from desktop.store.server.connection import (
    ServerAddress,
    ServerRefused,
    connect,
    parse_server_url,
    psycopg_module,
)
from desktop.store.server.lab import LabSide
from desktop.store.server.laptop import LaptopSide, SyncState, synced_tables
from desktop.store.study import Study

COPY_CHUNK = 50_000


def load_in_bulk(study: Study, address: ServerAddress) -> dict[str, Any]:
    """Create the server study (as `sync --init`) and COPY every synced row of `study` into
    it; refused when the server study already holds rows. Needs the tables' owner."""
    started = time.perf_counter()
    tables = synced_tables(study)
    conn = connect(address)
    try:
        meta = schema.read_meta(conn, address)
        schema.check_server(meta, address, study.meta.id, study.meta.name, init=True)
        schema.create_or_migrate(conn, address, tables, study.meta.id, meta)
        meta = schema.read_meta(conn, address)
        schema.use_schema(conn, address)
        lab = LabSide(conn, address, tables)
        if lab.max_seq():
            raise ServerRefused(f"the server {address.shown} already holds rows of the study "
                                f"{study.meta.name!r}: a bulk load only fills an empty one "
                                "(use sync).")
        counts: dict[str, int] = {}
        with lab.transaction():
            for table in tables.columns:
                counts[table] = _copy_table(study, lab, table)
        laptop = LaptopSide(study, tables)
        with laptop.transaction():
            laptop.save_state(SyncState(meta["server_id"], address.shown, laptop.max_seq(),
                                        lab.max_seq()))
    finally:
        conn.close()
    return {"rows": sum(counts.values()), "per_table": counts,
            "seconds": round(time.perf_counter() - started, 3)}


def _copy_table(study: Study, lab: LabSide, table: str) -> int:
    """The table's rows by COPY with its log trigger off; then one log entry per row."""
    sql, conn = lab.sql, lab.conn
    name = sql.Identifier(table)
    conn.execute(sql.SQL("ALTER TABLE {} DISABLE TRIGGER USER").format(name))
    listed = ", ".join(f'"{c}"' for c in lab.tables.columns[table])
    cursor = study.db.execute(f'SELECT {listed} FROM "{table}"')
    copied = 0
    columns = sql.SQL(", ").join(sql.Identifier(c) for c in lab.tables.columns[table])
    with conn.cursor() as out, out.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(
            name, columns)) as copy:
        while rows := cursor.fetchmany(COPY_CHUNK):
            for row in rows:
                copy.write_row(row)
            copied += len(rows)
    conn.execute(sql.SQL("ALTER TABLE {} ENABLE TRIGGER USER").format(name))
    conn.execute(sql.SQL("INSERT INTO mgs_changes (table_name, row_id, seq) SELECT %s, id, "
                         "nextval('mgs_change_seq') FROM {} ORDER BY id").format(name), [table])
    return copied


def server_counts(address: ServerAddress) -> dict[str, int]:
    """Rows per synced table in the server study."""
    conn = connect(address)
    try:
        schema.use_schema(conn, address)
        names = [r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s AND "
            "table_name NOT LIKE 'mgs%%'", [address.schema])]
        sql = psycopg_module().sql
        return {name: int(conn.execute(sql.SQL("SELECT count(*) FROM {}").format(
            sql.Identifier(name))).fetchone()[0]) for name in sorted(names)}
    finally:
        conn.close()


def file_counts(study: Study) -> dict[str, int]:
    """Rows per synced table in the study file."""
    return {table: int(study.db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table in synced_tables(study).columns}


def create_database(url: str, name: str) -> str:
    """A new, empty database on the server of `url` (whose role may create databases); the
    same URL naming it."""
    address = parse_server_url(url)
    conn = connect(address)
    try:
        sql = psycopg_module().sql
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    finally:
        conn.close()
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))
