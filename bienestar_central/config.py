"""Where the server keeps its keys and database, and the limits it enforces."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from bienestar_wire.protocol import MAX_REQUEST_BYTES

DATA_DIR_ENV = "BIENESTAR_CENTRAL_DATA_DIR"
DATABASE_URL_ENV = "BIENESTAR_CENTRAL_DATABASE_URL"
DATABASE_FILE = "central.sqlite3"
KEYS_FILE = "server-keys.json"


@dataclass(frozen=True, slots=True)
class ServerConfig:
    data_dir: Path
    database_url: str
    max_body_bytes: int = MAX_REQUEST_BYTES
    # Failed enrolment attempts one client may make per window before it gets 429.
    enroll_failure_limit: int = 10
    enroll_window_seconds: int = 600
    code_ttl_minutes: int = 24 * 60

    @property
    def keys_path(self) -> Path:
        return self.data_dir / KEYS_FILE

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def resolve_data_dir(explicit: str | None) -> Path:
    """``--data-dir`` wins, then ``BIENESTAR_CENTRAL_DATA_DIR``, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("bienestar-central", "Bienestar"))


def resolve_database_url(explicit: str | None, data_dir: Path) -> str:
    """``--database-url`` wins, then the environment, then SQLite in the data folder."""
    url = explicit or os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    return f"sqlite+pysqlite:///{data_dir / DATABASE_FILE}"


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def redact_url(url: str) -> str:
    """A database URL fit for a log line or a message: no password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparseable URL: show only its scheme
        return url.split(":", 1)[0] + ":…"
