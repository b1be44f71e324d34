#!/usr/bin/env bash
# CI: build the bundle and the Debian package (make dist), install the package as a person would
# (apt-get, so its Depends are honoured), use the installed program (a casebook, demo data,
# enrolment, sync, a batch file carried by a supervisor, --self-check, the GUI on offscreen and
# on X11), remove the package and check the records are still there; then compile the Windows
# installer script against a placeholder payload. Runs as root on a Debian/Ubuntu machine after
# `make test` (.venv holds the server, which plays the central office on loopback).
# About 2.5 minutes of CPU, two thirds of it PyInstaller (no build cache on a clean clone).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
started=$SECONDS
step() { printf '== %s (%ds)\n' "$*" $((SECONDS - started)); }
fail() { echo "ci_check_dist: $*" >&2; exit 1; }

work=$(mktemp -d)
server_pid=""
xvfb_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if dpkg-query -W -f='${Status}' bienestar-field 2>/dev/null | grep -q installed; then
        apt-get purge -y -qq bienestar-field >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

step "make dist"
make dist
debs=(dist/bienestar-field_*.deb)
[ "${#debs[@]}" -eq 1 ] || fail "expected one .deb in dist/, found: ${debs[*]}"
deb=${debs[0]}
echo "bundle: $(du -sh dist/bienestar-field | cut -f1), package: $(du -h "$deb" | cut -f1)"
dpkg-deb --info "$deb" | sed -n 's/^ \(Depends\|Installed-Size\|Version\):/\1:/p'
# Program files only: no data, nothing under /home, /var or /etc, no maintainer scripts.
if dpkg-deb --contents "$deb" | awk '{print $6}' | grep -vE '^\./(opt/bienestar-field|usr/bin|usr/share/(applications|icons))(/|$)|^\./(opt|usr|usr/share)/$|^\./$'; then
    fail "the package holds files outside the program's folders (above)"
fi
dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -qE 'preinst|postinst|prerm|postrm' &&
    fail "the package has maintainer scripts; none may touch the data folder"

step "apt-get install ./$deb"
apt-get install -y -qq "./$deb" >/dev/null
[ "$(readlink -f "$(command -v bienestar-field)")" = /opt/bienestar-field/bienestar-field ] ||
    fail "bienestar-field on the PATH is not the installed bundle"
# Every library the bundle links to resolves, from the bundle or from the packages it depends on.
internal=/opt/bienestar-field/_internal
missing=$(find /opt/bienestar-field -type f \( -name '*.so*' -o -name bienestar-field \) -print0 |
    xargs -0 env LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd 2>/dev/null |
    grep 'not found' | sort -u || true)
[ -z "$missing" ] || fail "libraries not found after installing: $missing"

step "headless commands of the installed program"
bienestar-field --version | grep -qx "bienestar-field $(sed -n 's/^__version__ = "\(.*\)"$/\1/p' bienestar_field/__init__.py)" ||
    fail "--version does not print the package's version"
export BIENESTAR_PASSPHRASE="frase de prueba para la instalación"
export BIENESTAR_DATA_DIR="$work/laptop"
bienestar-field user add ana --role caseworker >/dev/null
bienestar-field demo --households 5 --seed 7 >/dev/null
stats=$(bienestar-field stats)
echo "stats: $stats"
python3 -c 'import json, sys; s = json.loads(sys.argv[1]); assert s["households"] == 5, s' "$stats"

step "enrol, batch file through a supervisor, sync (central server on loopback)"
central() { .venv/bin/bienestar-central "$1" --data-dir "$work/central" "${@:2}"; }
central init >/dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
central serve --host 127.0.0.1 --port "$port" >"$work/central.log" 2>&1 &
server_pid=$!
url="http://127.0.0.1:$port"
for _ in $(seq 100); do
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' \
        "$url/v1/health" 2>/dev/null && break
    sleep 0.2
done
code() { central enrollment-code --office "Oaxaca Centro" | tail -n 1; }
bienestar-field enroll --server "$url" --code "$(code)"
bienestar-field batch export "$work/usb.batch"
BIENESTAR_DATA_DIR="$work/supervisor" bienestar-field user add beto --role supervisor >/dev/null
BIENESTAR_DATA_DIR="$work/supervisor" bienestar-field enroll --server "$url" --code "$(code)"
receipt=$(BIENESTAR_DATA_DIR="$work/supervisor" bienestar-field batch import "$work/usb.batch")
bienestar-field batch import "$receipt"
bienestar-field demo --households 2 --seed 8 >/dev/null
bienestar-field sync
python3 -c 'import json, sys; s = json.loads(sys.argv[1]); assert s["pending_changes"] == 0 and s["households"] == 7, s' \
    "$(bienestar-field stats)"
central stats | python3 -c 'import json, sys; s = json.load(sys.stdin); assert s["households"] == 7, s'
# What support staff would run: every check passes (or only warns) on this enrolled, synced
# casebook with its server answering, from the frozen program (migrations found, Qt's plugin).
bienestar-field --self-check

step "the installed GUI starts (offscreen, then X11 through the xcb plugin)"
gui_runs() {  # the program still running after 5 s (timeout's 124), and nothing on stderr but
    # the offscreen plugin's notice
    local status=0
    timeout 5 bienestar-field 2>"$work/gui.err" || status=$?
    grep -v 'This plugin does not support propagateSizeHints()' "$work/gui.err" >&2 &&
        fail "the GUI ($QT_QPA_PLATFORM) wrote the above to stderr"
    [ "$status" -eq 124 ] || fail "the GUI ($QT_QPA_PLATFORM) exited with $status within 5 s"
}
QT_QPA_PLATFORM=offscreen gui_runs
Xvfb :77 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
DISPLAY=:77 QT_QPA_PLATFORM=xcb gui_runs
kill "$xvfb_pid"
xvfb_pid=""

step "apt-get purge keeps the data folder"
apt-get purge -y -qq bienestar-field >/dev/null
[ ! -e /opt/bienestar-field ] || fail "/opt/bienestar-field is left after removal"
hash -r  # forget where bash found it before
! command -v bienestar-field >/dev/null || fail "bienestar-field is still on the PATH"
[ -s "$BIENESTAR_DATA_DIR/casebook.sqlite3" ] || fail "the casebook went with the package"

step "makensis: the Windows installer script compiles"
payload="$work/payload"
mkdir -p "$payload/_internal"
echo placeholder >"$payload/bienestar-field.exe"
echo placeholder >"$payload/bienestar-field-gui.exe"
echo placeholder >"$payload/_internal/python311.dll"
makensis -V2 -WX -DVERSION="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' bienestar_field/__init__.py)" \
    -DPAYLOAD="$payload" -DOUTFILE="$work/bienestar-field-setup.exe" \
    installer/windows/bienestar-field.nsi
[ -s "$work/bienestar-field-setup.exe" ] || fail "makensis wrote no installer"

step "done"
