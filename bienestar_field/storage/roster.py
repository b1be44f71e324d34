"""Who may unlock a casebook, read before SQLAlchemy loads: the unlock screen's first paint.

Opening the casebook properly (SQLAlchemy, the migration and its backup) takes longer than
showing a window, so the app reads the user list here first, with the standard library's
``sqlite3``, read-only, and opens the casebook in the background while the person types.
Only what every schema revision has is read (``users.name``/``role``/``locked`` and the
``device_id`` meta row that marks a set-up casebook); anything else, such as a file this code
cannot read, answers ``None``: the app then waits for the casebook to open and asks it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bienestar_field.domain.users import Role, UserInfo


def read_roster(path: Path) -> list[UserInfo] | None:
    """The users of the casebook at ``path``, by name; ``[]`` if it is not set up yet.

    ``None`` when the file exists but cannot be read this way. Nothing is written: a missing
    file is not created, and the connection is closed before the migration may copy the file.
    """
    if not path.exists():
        return []
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        set_up = connection.execute("SELECT 1 FROM meta WHERE key = 'device_id'").fetchone()
        if set_up is None:
            return []
        rows = connection.execute(
            "SELECT id, name, role, locked FROM users ORDER BY name"
        ).fetchall()
        return [UserInfo(id, name, Role(role), bool(locked)) for id, name, role, locked in rows]
    except (sqlite3.Error, ValueError):
        return None
    finally:
        connection.close()
