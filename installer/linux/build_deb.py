"""Build the Debian package from the PyInstaller bundle (``make dist`` runs it after the bundle).

The package holds the program only: the bundle under ``/opt/bienestar-field``, the
``bienestar-field`` command in ``/usr/bin``, a desktop entry and the icon. The casebook, its
backups, settings and logs live in each person's data folder (platformdirs:
``~/.local/share/bienestar-field``), which the package neither ships nor touches: there are no
maintainer scripts, so an upgrade or a removal (even ``purge``) leaves every record in place.

``Depends:`` is derived, not written by hand: every ELF file of the bundle is read for the
libraries it links to (``objdump -p``), those the bundle does not carry are found where the
dynamic linker would find them (``ldconfig -p``), and the package that owns each file
(``dpkg-query -S``) becomes a dependency, so installing the ``.deb`` on a bare desktop pulls in
what Qt's xcb plugin and the rest need. Libraries that Qt opens at run time rather than links
(``dlopen``) are added from a short list. The package is built for the distribution it is built
on, as any ``.deb`` is.

Usage: ``python installer/linux/build_deb.py [--bundle dist/bienestar-field] [--out dist]
[--compression zstd|xz|gzip]``
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE = "bienestar-field"
INSTALL_DIR = Path("opt") / PACKAGE

# Opened with dlopen() by Qt, so no NEEDED entry names them: the D-Bus library (input methods,
# the desktop portal, accessibility), and the sonames Qt's xcb plugin checks for by name.
DLOPENED = ("libdbus-1.so.3",)
# Always there with the C library itself, or the loader: no dependency to declare.
_LOADER = re.compile(r"^(ld-linux[\w.-]*|linux-vdso)\.so")


def version() -> str:
    text = (ROOT / "bienestar_field" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise SystemExit("build_deb: no __version__ in bienestar_field/__init__.py")
    return match[1]


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed(path: Path) -> set[str]:
    output = run("objdump", "-p", str(path))
    return set(re.findall(r"^\s+NEEDED\s+(\S+)$", output, re.MULTILINE))


# How ``ldconfig -p`` tags a library of the package's architecture (a 32-bit copy may be there too).
_LDCONFIG_TAG = {"amd64": "x86-64", "arm64": "AArch64", "ppc64el": "64bit", "riscv64": "64bit"}


def system_libraries(architecture: str) -> dict[str, str]:
    """soname → path, as the dynamic linker's cache knows them, for this architecture."""
    tag = _LDCONFIG_TAG.get(architecture, "")
    libraries: dict[str, str] = {}
    for line in run("ldconfig", "-p").splitlines():
        match = re.match(r"^\s+(\S+) \(([^)]*)\) => (\S+)$", line)
        if match and tag in match[2]:
            libraries.setdefault(match[1], match[3])
    return libraries


def owner(path: str) -> str | None:
    """The installed package that owns ``path`` (merged /usr: /lib and /usr/lib are one)."""
    candidates = [path, os.path.realpath(path)]
    for candidate in list(candidates):
        if candidate.startswith("/usr/lib/"):
            candidates.append(candidate[len("/usr") :])
        elif candidate.startswith("/lib/"):
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        result = subprocess.run(
            ["dpkg-query", "-S", candidate], capture_output=True, text=True, check=False
        )
        if result.returncode == 0:
            # "libfoo1:amd64: /usr/lib/…" (a diversion line starts with "diversion by")
            for line in result.stdout.splitlines():
                if not line.startswith("diversion"):
                    return line.split(":", 1)[0].split(",")[0].strip()
    return None


def dependencies(bundle: Path, architecture: str) -> list[str]:
    carried = {path.name for path in bundle.rglob("*") if path.is_file()}
    wanted: set[str] = set(DLOPENED)
    for path in elf_files(bundle):
        wanted |= needed(path)
    outside = sorted(name for name in wanted - carried if not _LOADER.match(name))
    cache = system_libraries(architecture)
    packages: set[str] = set()
    missing = []
    for soname in outside:
        location = cache.get(soname)
        package = owner(location) if location else None
        if package is None:
            missing.append(soname)
        else:
            packages.add(package)
    if missing:
        raise SystemExit(
            "build_deb: the bundle links to libraries no installed package provides: "
            + ", ".join(missing)
            + ". Install them (the apt-get line in .ci/run lists Qt's) and run make dist again."
        )
    return sorted(packages)


def copy_tree(source: Path, target: Path) -> None:
    """Copy with the modes a package wants: 0755 folders and programs, 0644 the rest."""
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def installed_size_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.parts:
            total += path.stat().st_size
    return total // 1024 + 1


def build(bundle: Path, out: Path, work: Path, compression: str = "zstd") -> Path:
    if not (bundle / PACKAGE).is_file():
        raise SystemExit(f"build_deb: no bundle at {bundle} (run PyInstaller on build.spec first)")
    number = version()
    architecture = run("dpkg", "--print-architecture").strip()
    shutil.rmtree(work, ignore_errors=True)
    root = work / "root"
    copy_tree(bundle, root / INSTALL_DIR)

    command = root / "usr" / "bin" / PACKAGE
    command.parent.mkdir(parents=True)
    command.symlink_to(Path("/") / INSTALL_DIR / PACKAGE)

    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(HERE / f"{PACKAGE}.desktop", applications / f"{PACKAGE}.desktop")
    icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    icon = ROOT / "bienestar_field" / "resources" / "icons" / f"{PACKAGE}.svg"
    shutil.copyfile(icon, icons / f"{PACKAGE}.svg")
    for path in [*applications.iterdir(), *icons.iterdir()]:
        path.chmod(0o644)
    for folder in (root / "usr").rglob("*"):
        if folder.is_dir():
            folder.chmod(0o755)

    depends = dependencies(bundle, architecture)
    control = (HERE / "control.in").read_text(encoding="utf-8")
    control = control.format(
        package=PACKAGE,
        version=number,
        architecture=architecture,
        depends=", ".join(depends),
        installed_size=installed_size_kib(root),
    )
    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    (debian / "control").write_text(control, encoding="utf-8")
    (debian / "control").chmod(0o644)

    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{number}_{architecture}.deb"
    # zstd (dpkg 1.21.18 and later: Debian 12, Ubuntu 22.04) packs the bundle in about a second
    # to 55 MB; xz, dpkg's default, to 43 MB in a minute and a half of CPU: --compression xz for
    # a release that goes out over slow links.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"{deb} (Depends: {', '.join(depends)})")
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "deb")
    parser.add_argument("--compression", choices=["zstd", "xz", "gzip"], default="zstd")
    args = parser.parse_args()
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        raise SystemExit("build_deb: needs Linux with dpkg-deb (apt-get install dpkg-dev)")
    build(args.bundle, args.out, args.work, args.compression)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
