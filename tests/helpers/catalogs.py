"""Program catalogs for tests: the shipped one, changed as a test needs, as a dict or a file."""

from __future__ import annotations

import copy
import json
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

SHIPPED: dict[str, Any] = json.loads(
    resources.files("bienestar_field.resources.catalogs").joinpath("programs.json").read_bytes()
)


def catalog(version: str, valid_from: date | str, **changes: Any) -> dict[str, Any]:
    """The shipped catalog under another version and start, with top-level ``changes``."""
    document = copy.deepcopy(SHIPPED)
    document["catalog_version"] = version
    document["valid_from"] = str(valid_from)
    document.update(changes)
    return document


def program(document: dict[str, Any], code: str) -> dict[str, Any]:
    """One program of a catalog dict, to change in place."""
    return next(p for p in document["programs"] if p["code"] == code)


def with_pension_age(version: str, valid_from: date | str, age: int) -> dict[str, Any]:
    """A catalog that pays the elderly pension (PAM) from ``age``."""
    document = catalog(version, valid_from)
    program(document, "PAM")["rule"]["min_age"] = age
    return document


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def store_locally(database_path: Path, document: dict[str, Any]) -> None:
    """Store a catalog as a pull stores a delivered one (the casebook takes it in at its
    ``refresh_after_pull``)."""
    import sqlite3
    from contextlib import closing

    key = "catalog/" + document["catalog_version"]
    with closing(sqlite3.connect(database_path)) as raw:
        raw.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)", (key, json.dumps(document))
        )
        raw.commit()
