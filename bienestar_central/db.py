"""The server's database: engine set-up for SQLite and PostgreSQL, migrations, write transactions.

Every write transaction that appends to the audit chain or the feed is serialised: on SQLite by
``BEGIN IMMEDIATE``, on PostgreSQL by a transaction-scoped advisory lock. That keeps the audit
chain from forking. The feed does not depend on it: readers stop at the oldest transaction of
this database still running (see ``pull_horizon``), so a position taken by a slow transaction
is never skipped.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import Connection, Engine, create_engine, text

from bienestar_field.platform.sqlite import configure_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR: Final = Path(__file__).with_name("migrations")
# An arbitrary constant naming "the central write lock" among PostgreSQL advisory locks.
_WRITE_LOCK_KEY: Final = 0x42_49_45_4E_45_53_54


class DatabaseError(Exception):
    """A known problem with the server's database, explained in one line."""


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        if self.is_sqlite:
            _private_sqlite_file(url)
            self.engine = create_engine(
                url,
                connect_args={"check_same_thread": False, "timeout": 30},
                hide_parameters=True,
            )
            # Every write is serialised and many devices push at once, so a push may queue
            # behind several others: it waits longer for the lock than the app does.
            configure_sqlite(self.engine, busy_timeout_ms=30_000)
            self._write_engine: Engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            # READ COMMITTED (PostgreSQL's default, pinned): ``pull_horizon`` relies on each
            # statement seeing what committed before it.
            self.engine = create_engine(
                url,
                hide_parameters=True,
                pool_pre_ping=True,
                pool_size=10,
                max_overflow=10,
                isolation_level="READ COMMITTED",
            )
            self._write_engine = self.engine

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One serialised write transaction: commits at the end, or rolls back on error."""
        with self._write_engine.begin() as connection:
            if not self.is_sqlite:
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": _WRITE_LOCK_KEY}
                )
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def write_group(self, connection: Connection) -> int:
        """The feed group of this transaction: its transaction id on PostgreSQL, else 0."""
        if self.is_sqlite:
            return 0
        return int(
            connection.execute(text("SELECT pg_current_xact_id()::text::bigint")).scalar_one()
        )

    def pull_horizon(self, connection: Connection) -> int | None:
        """Feed groups below this are final (their transactions have ended); None: all are.

        It must be the first statement of a READ COMMITTED transaction (``reading`` is), so
        that the feed query after it sees every transaction this treats as ended.

        Only this database's transactions count. Transaction ids are the whole cluster's, so
        the snapshot's oldest running id (``pg_snapshot_xmin``) would let a long write in any
        other database on the server hold every pull back: of the ids the snapshot saw
        running, only those still running here are waited for, and the rest end the range
        with the snapshot's ``xmax``. One still running then is listed by
        ``pg_stat_activity``, read after the snapshot; one that ended in between committed
        before the feed query's own snapshot, which therefore sees its rows.
        """
        if self.is_sqlite:
            return None
        snapshot = str(connection.execute(text("SELECT pg_current_snapshot()::text")).scalar())
        _xmin, xmax_text, running_text = snapshot.split(":")
        running = [int(x) for x in running_text.split(",") if x]
        if not running:
            return int(xmax_text)
        here = {
            int(xid)
            for xid in connection.execute(
                text(
                    "SELECT backend_xid::text::bigint FROM pg_stat_activity "
                    "WHERE datname = current_database() AND backend_xid IS NOT NULL"
                )
            ).scalars()
        }
        # pg_stat_activity names 32-bit ids; the snapshot's carry the epoch above them.
        ours = [xid for xid in running if xid & 0xFFFF_FFFF in here]
        return min(ours, default=int(xmax_text))

    def close(self) -> None:
        self.engine.dispose()


def _private_sqlite_file(url: str) -> None:
    """Make the SQLite file (and its WAL files) readable by the server's user only, before
    SQLite creates it with the umask's permissions: it holds personal data in clear."""
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    if not name or name == ":memory:" or name.startswith("file:") or os.name != "posix":
        return
    path = Path(name).expanduser()
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    for each in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if each.exists():
            each.chmod(0o600)


# Alembic is imported only where migrations are looked at: the operator commands start faster.


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def migrate(database: Database) -> str:
    """Bring the schema to this program's head in one transaction; refuse a newer schema."""
    known = known_revisions()
    current = current_revision(database)
    if current is not None and current not in known:
        raise DatabaseError(
            f"the database has schema {current}, newer than this bienestar-central knows; "
            "upgrade the server program"
        )
    if current == known[-1]:
        return current
    from alembic import command

    log.info("migrating the central database from %s to %s", current, known[-1])
    with database.writing() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return known[-1]


def require_current(database: Database) -> None:
    current = current_revision(database)
    if current != known_revisions()[-1]:
        raise DatabaseError(
            "the database is not initialised or not up to date: run 'bienestar-central init'"
        )
