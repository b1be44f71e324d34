"""Many rows at once: inserted in one go inside the current transaction, or read by chunks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Final

from sqlalchemy import Connection, Table

from bienestar_central.db import Database

CHUNK: Final = 500


class RowWriteError(Exception):
    """Writing rows failed; says which table and the driver error's type, never row content."""

    def __init__(self, table: str, kind: str) -> None:
        super().__init__(f"writing rows to {table} failed ({kind})")


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in slices small enough for one ``IN (...)`` query."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_many(
    database: Database, conn: Connection, table: Table, rows: list[dict[str, Any]]
) -> None:
    """Insert many rows in one go, inside the current transaction.

    SQLite's executemany is already a tight loop in C. On PostgreSQL, executemany still
    costs a Python round per row in the driver; ``COPY FROM STDIN`` streams the rows
    through psycopg's C row writer, several times faster for a batch of changes.
    """
    if not rows:
        return
    columns = list(rows[0])
    raw = conn.connection.driver_connection
    assert raw is not None
    if database.is_sqlite:
        # The driver's own executemany: no per-row parameter processing in Python.
        names = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _ in columns)
        raw.executemany(
            f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',  # noqa: S608 - our names
            [tuple(row[name] for name in columns) for row in rows],
        )
        return
    quoted = ", ".join(f'"{name}"' for name in columns)
    try:
        with (
            raw.cursor() as cursor,
            cursor.copy(
                f'COPY "{table.name}" ({quoted}) FROM STDIN'  # names from our own tables
            ) as copy,
        ):
            for row in rows:
                copy.write_row([row[name] for name in columns])
    except Exception as exc:
        # COPY errors bypass SQLAlchemy's ``hide_parameters``: psycopg's message (and its
        # CONTEXT line) quotes the offending row. Keep only the kind of failure.
        raise RowWriteError(table.name, type(exc).__name__) from None
