"""The operator's files agree with each other and with the README, in every test run (the
whole operator section runs in CI: tools/operator_check.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def operator_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "operator_check", ROOT / "tools" / "operator_check.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["operator_check"] = module
    spec.loader.exec_module(module)
    return module


def test_the_dockerfile_compose_file_and_readme_agree(operator_check: ModuleType) -> None:
    blocks = operator_check.readme_blocks()
    assert operator_check.pip_command(blocks) == 'pip install ".[server]"'
    port = operator_check.check_dockerfile(operator_check.pip_command(blocks))
    assert port == 8080
    operator_check.check_compose(port)


def test_a_dockerfile_that_installs_qt_or_runs_as_root_is_caught(
    operator_check: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for broken in (
        original.replace('".[server]"', '".[server,gui]"'),
        original.replace("USER bienestar:bienestar", "USER root"),
        original.replace("/v1/health", "/"),
    ):
        (tmp_path / "Dockerfile").write_text(broken, encoding="utf-8")
        monkeypatch.setattr(operator_check, "ROOT", tmp_path)
        with pytest.raises(operator_check.CheckFailed):
            operator_check.check_dockerfile(
                'pip install ".[server,gui]"' if "gui" in broken else 'pip install ".[server]"'
            )
