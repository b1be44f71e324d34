"""Can Qt's platform plugin load here? Asked before the GUI starts, so that a missing system
library is one line that names the package to install, not a Qt abort.

PySide6's wheels carry Qt itself, but the platform plugin links system libraries that a bare
Debian or Ubuntu desktop may lack (since Qt 6.5, ``libxcb-cursor0`` for the xcb plugin). The
plugin is loaded here with ``dlopen`` (the same file from the same place Qt loads it, so the
work is not repeated when Qt loads it again); if that fails for a missing library, ``ldd``
lists every missing one, and each is mapped to its Debian package. Nothing here imports Qt.

``QT_QPA_PLATFORM`` picks the plugin as Qt does (xcb by default; wayland first in a Wayland
session), and ``QT_QPA_PLATFORM_PLUGIN_PATH`` the folder it is looked up in, as Qt does.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# The system libraries Qt's xcb, wayland and offscreen plugins (and the Qt libraries under
# them) link, by library name (the soname without ``.so.N``), with the Debian/Ubuntu package
# that holds them. ``apt-get install`` of the packages below is what a bare desktop needs; the
# README's quick start lists the same ones (tests/platform/test_qt_runtime.py checks both).
PACKAGES: Mapping[str, str] = {
    "libxcb-cursor": "libxcb-cursor0",
    "libxcb-icccm": "libxcb-icccm4",
    "libxcb-image": "libxcb-image0",
    "libxcb-keysyms": "libxcb-keysyms1",
    "libxcb-randr": "libxcb-randr0",
    "libxcb-render-util": "libxcb-render-util0",
    "libxcb-render": "libxcb-render0",
    "libxcb-shape": "libxcb-shape0",
    "libxcb-shm": "libxcb-shm0",
    "libxcb-sync": "libxcb-sync1",
    "libxcb-xfixes": "libxcb-xfixes0",
    "libxcb-xinerama": "libxcb-xinerama0",
    "libxcb-xinput": "libxcb-xinput0",
    "libxcb-xkb": "libxcb-xkb1",
    "libxcb-util": "libxcb-util1",
    "libxcb-glx": "libxcb-glx0",
    "libxcb": "libxcb1",
    "libxkbcommon-x11": "libxkbcommon-x11-0",
    "libxkbcommon": "libxkbcommon0",
    "libX11-xcb": "libx11-xcb1",
    "libX11": "libx11-6",
    "libSM": "libsm6",
    "libICE": "libice6",
    "libEGL": "libegl1",
    "libGL": "libgl1",
    "libGLX": "libglx0",
    "libOpenGL": "libopengl0",
    "libfontconfig": "libfontconfig1",
    "libfreetype": "libfreetype6",
    "libdbus-1": "libdbus-1-3",
    "libglib-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libwayland-client": "libwayland-client0",
    "libwayland-cursor": "libwayland-cursor0",
    "libwayland-egl": "libwayland-egl1",
    "libz": "zlib1g",
    "libzstd": "libzstd1",
    "libstdc++": "libstdc++6",
    "libgcc_s": "libgcc-s1",
}

# What the quick start installs: every system library that Qt's libraries and its xcb and
# offscreen plugins link directly, but those of every Debian system (C and C++ runtimes, zlib).
DESKTOP_PACKAGES = (
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
)

PLUGIN_PATH_ENV = "QT_QPA_PLATFORM_PLUGIN_PATH"
_SONAME = re.compile(r"^(?P<name>[\w.+-]+?)\.so(?:\.\d+)*$")
_NOT_FOUND = re.compile(r"^\s*(?P<soname>\S+)\s+=>\s+not found\s*$", re.MULTILINE)
_DLOPEN_MISSING = re.compile(r"(?P<soname>[\w.+-]+\.so[\w.]*): cannot open shared object file")


@dataclass(frozen=True)
class QtProblem:
    """Why the desktop cannot start, in one line, and the command that fixes it if any."""

    message: str
    missing: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()


def package_for(soname: str) -> str | None:
    """The Debian package that ships ``soname`` (``libxcb-cursor.so.0`` → ``libxcb-cursor0``)."""
    match = _SONAME.match(os.path.basename(soname))
    return PACKAGES.get(match["name"]) if match else None


def install_command(packages: tuple[str, ...]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def platforms_to_try(env: Mapping[str, str]) -> list[str]:
    """The plugins Qt will try, in its order: the first that loads is used."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        # "xcb;wayland" is a list to try in order; "xcb:display=:1" carries options.
        return [part.split(":", 1)[0] for part in chosen.split(";") if part.strip()]
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return ["wayland", "xcb"]
    return ["xcb"]


def plugin_dir(env: Mapping[str, str]) -> Path | None:
    override = env.get(PLUGIN_PATH_ENV)
    if override:
        return Path(override)
    try:
        spec = importlib.util.find_spec("PySide6")  # finds it without importing it
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"


def check_qt_platform(env: Mapping[str, str] | None = None) -> QtProblem | None:
    """``None`` when Qt's platform plugin can load (or when this cannot be told), else why not.

    Only Linux is checked: elsewhere Qt's plugins need nothing outside the wheel.
    """
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    folder = plugin_dir(env)
    if folder is None:
        return None  # PySide6 missing is told by the import that follows
    problems: list[QtProblem] = []
    for platform in platforms_to_try(env):
        problem = _check_one(platform, folder, env)
        if problem is None:
            return None
        problems.append(problem)
    return problems[-1] if len(problems) == 1 else _first_fixable(problems)


def _first_fixable(problems: list[QtProblem]) -> QtProblem:
    """Of several plugins that all fail, the one whose fix is a package (xcb, the fallback)."""
    with_fix = [problem for problem in problems if problem.packages]
    return with_fix[-1] if with_fix else problems[-1]


def _check_one(platform: str, folder: Path, env: Mapping[str, str]) -> QtProblem | None:
    if platform == "xcb" and not env.get("DISPLAY"):
        return QtProblem(
            "no graphical display (DISPLAY is not set): start the app from a desktop "
            "session, or use its commands (bienestar-field --help)"
        )
    if platform == "wayland" and not env.get("WAYLAND_DISPLAY"):
        return QtProblem("no Wayland display (WAYLAND_DISPLAY is not set)")
    plugin = folder / f"libq{platform}.so"
    if not plugin.is_file():
        if env.get(PLUGIN_PATH_ENV) or folder.is_dir():
            return QtProblem(f"Qt has no platform plugin named {platform!r} (no {plugin})")
        return None  # an unusual layout (a bundle): let Qt look for itself
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        reason = str(exc)
        if "cannot open shared object file" not in reason:
            return None  # not a missing library: Qt will say what it is
        return _missing_libraries(platform, plugin, reason)
    return None


def _missing_libraries(platform: str, plugin: Path, reason: str) -> QtProblem:
    missing = _ldd_not_found(plugin)
    if not missing:
        match = _DLOPEN_MISSING.search(reason)
        missing = (match["soname"],) if match else ()
    packages = tuple(dict.fromkeys(p for p in map(package_for, missing) if p is not None))
    listed = ", ".join(missing) or "a library"
    unknown = [soname for soname in missing if package_for(soname) is None]
    if packages and not unknown:
        return QtProblem(
            f"the desktop cannot start: Qt's {platform} plugin needs {listed}, which "
            f"this system lacks; install it with: {install_command(packages)}",
            missing,
            packages,
        )
    return QtProblem(
        f"the desktop cannot start: Qt's {platform} plugin needs {listed}, which this system "
        "lacks; install the package that provides it (apt-file search "
        f"{unknown[0] if unknown else listed}) or reinstall bienestar-field",
        missing,
        packages,
    )


def _ldd_not_found(plugin: Path) -> tuple[str, ...]:
    """Every library ``ldd`` cannot find for ``plugin`` (the loader stops at the first)."""
    try:
        done = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return ()
    return tuple(dict.fromkeys(m["soname"] for m in _NOT_FOUND.finditer(done.stdout)))
