"""Where the server keeps its keys and database, and the limits it enforces.

The operator's commands take these as options. A server process started by something else
(``serve --workers N`` starts its workers as fresh processes; an operator may run
``uvicorn --factory bienestar_central.app:app_from_env`` or gunicorn) reads them from the
environment instead: ``BIENESTAR_CENTRAL_CONFIG`` names a JSON file of ``ServerConfig`` fields,
and ``BIENESTAR_CENTRAL_DATA_DIR`` / ``BIENESTAR_CENTRAL_DATABASE_URL`` fill what it leaves out.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from bienestar_central.limits import Limits
from bienestar_wire.protocol import MAX_REQUEST_BYTES

CONFIG_ENV = "BIENESTAR_CENTRAL_CONFIG"
DATA_DIR_ENV = "BIENESTAR_CENTRAL_DATA_DIR"
DATABASE_URL_ENV = "BIENESTAR_CENTRAL_DATABASE_URL"
DATABASE_FILE = "central.sqlite3"
KEYS_FILE = "server-keys.json"


@dataclass(frozen=True, slots=True)
class ServerConfig:
    data_dir: Path
    database_url: str
    # The largest push or forward body (every other route's limit is fixed: see limits.py).
    max_body_bytes: int = MAX_REQUEST_BYTES
    # Failed enrolment attempts one client may make per window before it gets 429.
    enroll_failure_limit: int = 10
    enroll_window_seconds: int = 600
    code_ttl_minutes: int = 24 * 60
    # Requests one worker handles at once; more are answered 503 with Retry-After.
    max_concurrent_requests: int = 64
    # Per device, a token bucket each: ``burst`` requests at once, then ``rate`` per second
    # (0 turns the limit off). An honest device's sync of 10,000 changes is 20 pushes.
    push_rate: float = 2.0
    push_burst: int = 60
    pull_rate: float = 5.0
    pull_burst: int = 120

    @property
    def limits(self) -> Limits:
        return Limits(
            batch_body_bytes=self.max_body_bytes,
            max_concurrent_requests=self.max_concurrent_requests,
            enroll_failure_limit=self.enroll_failure_limit,
            enroll_window_seconds=self.enroll_window_seconds,
        )

    @property
    def keys_path(self) -> Path:
        return self.data_dir / KEYS_FILE

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def to_json(self) -> dict[str, Any]:
        return {
            f.name: str(value) if isinstance(value := getattr(self, f.name), Path) else value
            for f in dataclasses.fields(self)
        }


class ConfigError(Exception):
    """A configuration file or variable the server cannot use, explained in one line."""


def config_from_json(raw: Mapping[str, Any], environ: Mapping[str, str]) -> ServerConfig:
    """A ``ServerConfig`` from decoded JSON; each field checked by type, unknown ones refused.

    ``data_dir`` and ``database_url`` may be left out: the environment, then the defaults,
    fill them, as for the commands.
    """
    fields = {f.name: f for f in dataclasses.fields(ServerConfig)}
    unknown = sorted(set(raw) - set(fields))
    if unknown:
        raise ConfigError(f"unknown server settings: {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for name, value in raw.items():
        kind = fields[name].type  # a string: this module has postponed annotations
        # bool is an int in Python, and a setting of true is a mistake, not a 1.
        if isinstance(value, bool):
            raise ConfigError(f"server setting {name} must not be true or false")
        if kind == "int":
            if not isinstance(value, int) or value < 0:
                raise ConfigError(f"server setting {name} must be a whole number, 0 or more")
        elif kind == "float":
            if not isinstance(value, int | float) or not 0 <= value < float("inf"):
                raise ConfigError(f"server setting {name} must be a number, 0 or more")
            value = float(value)
        elif not isinstance(value, str) or not value:
            raise ConfigError(f"server setting {name} must be text")
        values[name] = value
    data_dir = resolve_data_dir(values.pop("data_dir", None) or environ.get(DATA_DIR_ENV))
    url = values.pop("database_url", None) or environ.get(DATABASE_URL_ENV)
    return ServerConfig(
        data_dir=data_dir, database_url=resolve_database_url(url, data_dir), **values
    )


def config_from_env(environ: Mapping[str, str] | None = None) -> ServerConfig:
    """The configuration of a server process started without the command line's options."""
    env = os.environ if environ is None else environ
    path = env.get(CONFIG_ENV)
    if not path:
        return config_from_json({}, env)
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read the server settings {path}: {exc.strerror}") from None
    except ValueError:
        raise ConfigError(f"the server settings {path} are not JSON") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"the server settings {path} do not hold a JSON object")
    return config_from_json(raw, env)


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
