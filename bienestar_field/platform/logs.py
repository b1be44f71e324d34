"""File logging for the app. Log lines carry ids, counts and outcomes, never personal data."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from bienestar_field.platform.config import ensure_private_dir

LOG_FILE = "bienestar-field.log"


def configure_logging(data_dir: Path, *, level: int = logging.INFO) -> Path:
    log_dir = ensure_private_dir(data_dir / "logs")
    path = log_dir / LOG_FILE
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_bienestar", False)]:
        root.removeHandler(old)
        old.close()
    handler._bienestar = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    if path.exists():
        path.chmod(0o600)
    return path


def log_bug(exc: BaseException, logger: logging.Logger | None = None) -> None:
    """Log an unexpected error by type and stack only: messages may carry personal data
    (standard-library errors quote the values they choke on)."""
    stack = "".join(traceback.format_tb(exc.__traceback__))
    (logger or logging.getLogger("bienestar_field")).error(
        "unexpected %s\n%s", type(exc).__name__, stack
    )
