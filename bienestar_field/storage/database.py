"""Opening the casebook's SQLite file: durable settings, schema migrations, backups.

A save reported as done must survive a power cut, so the database runs in WAL mode with
``synchronous=FULL`` (each commit fsyncs the WAL), and temporary tables and sorts stay in
memory so nothing, not even ciphertext, spills into temp files: ``platform/sqlite.py`` sets
every connection up so, for the server's SQLite as well. Migrations run at open: a copy of the
file is taken first, the upgrade runs in one transaction, and a schema newer than this program
knows is refused rather than touched.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from bienestar_field.platform.files import replacing
from bienestar_field.platform.sqlite import configure_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Revision files are named after their revision id ("0003_sync.py" holds revision "0003"), so
# the newest revision is known without importing Alembic, which costs ~90 ms at every start.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


class StorageError(Exception):
    """A known problem with the casebook file, explained to the user rather than crashed on."""


class NewerSchemaError(StorageError):
    """The file was written by a newer version of the program."""


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def all_revisions() -> list[str]:
    """Every schema revision this program knows, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def revision_ids_from_files() -> list[str]:
    """The revision ids named by the files in ``versions/``, oldest first (no Alembic)."""
    names = (path.name for path in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(match[1] for name in names if (match := _REVISION_FILE.match(name)))


class Database:
    """The opened, migrated casebook file. Sessions for reading; ``writing()`` for a write."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_engine(
            f"sqlite+pysqlite:///{path}",
            connect_args={"check_same_thread": False},
            # Statement parameters hold ciphertext and ids; keep them out of error messages.
            hide_parameters=True,
        )
        # A person's app has few writers (its write worker, a sync, a CLI command), each
        # holding the lock briefly: a shorter wait than the server's, which many devices share.
        configure_sqlite(self.engine, busy_timeout_ms=10_000)
        # Writers take the lock at BEGIN, so a transaction never fails half-way on a busy lock.
        self._write_engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self._write_engine, expire_on_commit=False)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction: everything inside commits together, durably, or not at all."""
        with self._writer() as session, session.begin():
            yield session

    def integrity_check(self) -> str:
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())

    def close(self) -> None:
        self.engine.dispose()


def current_revision(database: Database) -> str | None:
    """The schema revision stamped in the file, or ``None`` for a new or unversioned file."""
    with database.engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).scalar()
        if not has_table:
            return None
        value = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if value is None else str(value)


def open_database(
    path: Path, *, backup_dir: Path | None = None, revision: str = "head"
) -> Database:
    """Open (creating if needed) and migrate the casebook at ``path``.

    ``revision`` is for tests that build a file of an older schema; the app always uses head.
    """
    is_new = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    if is_new:
        # Create the file owner-only before a single byte goes in.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
    database = Database(path)
    try:
        migrate(
            database,
            backup_dir=backup_dir or path.parent / "backups",
            is_new=is_new,
            revision=revision,
        )
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        database.close()
        # SQLAlchemy wraps the driver's error; its text spans lines and quotes the SQL.
        reason = exc.orig if isinstance(exc, DBAPIError) else exc
        raise StorageError(f"the casebook file cannot be read: {reason}") from exc
    except BaseException:
        database.close()
        raise
    return database


def migrate(
    database: Database, *, backup_dir: Path, is_new: bool = False, revision: str = "head"
) -> None:
    current = current_revision(database)
    if revision == "head" and current == revision_ids_from_files()[-1]:
        return  # the everyday path: up to date, and Alembic is never imported
    known = all_revisions()
    target = known[-1] if revision == "head" else revision
    if current == target:
        return
    if current is not None and current not in known:
        raise NewerSchemaError(
            "this casebook was written by a newer version of Bienestar Field "
            f"(schema {current}); install the newer version to open it"
        )
    if not is_new and _has_tables(database):
        backup_database(database, backup_dir, label=current or "unversioned")
    log.info("migrating casebook schema from %s to %s", current, target)
    from alembic import command

    with database.engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def _has_tables(database: Database) -> bool:
    with database.engine.connect() as connection:
        count = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table'"
        ).scalar()
    return bool(count)


def backup_database(database: Database, backup_dir: Path, *, label: str) -> Path:
    """A consistent copy of the live database (SQLite's online backup), fsynced, owner-only."""
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"casebook-{stamp}-schema-{label}.sqlite3"
    with replacing(target) as partial:
        source = sqlite3.connect(database.path)
        try:
            destination = sqlite3.connect(partial)
            try:
                source.backup(destination)
                destination.execute("PRAGMA journal_mode=DELETE")
            finally:
                destination.close()
        finally:
            source.close()
    log.info("backed up casebook before migration to %s", target.name)
    return target
