"""Where the app keeps its files, and its settings as a typed object in a JSON file.

Settings hold no secrets and no personal data. Every value is validated on ``set`` and on
load, so a hand-edited or damaged file gives a clear error instead of odd behaviour.
"""

from __future__ import annotations

import ipaddress
import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from bienestar_field.platform.files import write_atomically

APP_NAME = "bienestar-field"
APP_AUTHOR = "Bienestar"
DATA_DIR_ENV = "BIENESTAR_DATA_DIR"
SETTINGS_FILE = "settings.json"
CASEBOOK_FILE = "casebook.sqlite3"


class SettingsError(ValueError):
    """A setting name or value that cannot be used; the message says why, in English."""


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resolve_data_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """``--data-dir`` wins, then ``BIENESTAR_DATA_DIR``, then the platform's default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def _server_url(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SettingsError("server_url must be an http:// or https:// URL with a host name")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise SettingsError("server_url must not carry credentials, a query or a fragment")
    return value.rstrip("/")


def plain_http_to_remote(url: str | None) -> bool:
    """Whether ``url`` is plain HTTP to another computer: anyone on the path can read it."""
    if not url:
        return False
    parts = urlsplit(url.strip())
    if parts.scheme != "http":
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


PLAIN_HTTP_WARNING = (
    "warning: {url} is plain HTTP to another computer; anyone on the network path can read "
    "the traffic (records stay sealed, but use https:// where you can)"
)


def _ca_file(value: str) -> str | None:
    """A PEM file of the authority that signed the server's TLS certificate (a private CA)."""
    value = value.strip()
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_absolute():
        raise SettingsError("server_ca_file must be an absolute path to a PEM file")
    return str(path)


def _language(value: str) -> str:
    value = value.strip().replace("-", "_")
    if value not in ("es_MX", "en"):
        raise SettingsError("language must be es_MX or en")
    return value


def _time_zone(value: str) -> str:
    """An IANA zone name: the office's days (reports, today's work) are days there."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    value = value.strip()
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            "time_zone must be an IANA time zone name, e.g. America/Mexico_City"
        ) from None
    return value


def _bounded_int(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise SettingsError(f"expected a whole number from {low} to {high}") from None
        if not low <= number <= high:
            raise SettingsError(f"expected a whole number from {low} to {high}")
        return number

    return parse


def _boolean(value: str) -> bool:
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on", "si", "sí"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise SettingsError("expected true or false")


@dataclass(frozen=True, slots=True)
class Settings:
    server_url: str | None = None
    # Trust only this authority for the server's TLS certificate (a PEM file); None: the
    # system's authorities.
    server_ca_file: str | None = None
    language: str = "es_MX"
    idle_lock_minutes: int = 5
    # Argon2id is calibrated to take about this long on this machine (never below the floor).
    kdf_target_ms: int = 500
    large_text: bool = False
    high_contrast: bool = False
    # The office's time zone: a day's work and reports are days there, not in UTC.
    time_zone: str = "America/Mexico_City"


_PARSERS: dict[str, Callable[[str], Any]] = {
    "server_url": _server_url,
    "server_ca_file": _ca_file,
    "language": _language,
    "idle_lock_minutes": _bounded_int(1, 240),
    "kdf_target_ms": _bounded_int(0, 5000),
    "large_text": _boolean,
    "high_contrast": _boolean,
    "time_zone": _time_zone,
}
SETTING_NAMES = tuple(f.name for f in fields(Settings))


def parse_setting(key: str, value: str) -> Any:
    parser = _PARSERS.get(key)
    if parser is None:
        raise SettingsError(f"unknown setting {key!r}; known: {', '.join(SETTING_NAMES)}")
    return parser(value)


class SettingsStore:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / SETTINGS_FILE

    def load(self) -> Settings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Settings()
        except (OSError, ValueError) as exc:
            raise SettingsError(f"cannot read {self.path}: {exc}") from exc
        if not isinstance(raw, dict):
            raise SettingsError(f"{self.path} does not hold a settings object")
        values: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in _PARSERS:
                continue  # a setting from a newer version: keep going, keep it out
            values[key] = None if value is None else parse_setting(key, str(value))
        return replace(Settings(), **values)

    def save(self, settings: Settings) -> None:
        ensure_private_dir(self.path.parent)
        text = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
        write_atomically(self.path, text.encode("utf-8"))

    def set(self, key: str, value: str) -> Settings:
        updated = replace(self.load(), **{key: parse_setting(key, value)})
        self.save(updated)
        return updated

    def get(self, key: str) -> Any:
        if key not in _PARSERS:
            raise SettingsError(f"unknown setting {key!r}; known: {', '.join(SETTING_NAMES)}")
        return getattr(self.load(), key)
