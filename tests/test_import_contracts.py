"""The import contracts of pyproject.toml, proved able to fail.

``make lint`` runs ``lint-imports`` on the real tree. Here it runs on a copy of the three
packages, first as they are (every contract kept), then with one forbidden import planted
for every contract (every contract broken). The plants include the imports that are easy to
miss: one only under ``TYPE_CHECKING`` and one inside a function.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bienestar_field", "bienestar_wire", "bienestar_central")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")

# Contract id -> (module planted in the copy, its source): an import that contract forbids.
PLANTS: dict[str, tuple[str, str]] = {
    "app-layers": ("bienestar_field/unplaced.py", '"""A top-level module in no layer."""\n'),
    "acyclic": (
        "bienestar_field/domain/planted_circle.py",
        "from bienestar_field.domain import planted_circle_back\n",
    ),
    "platform": ("bienestar_field/platform/planted.py", "from bienestar_field.domain import ids\n"),
    "domain": (
        "bienestar_field/domain/planted_type_hint.py",
        "from typing import TYPE_CHECKING\n\n"
        "if TYPE_CHECKING:\n"
        "    from bienestar_field.storage.database import Database\n",
    ),
    "storage": ("bienestar_field/storage/planted.py", "from bienestar_field.sync import lock\n"),
    "sync": (
        "bienestar_field/sync/planted_lazy.py",
        "def later() -> None:\n    from bienestar_field.ui import theme\n",
    ),
    "ui": ("bienestar_field/ui/planted.py", "from bienestar_field.storage import schema\n"),
    "wire": ("bienestar_wire/planted.py", "from bienestar_field.platform import config\n"),
    "central": ("bienestar_central/planted.py", "from bienestar_field.storage import crypto\n"),
    "central-steps": (
        "bienestar_central/service/unplaced.py",
        '"""A server step in no layer."""\n',
    ),
    "app-without-server": ("bienestar_field/ui/planted_server.py", "import bienestar_central\n"),
    "qt": ("bienestar_field/storage/planted_qt.py", "from PySide6 import QtCore\n"),
}
# The other half of the circle planted for "acyclic".
CIRCLE_BACK = ("bienestar_field/domain/planted_circle_back.py", "from . import planted_circle\n")


def contracts() -> dict[str, str]:
    """Contract id -> name, as configured."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["id"]: c["name"] for c in config["tool"]["importlinter"]["contracts"]}


def copy_of_the_packages(destination: Path) -> Path:
    def only_python(folder: str, names: list[str]) -> list[str]:
        return [
            name
            for name in names
            if name == "__pycache__" or not (name.endswith(".py") or (Path(folder) / name).is_dir())
        ]

    for package in PACKAGES:
        shutil.copytree(ROOT / package, destination / package, ignore=only_python)
    shutil.copy(ROOT / "pyproject.toml", destination / "pyproject.toml")
    return destination


def lint_imports(tree: Path) -> dict[str, str]:
    """Contract name -> "KEPT" or "BROKEN", from a run of lint-imports on ``tree``."""
    done = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo", "pyproject.toml"],
        cwd=tree,
        # The copy, not the installed packages; wide lines so no name is wrapped.
        env={**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "1000", "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    verdicts: dict[str, str] = {}
    for name in contracts().values():
        for line in done.stdout.splitlines():
            if line.startswith(name + " "):
                verdicts[name] = "KEPT" if " KEPT" in line else "BROKEN"
    assert done.returncode == (0 if set(verdicts.values()) == {"KEPT"} else 1), done.stdout
    return verdicts


def test_every_contract_has_a_planted_violation() -> None:
    assert set(PLANTS) == set(contracts()), "plant a forbidden import for each new contract"


def test_the_contracts_hold_on_an_untouched_copy(tmp_path: Path) -> None:
    verdicts = lint_imports(copy_of_the_packages(tmp_path))
    assert verdicts == dict.fromkeys(contracts().values(), "KEPT")


def test_every_contract_breaks_on_its_planted_import(tmp_path: Path) -> None:
    tree = copy_of_the_packages(tmp_path)
    for module, source in [*PLANTS.values(), CIRCLE_BACK]:
        (tree / module).write_text(source, encoding="utf-8")
    verdicts = lint_imports(tree)
    # "domain" is broken only by an import under TYPE_CHECKING, "sync" only by one inside a
    # function: neither kind is excluded from the graph.
    assert verdicts == dict.fromkeys(contracts().values(), "BROKEN")
