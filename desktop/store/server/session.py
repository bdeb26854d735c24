"""One sync of a study file with the lab server: pull, then push, batch by batch.

Each batch is one transaction on each side. Pulled rows and the new pull position commit
together in the study file; pushed rows commit on the server first and the push position
moves only afterwards, so a sync killed at any moment is completed by the next one (a batch
sent twice changes nothing the second time). Edits the server's role may not make are held in
the study file, in the transaction that moves the push position past them, and sent again
before the push of every later sync until the server holds them (or a newer winning copy).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.store.server import schema
from desktop.store.server.connection import ServerAddress, ServerError, connect, psycopg_module
from desktop.store.server.exchange import apply_batch, read_batch
from desktop.store.server.lab import LabSide
from desktop.store.server.laptop import Change, Held, LaptopSide, SyncState, synced_tables
from desktop.store.study import Study

Progress = Callable[[int, int], None]  # (rows sent up, rows received down) so far
BATCH_ROWS = 2000


@dataclass
class SyncReport:
    server: str
    study_id: str
    created: bool = False
    rows_up: int = 0  # rows sent in batches (new to the server since the last sync)
    rows_down: int = 0
    changed_here: int = 0  # rows the study file gained or took a newer edit of
    changed_there: int = 0
    batches: int = 0
    seconds: float = 0.0
    per_table: dict[str, int] = field(default_factory=dict)
    # Edits the server role refused in this sync (a role with INSERT only), per table; they
    # stay on this laptop, held, and are sent again on every later sync.
    not_allowed: dict[str, int] = field(default_factory=dict)
    held: int = 0  # edits held on this laptop for this server once the sync ended
    held_sent: int = 0  # held edits sent again in this sync (not counted in rows_up)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "per_table"}


def sync_study(study: Study, address: ServerAddress, *, init: bool = False,
               progress: Progress | None = None, batch_rows: int = BATCH_ROWS,
               push: bool = True) -> SyncReport:
    """Exchange every change since the last sync with this server, in both directions
    (`push=False`: only receive, e.g. into an empty study file made to read the server)."""
    tables = synced_tables(study)
    psycopg = psycopg_module()
    conn = connect(address)
    try:
        meta = schema.read_meta(conn, address)
        study_id, name = _identity(study, meta)
        schema.check_server(meta, address, study_id, name, init)
        report = SyncReport(address.shown, study_id, created=not meta)
        if init:
            schema.create_or_migrate(conn, address, tables, study_id, meta)
            meta = schema.read_meta(conn, address)
        schema.use_schema(conn, address)
        laptop, lab = LaptopSide(study, tables), LabSide(conn, address, tables)
        state = laptop.state(meta["server_id"], address.shown)
        _Exchange(laptop, lab, state, report, progress or (lambda up, down: None),
                  batch_rows).run(push)
        return report
    except psycopg.Error as error:
        raise ServerError(f"the server {address.shown} stopped the sync ({_first(error)}); "
                          "what was already exchanged is kept, and the next sync goes on "
                          "from there.") from error
    finally:
        conn.close()


def _identity(study: Study, meta: dict[str, str]) -> tuple[str, str]:
    """The study's id and name; an empty file (no study row yet) takes the server's."""
    if not study.query("SELECT 1 FROM study"):
        return meta.get("study_id", ""), "server copy"
    return study.meta.id, study.meta.name


def _first(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


class _Exchange:
    def __init__(self, laptop: LaptopSide, lab: LabSide, state: SyncState,
                 report: SyncReport, progress: Progress, batch_rows: int) -> None:
        self.laptop, self.lab, self.state = laptop, lab, state
        self.report, self.progress, self.batch_rows = report, progress, batch_rows
        self.refused: set[Held] = set()  # edits the server refused in this sync

    def run(self, push: bool = True) -> None:
        import time

        started = time.perf_counter()
        while self._pull_one():
            pass
        if push:
            self._send_held()
        while push and self._push_one():
            pass
        self.report.not_allowed = {}
        for table, _ in sorted(self.refused):
            self.report.not_allowed[table] = self.report.not_allowed.get(table, 0) + 1
        self.report.held = self.laptop.held_count(self.state.server_id)
        self.report.seconds = round(time.perf_counter() - started, 3)

    def _pull_one(self) -> bool:
        changes = self.lab.changes_after(self.state.pulled_seq, self.batch_rows)
        if not changes:
            return False
        batch = read_batch(self.lab, self.laptop, changes, self.laptop.tables)
        with self.laptop.transaction():
            self.laptop.save_state(self.state)  # takes the write lock before reading the log
            all_sent = self.laptop.max_seq() <= self.state.pushed_seq
            self.report.changed_here += apply_batch(self.laptop, batch,
                                                    self.laptop.tables).changed
            self.state.pulled_seq = changes[-1][0]
            if all_sent:  # what arrived came from the server: no need to send it back
                self.state.pushed_seq = self.laptop.max_seq()
            self.laptop.save_state(self.state)
        self._batch_done(down=sum(len(rows) for rows in batch.values()))
        return True

    def _send_held(self) -> None:
        """The edits held from earlier syncs, sent again (the role may have been granted
        UPDATE since, or the server may hold a newer copy by now)."""
        after: Held | None = None
        while held := self.laptop.held_after(self.state.server_id, after, self.batch_rows):
            after = held[-1]
            self._send([(0, table, row_id) for table, row_id in held], again=True)

    def _push_one(self) -> bool:
        changes = self.laptop.changes_after(self.state.pushed_seq, self.batch_rows)
        if not changes:
            return False
        self._send(changes, pushed_to=changes[-1][0])
        return True

    def _send(self, changes: list[Change], pushed_to: int | None = None,
              again: bool = False) -> None:
        batch = read_batch(self.laptop, self.lab, changes, self.laptop.tables)
        with self.lab.transaction():
            all_received = self.lab.max_seq() <= self.state.pulled_seq
            applied = apply_batch(self.lab, batch, self.laptop.tables)
            after = self.lab.max_seq()
        self.report.changed_there += applied.changed
        refused = [(table, row_id) for table, ids in applied.not_allowed.items()
                   for row_id in ids]
        self.refused.update(refused)
        server_id = self.state.server_id
        with self.laptop.transaction():
            if pushed_to is not None:
                self.state.pushed_seq = pushed_to
            all_sent = self.laptop.max_seq() <= self.state.pushed_seq
            # Where the server's copy won (or combined both), this laptop takes it back: the
            # server logged no change of it, so no pull would bring it.
            self.report.changed_here += apply_batch(self.laptop, applied.kept,
                                                    self.laptop.tables).changed
            if all_sent:
                self.state.pushed_seq = self.laptop.max_seq()
            if all_received:  # the server's new log entries are this laptop's own rows
                self.state.pulled_seq = after
            # Held edits commit with the push position that moves past them; a row sent and
            # not refused is on the server now (or lost to a newer copy): no longer held.
            if refused or self.laptop.held_count(server_id):
                still = set(refused)
                self.laptop.release(server_id, [(t, i) for _, t, i in changes
                                                 if (t, i) not in still])
                self.laptop.hold(server_id, refused)
            self.laptop.save_state(self.state)
        sent = sum(len(rows) for rows in batch.values())
        if again:  # a held edit sent again is not a new row: a repeat sync shows 0 sent
            self.report.held_sent += sent
            self._batch_done()
        else:
            self._batch_done(up=sent)

    def _batch_done(self, up: int = 0, down: int = 0) -> None:
        self.report.rows_up += up
        self.report.rows_down += down
        self.report.batches += 1
        self.progress(self.report.rows_up, self.report.rows_down)
