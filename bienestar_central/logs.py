"""The server's log set-up: one line per event on stderr, for the commands and every worker."""

from __future__ import annotations

import logging
import sys

_FORMAT = "%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s"


def configure_logging() -> None:
    """Idempotent; the process id in each line tells the workers of ``serve --workers`` apart."""
    root = logging.getLogger()
    if not any(getattr(h, "_bienestar_central", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(
            logging.Formatter("%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s")
        )
        handler._bienestar_central = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    for noisy in ("alembic", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
