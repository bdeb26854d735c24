"""The study's tables on the lab server: created and migrated by `sync --init`, checked by
every sync (same study, a schema this app knows).

One PostgreSQL schema holds one study (by default `moral_graph_studio` in the database the URL
names; `schema=NAME` in the URL picks another), with the study file's tables and columns, a
change log (`mgs_changes`, filled by triggers), and `mgs_meta` recording the study id, the
schema version and the server's own id. Identifiers come from the registry and the study
file's schema only; every value is a parameter.
"""

from __future__ import annotations

from typing import Any

from desktop.__about__ import VERSION
from desktop.core.clock import new_id, now_iso
from desktop.store.erasure import erasure_order
from desktop.store.policies import BY_TABLE, person_sql
from desktop.store.schema import SCHEMA_VERSION
from desktop.store.server.connection import ServerAddress, ServerRefused, psycopg_module
from desktop.store.server.laptop import Tables


def _sql() -> Any:
    return psycopg_module().sql


def pg_type(declared: str) -> str:
    declared = declared.upper()
    if "INT" in declared:
        return "bigint"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "double precision"
    return "text"


def use_schema(conn: Any, address: ServerAddress) -> None:
    conn.execute(_sql().SQL("SET search_path TO {}").format(_sql().Identifier(address.schema)))


def read_meta(conn: Any, address: ServerAddress) -> dict[str, str]:
    """The server study's identity, or {} when `sync --init` never ran here."""
    found = conn.execute("SELECT to_regclass(%s)", [f"{address.schema}.mgs_meta"]).fetchone()
    if found[0] is None:
        return {}
    sql = _sql()
    rows = conn.execute(sql.SQL("SELECT key, value FROM {}.mgs_meta").format(
        sql.Identifier(address.schema))).fetchall()
    return dict(rows)


def check_server(meta: dict[str, str], address: ServerAddress, study_id: str, name: str,
                 init: bool) -> None:
    """Refuse, in one sentence naming the server and the study, what must not be synced."""
    where = f"the server {address.shown}"
    if not meta:
        if not init:
            raise ServerRefused(f"{where} has no copy of the study {name!r} yet: run `sync "
                                "--init` once, as the lab's database owner, to create it.")
        return
    if meta["study_id"] != study_id:
        raise ServerRefused(f"{where} holds another study (id {meta['study_id']}), not "
                            f"{name!r} (id {study_id}): only copies of one study sync together.")
    version = int(meta["schema_version"])
    if version > SCHEMA_VERSION:
        raise ServerRefused(f"{where} keeps the study {name!r} at schema {version}, newer than "
                            f"this version {VERSION} of the app reads (up to {SCHEMA_VERSION}): "
                            "install the newer version to sync.")
    if version < SCHEMA_VERSION and not init:
        raise ServerRefused(f"{where} keeps the study {name!r} at an older schema ({version}, "
                            f"this app writes {SCHEMA_VERSION}): run `sync --init` once, as the "
                            "lab's database owner, to bring it up to date.")


def create_or_migrate(conn: Any, address: ServerAddress, tables: Tables, study_id: str,
                      meta: dict[str, str]) -> None:
    """Bring the server study to this app's schema in one transaction (idempotent)."""
    sql = _sql()
    with conn.transaction():
        conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(
            sql.Identifier(address.schema)))
        use_schema(conn, address)
        conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [address.schema])
        for statement in _bookkeeping():
            conn.execute(statement)
        for table in tables.columns:
            _create_or_extend(conn, table, tables)
        conn.execute(_erasure_function(conn))
        conn.execute("CREATE OR REPLACE TRIGGER erasures_erase AFTER INSERT ON erasures FOR "
                     "EACH ROW EXECUTE FUNCTION mgs_erase_person()")
        fresh = {} if meta else {"study_id": study_id, "server_id": new_id(),
                                 "created_at": now_iso()}
        for key, value in {**fresh, "schema_version": str(SCHEMA_VERSION),
                           "app_version": VERSION}.items():
            conn.execute("INSERT INTO mgs_meta (key, value) VALUES (%s, %s) ON CONFLICT (key) "
                         "DO UPDATE SET value = EXCLUDED.value", [key, value])


def _bookkeeping() -> list[str]:
    return [
        "CREATE TABLE IF NOT EXISTS mgs_meta (key text PRIMARY KEY, value text NOT NULL)",
        "CREATE SEQUENCE IF NOT EXISTS mgs_change_seq",
        "CREATE TABLE IF NOT EXISTS mgs_changes (table_name text NOT NULL, row_id text NOT "
        "NULL, seq bigint NOT NULL, PRIMARY KEY (table_name, row_id))",
        "CREATE INDEX IF NOT EXISTS mgs_changes_seq ON mgs_changes (seq)",
        # SECURITY DEFINER: a laptop's role needs no right on the log itself.
        "CREATE OR REPLACE FUNCTION mgs_log_change() RETURNS trigger LANGUAGE plpgsql "
        "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
        "INSERT INTO mgs_changes (table_name, row_id, seq) VALUES (TG_TABLE_NAME, NEW.id, "
        "nextval('mgs_change_seq')) ON CONFLICT (table_name, row_id) DO UPDATE SET seq = "
        "EXCLUDED.seq; RETURN NULL; END $$",
    ]


def _create_or_extend(conn: Any, table: str, tables: Tables) -> None:
    sql = _sql()
    columns = list(zip(tables.columns[table], tables.types[table], strict=True))
    listed = sql.SQL(", ").join(
        sql.SQL("{} {}{}").format(sql.Identifier(name), sql.SQL(pg_type(kind)),
                                  sql.SQL(" PRIMARY KEY") if name == "id" else sql.SQL(""))
        for name, kind in columns)
    conn.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} ({})").format(
        sql.Identifier(table), listed))
    for name, kind in columns:
        conn.execute(sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {} {}").format(
            sql.Identifier(table), sql.Identifier(name), sql.SQL(pg_type(kind))))
    conn.execute(sql.SQL("CREATE OR REPLACE TRIGGER {} AFTER INSERT OR UPDATE ON {} FOR EACH "
                         "ROW EXECUTE FUNCTION mgs_log_change()").format(
        sql.Identifier(f"{table}_log"), sql.Identifier(table)))


def _erasure_function(conn: Any) -> str:
    """An erasure arriving on the server deletes the person's rows there, children first;
    SECURITY DEFINER, so that a laptop's role never needs DELETE."""
    deletes = []
    for table in erasure_order():
        whose = person_sql(BY_TABLE[table], "r")
        deletes.append(f"DELETE FROM {_sql().Identifier(table).as_string(conn)} AS r "
                       f"WHERE {whose} = NEW.person_id;")
    return ("CREATE OR REPLACE FUNCTION mgs_erase_person() RETURNS trigger LANGUAGE plpgsql "
            "SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN "
            f"{' '.join(deletes)} RETURN NULL; END $$")


def laptop_role_sql(schema_name: str, tables: Tables, role: str = "mgs_laptop") -> list[str]:
    """GRANTs for a group role of laptops: read everything, insert rows, update only what the
    table's rule lets change; never DELETE (erasure runs in a SECURITY DEFINER trigger)."""
    quote = '"{}"'.format
    statements = [f"CREATE ROLE {role} NOLOGIN",
                  f"GRANT USAGE ON SCHEMA {quote(schema_name)} TO {role}",
                  f"GRANT SELECT ON ALL TABLES IN SCHEMA {quote(schema_name)} TO {role}"]
    for table in tables.columns:
        policy = BY_TABLE[table]
        qualified = f"{quote(schema_name)}.{quote(table)}"
        statements.append(f"GRANT INSERT ON {qualified} TO {role}")
        if policy.rule == "append_only":
            columns = ", ".join(["created_at", "device_id", *policy.set_once])
            statements.append(f"GRANT UPDATE ({columns}) ON {qualified} TO {role}")
        else:
            statements.append(f"GRANT UPDATE ON {qualified} TO {role}")
    return statements
