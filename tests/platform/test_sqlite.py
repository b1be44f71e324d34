"""The one SQLite set-up, as the casebook and the server's SQLite each get it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from bienestar_central.db import Database as CentralDatabase
from bienestar_field.storage.database import Database as CasebookDatabase

DURABLE = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "temp_store": 2}


def pragmas(engine: Engine) -> dict[str, object]:
    with engine.connect() as connection:
        return {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (*DURABLE, "busy_timeout")
        }


def test_the_casebook_and_the_server_set_sqlite_up_alike(tmp_path: Path) -> None:
    casebook = CasebookDatabase(tmp_path / "casebook.sqlite3")
    server = CentralDatabase(f"sqlite+pysqlite:///{tmp_path / 'central.sqlite3'}")
    try:
        assert pragmas(casebook.engine) == {**DURABLE, "busy_timeout": 10_000}
        assert pragmas(server.engine) == {**DURABLE, "busy_timeout": 30_000}
    finally:
        casebook.close()
        server.close()
