"""The one SQLite connection set-up, for the casebook and for the server's SQLite option.

Both report a write done only after a commit that survives a power cut, so the database runs
in WAL mode with ``synchronous=FULL`` (each commit fsyncs the WAL). Temporary tables and sorts
stay in memory so nothing, not even ciphertext, spills into temp files. SQLAlchemy, not the
sqlite3 module, decides where transactions begin, so DDL in migrations is transactional too;
an engine given the execution option ``sqlite_begin="IMMEDIATE"`` takes the write lock at
``BEGIN``, so a write transaction never fails half-way on a busy lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite3

    from sqlalchemy import Connection, Engine


def configure_sqlite(engine: Engine, *, busy_timeout_ms: int) -> None:
    """Set every new connection of ``engine`` up as above; wait ``busy_timeout_ms`` for a lock."""
    # SQLAlchemy is imported by whoever made the engine; importing it here at module level
    # would load it with the platform layer, which the app reads before anything else.
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA foreign_keys=ON",
            f"PRAGMA busy_timeout={int(busy_timeout_ms)}",
            "PRAGMA temp_store=MEMORY",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "")
        connection.exec_driver_sql(f"BEGIN {mode}".strip())
