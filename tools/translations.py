"""Refresh the Qt Linguist catalogues from the UI sources and build the binary .qm files.

    python tools/translations.py          # lupdate (keeps existing translations) + lrelease
    python tools/translations.py --check  # fail when a string is untranslated or obsolete

Source strings are Spanish (Mexico); ``bienestar_en.ts`` holds the English translation and
``bienestar_es_MX.ts`` repeats the Spanish so wording can change without touching code.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "bienestar_field" / "ui"
TRANSLATIONS = ROOT / "bienestar_field" / "resources" / "translations"
LOCALES = ("es_MX", "en")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the dev dependencies (make install)")
    return found


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own catalogue
    problems = []
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(source)
    return problems


def main(argv: list[str]) -> int:
    sources = sorted(str(p) for p in UI.glob("*.py"))
    catalogues = [str(TRANSLATIONS / f"bienestar_{locale}.ts") for locale in LOCALES]
    if "--check" in argv:
        missing = {ts: unfinished(Path(ts)) for ts in catalogues}
        for ts, items in missing.items():
            for item in items:
                print(f"{Path(ts).name}: untranslated: {item!r}", file=sys.stderr)
        return 1 if any(missing.values()) else 0
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", *catalogues, "-no-obsolete"], check=True
    )
    for ts in catalogues:
        qm = Path(ts).with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), ts, "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
