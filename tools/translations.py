"""Refresh the Qt Linguist catalogues from the sources and build the binary .qm files.

    python tools/translations.py          # lupdate (keeps existing translations) + lrelease
    python tools/translations.py --check  # fail when a string is untranslated, obsolete or
                                          # a domain template is missing from a catalogue

Source strings are Spanish (Mexico); ``bienestar_en.ts`` holds the English translation and
``bienestar_es_MX.ts`` repeats the Spanish so wording can change without touching code.

Two kinds of source strings:

* the UI's, marked the Qt way (``self.tr()``, ``QCoreApplication.translate()``), which
  ``pyside6-lupdate`` finds by itself;
* the domain's templates (``bienestar_field.domain.text.text("...")``, context ``domain``),
  which lupdate cannot see since the domain never imports Qt. They are found here with
  ``ast`` and handed to lupdate as a generated file of ``translate("domain", ...)`` calls;
  the locations in the catalogues are then pointed back at the real source lines.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "bienestar_field"
UI = PACKAGE / "ui"
TRANSLATIONS = PACKAGE / "resources" / "translations"
LOCALES = ("es_MX", "en")
DOMAIN_CONTEXT = "domain"
TEXT_MODULE = "bienestar_field.domain.text"
TEXT_FUNCTION = "text"
_STUB_NAME = "_domain_templates.py"
_STUB_LOCATION = re.compile(
    r'<location filename="[^"]*' + re.escape(_STUB_NAME) + r'" line="(\d+)"/>'
)


@dataclass(frozen=True)
class Template:
    """One call of the domain's ``text()``: its Spanish template and where it is."""

    source: str
    path: Path
    line: int


class TemplateError(Exception):
    """A ``text()`` call whose template is not a string literal, so cannot be extracted."""


def _text_callers(tree: ast.Module, path: Path) -> tuple[set[str], set[str]]:
    """Names that are ``text()`` itself, and names of the module ``text`` lives in."""
    if path == PACKAGE / "domain" / "text.py":
        return {TEXT_FUNCTION}, set()
    functions: set[str] = set()
    modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == TEXT_MODULE:
            functions |= {a.asname or a.name for a in node.names if a.name == TEXT_FUNCTION}
        elif isinstance(node, ast.ImportFrom) and node.module == TEXT_MODULE.rpartition(".")[0]:
            modules |= {a.asname or a.name for a in node.names if a.name == "text"}
        elif isinstance(node, ast.Import):
            modules |= {a.asname for a in node.names if a.name == TEXT_MODULE and a.asname}
    return functions, modules


def _is_text_call(node: ast.Call, functions: set[str], modules: set[str]) -> bool:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in functions
    return (
        isinstance(func, ast.Attribute)
        and func.attr == TEXT_FUNCTION
        and isinstance(func.value, ast.Name)
        and func.value.id in modules
    )


def templates_in(path: Path) -> list[Template]:
    """The templates of every ``text()`` call in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    functions, modules = _text_callers(tree, path)
    if not functions and not modules:
        return []
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not _is_text_call(node, functions, modules):
            continue
        first = node.args[0] if node.args else None
        if not isinstance(first, ast.Constant) or not isinstance(first.value, str):
            raise TemplateError(
                f"{path.relative_to(ROOT)}:{node.lineno}: the template of text() must be a "
                "string literal, or it cannot be put in the translation catalogues"
            )
        found.append(Template(first.value, path, first.lineno))
    return sorted(found, key=lambda t: t.line)


def domain_templates() -> list[Template]:
    """Every ``text()`` template in the package (the UI translates with ``tr()`` instead)."""
    paths = sorted(p for p in PACKAGE.rglob("*.py") if UI not in p.parents)
    return [template for path in paths for template in templates_in(path)]


def _write_stub(templates: list[Template], folder: Path) -> tuple[Path, dict[int, Template]]:
    """A file lupdate understands, one ``translate("domain", ...)`` call per template."""
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    by_line: dict[int, Template] = {}
    for template in templates:
        literal = json.dumps(template.source, ensure_ascii=False)
        lines.append(f'QCoreApplication.translate("{DOMAIN_CONTEXT}", {literal})')
        by_line[len(lines)] = template
    stub = folder / _STUB_NAME
    stub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return stub, by_line


def _point_at_sources(ts: Path, by_line: dict[int, Template]) -> None:
    """Replace the generated file's locations with the domain source lines they stand for."""

    def real(match: re.Match[str]) -> str:
        template = by_line[int(match.group(1))]
        relative = Path(os.path.relpath(template.path, ts.parent)).as_posix()
        return f'<location filename="{relative}" line="{template.line}"/>'

    ts.write_text(_STUB_LOCATION.sub(real, ts.read_text(encoding="utf-8")), encoding="utf-8")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the dev dependencies (make install)")
    return found


def catalogue_sources(ts: Path, context: str) -> set[str]:
    """The source strings of one context of a ``.ts`` file."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own catalogue
    return {
        message.findtext("source") or ""
        for element in root.iter("context")
        if element.findtext("name") == context
        for message in element.iter("message")
    }


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own catalogue
    problems = []
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(source)
    return problems


def check(catalogues: list[Path]) -> int:
    templates = {t.source for t in domain_templates()}
    failed = False
    for ts in catalogues:
        for item in unfinished(ts):
            print(f"{ts.name}: untranslated: {item!r}", file=sys.stderr)
            failed = True
        for item in sorted(templates - catalogue_sources(ts, DOMAIN_CONTEXT)):
            print(f"{ts.name}: domain template not in the catalogue: {item!r}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    catalogues = [TRANSLATIONS / f"bienestar_{locale}.ts" for locale in LOCALES]
    try:
        if "--check" in argv:
            return check(catalogues)
        templates = domain_templates()
    except TemplateError as exc:
        print(exc, file=sys.stderr)
        return 1
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        stub, by_line = _write_stub(templates, Path(folder))
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                str(stub),
                "-ts",
                *map(str, catalogues),
                "-no-obsolete",
                "-locations",
                "absolute",
            ],
            check=True,
        )
    for ts in catalogues:
        _point_at_sources(ts, by_line)
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
