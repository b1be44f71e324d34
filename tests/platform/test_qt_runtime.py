"""Before the GUI starts: a missing system library is one line naming the package, never a Qt
abort. The plugin checked is Qt's own (from the PySide6 wheel), or a copy of it made to need a
library this system does not have."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bienestar_field.platform.qt_runtime import (
    DESKTOP_PACKAGES,
    PACKAGES,
    check_qt_platform,
    package_for,
    platforms_to_try,
    plugin_dir,
)

ROOT = Path(__file__).resolve().parent.parent.parent
# Libraries every Debian system has (the C and C++ runtimes, zlib): nothing to install.
BASE = {"libc", "libm", "libdl", "libpthread", "librt", "libstdc++", "libgcc_s", "libz"}
BASE |= {"libzstd", "ld-linux-x86-64", "ld-linux-aarch64"}

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def real_plugins() -> Path:
    folder = plugin_dir({})
    assert folder is not None
    assert (folder / "libqxcb.so").is_file(), folder
    return folder


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxcb-render.so.0", "libxcb-render0"),
        ("libxcb.so.1", "libxcb1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxkbcommon.so.0", "libxkbcommon0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libEGL.so.1", "libegl1"),
        ("libglib-2.0.so.0", "libglib2.0-0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("/usr/lib/x86_64-linux-gnu/libfontconfig.so.1", "libfontconfig1"),
        ("libstdc++.so.6", "libstdc++6"),
    ],
)
def test_a_library_is_mapped_to_the_debian_package_that_ships_it(soname: str, package: str) -> None:
    assert package_for(soname) == package


@pytest.mark.parametrize("soname", ["libnothing.so.1", "libxcb-cursor", "", "not a library"])
def test_a_library_it_does_not_know_maps_to_nothing(soname: str) -> None:
    assert package_for(soname) is None


def test_qt_picks_its_plugin_as_qt_does() -> None:
    assert platforms_to_try({}) == ["xcb"]
    assert platforms_to_try({"QT_QPA_PLATFORM": "offscreen"}) == ["offscreen"]
    assert platforms_to_try({"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]
    assert platforms_to_try({"QT_QPA_PLATFORM": "xcb:display=:1"}) == ["xcb"]
    wayland = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert platforms_to_try(wayland) == ["wayland", "xcb"]


def test_every_system_library_qt_links_is_in_the_desktop_packages() -> None:
    # The quick start's list is complete: each library that Qt's libraries and the xcb and
    # offscreen plugins link directly (readelf: their NEEDED entries) is installed by it.
    if shutil.which("readelf") is None:
        pytest.skip("readelf (binutils) is not installed")
    plugins = real_plugins()
    qt_lib = plugins.parent.parent / "lib"
    files = [plugins / "libqxcb.so", plugins / "libqoffscreen.so"]
    files += [qt_lib / f"libQt6{name}.so.6" for name in ("Core", "Gui", "Widgets", "XcbQpa")]
    needed: set[str] = set()
    for file in files:
        dynamic = subprocess.run(
            ["readelf", "-d", str(file)], capture_output=True, text=True, check=True
        ).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    system = {
        soname
        for soname in needed
        if not (qt_lib / soname).exists() and soname.split(".so")[0] not in BASE
    }
    assert "libxcb-cursor.so.0" in system
    unmapped = sorted(soname for soname in system if package_for(soname) is None)
    assert not unmapped, f"add these to qt_runtime.PACKAGES: {unmapped}"
    missing = sorted({p for s in system if (p := package_for(s)) not in DESKTOP_PACKAGES})
    assert not missing, f"add these to qt_runtime.DESKTOP_PACKAGES and the README: {missing}"


def test_the_readme_quick_start_installs_the_same_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    command = re.findall(r"apt-get install ((?:[^\n\\]|\\\n)+)", quick_start)[0]
    listed = set(command.replace("\\\n", " ").split())
    assert set(DESKTOP_PACKAGES) <= listed
    assert set(DESKTOP_PACKAGES) <= set(PACKAGES.values())


def test_qts_own_plugins_load_on_this_system() -> None:
    # The suite's machine has the libraries (CI installs them): nothing to report.
    real_plugins()
    assert check_qt_platform({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert check_qt_platform({"DISPLAY": ":99"}) is None


def test_without_a_display_it_says_so_instead_of_letting_qt_abort() -> None:
    problem = check_qt_platform({})
    assert problem is not None
    assert "DISPLAY" in problem.message


def test_an_unknown_platform_plugin_is_named() -> None:
    problem = check_qt_platform({"QT_QPA_PLATFORM": "nosuchplatform"})
    assert problem is not None
    assert "nosuchplatform" in problem.message


def plugin_needing_libraries_this_system_lacks(tmp_path: Path, *sonames: str) -> Path:
    """Qt's real xcb plugin, copied so that it needs ``.so.9`` versions of ``sonames`` (which
    no system has) instead of theirs; beside it, Qt's libraries where its RUNPATH looks."""
    real = real_plugins()
    platforms = tmp_path / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (tmp_path / "Qt" / "lib").symlink_to(real.parent.parent / "lib")
    data = (real / "libqxcb.so").read_bytes()
    for soname in sonames:
        old = soname.encode() + b"\0"
        assert data.count(old) == 1, soname
        data = data.replace(old, soname.rsplit(".", 1)[0].encode() + b".9\0")
    (platforms / "libqxcb.so").write_bytes(data)
    return platforms


def start_gui(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BIENESTAR_", "QT_"))}
    clean.pop("DISPLAY", None)
    clean.pop("WAYLAND_DISPLAY", None)
    return subprocess.run(
        [sys.executable, "-m", "bienestar_field", "--data-dir", str(data_dir)],
        env={**clean, **env},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_missing_library_is_one_line_with_the_apt_get_command(tmp_path: Path) -> None:
    platforms = plugin_needing_libraries_this_system_lacks(
        tmp_path, "libxcb-cursor.so.0", "libxkbcommon-x11.so.0"
    )
    problem = check_qt_platform({"DISPLAY": ":99", "QT_QPA_PLATFORM_PLUGIN_PATH": str(platforms)})
    assert problem is not None
    assert problem.missing == ("libxkbcommon-x11.so.9", "libxcb-cursor.so.9")  # ldd: all
    assert problem.packages == ("libxkbcommon-x11-0", "libxcb-cursor0")

    done = start_gui(
        tmp_path / "data",
        DISPLAY=":99",
        QT_QPA_PLATFORM="xcb",
        QT_QPA_PLATFORM_PLUGIN_PATH=str(platforms),
    )
    assert done.returncode == 1, done  # not Qt's abort (-6)
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("bienestar-field: error: the desktop cannot start")
    assert line.endswith("sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0")
    assert done.stdout == ""


def test_no_display_is_one_line_too(tmp_path: Path) -> None:
    done = start_gui(tmp_path / "data")
    assert done.returncode == 1, done
    (line,) = done.stderr.strip().splitlines()
    assert "no graphical display" in line
