"""Layers point down (STYLE.md habit 1), checked in a fresh interpreter for each layer.

Importing every module of a layer must not load what the layer may not use: Qt outside the
UI, SQL in the domain, the app's UI in the server. ``sys.modules`` shows it even when the
import is indirect (a module importing a module that imports PySide6).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Imports each named package and every module below it (except entry points and Alembic
# environments, which run on import), then reports what got loaded.
_PROBE = """
import importlib, json, pkgutil, sys

imported = []
for name in json.loads(sys.argv[1]):
    module = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
        if info.name.endswith(".__main__") or ".migrations" in info.name:
            continue
        importlib.import_module(info.name)
        imported.append(info.name)
print(json.dumps({"imported": imported, "loaded": sorted(sys.modules)}))
"""

UI_AND_QT = ("PySide6", "shiboken6", "bienestar_field.ui", "bienestar_field.app")
SQL = ("sqlalchemy", "alembic", "sqlite3")
ABOVE_STORAGE = ("bienestar_field.casebook", "bienestar_field.cli", "bienestar_field.demo")

LAYERS = {
    "platform": (
        ["bienestar_field.platform"],
        (*UI_AND_QT, *SQL, *ABOVE_STORAGE, "bienestar_field.storage", "bienestar_field.sync"),
    ),
    "domain": (["bienestar_field.domain"], (*UI_AND_QT, *SQL, "bienestar_field.storage")),
    "storage": (
        ["bienestar_field.storage"],
        (*UI_AND_QT, *ABOVE_STORAGE, "bienestar_field.sync"),
    ),
    "casebook-and-cli": (
        [
            "bienestar_field.casebook",
            "bienestar_field.cli",
            "bienestar_field.demo",
        ],
        UI_AND_QT,
    ),
    "sync": (["bienestar_field.sync"], (*UI_AND_QT, *ABOVE_STORAGE)),
    "wire": (
        ["bienestar_wire"],
        (*UI_AND_QT, *SQL, "bienestar_field.storage", "bienestar_field.sync", "bienestar_central"),
    ),
    "central-server": (["bienestar_central"], UI_AND_QT),
}


def probe(packages: list[str]) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(packages)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, list[str]] = json.loads(done.stdout)
    return result


def offenders(loaded: list[str], forbidden: tuple[str, ...]) -> list[str]:
    return [m for m in loaded if any(m == f or m.startswith(f + ".") for f in forbidden)]


@pytest.mark.parametrize(("packages", "forbidden"), LAYERS.values(), ids=list(LAYERS))
def test_a_layer_does_not_load_what_is_above_it(
    packages: list[str], forbidden: tuple[str, ...]
) -> None:
    if not (ROOT / packages[0].replace(".", "/")).exists() and packages[0].endswith("sync"):
        pytest.skip("no sync package yet")
    result = probe(packages)
    assert len(result["imported"]) >= len(packages)
    assert offenders(result["loaded"], forbidden) == []


def test_the_probe_does_see_every_module_of_a_layer() -> None:
    imported = set(probe(["bienestar_field.domain", "bienestar_field.storage"])["imported"])
    for name in (
        "bienestar_field.domain.curp",
        "bienestar_field.domain.validation",
        "bienestar_field.domain.synthetic",
        "bienestar_field.storage.crypto",
        "bienestar_field.storage.keystore",
        "bienestar_field.storage.records",
    ):
        assert name in imported


def test_the_probe_would_notice_qt() -> None:
    # Guards the check itself against reporting nothing.
    pytest.importorskip("PySide6")
    loaded = probe(["PySide6.QtCore"])["loaded"]
    assert "PySide6.QtCore" in offenders(loaded, UI_AND_QT)
