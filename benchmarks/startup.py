"""Start-up of the desktop app against a bare PySide6 window, measured in the same run.

``run()`` returns ``startup_vs_bare_qt_ratio``: (process start → unlocked, painted main
window, minus the key derivation) ÷ (process start → a bare PySide6 program's first painted
window). The app is started the way a caseworker starts it, through the ``bienestar-field``
command's own code (``cli.main``), so every import it pays is counted; only the unlock is
automated, typed the moment the unlock screen can take it (no thinking time).

``startup_to_unlock_screen_vs_bare_qt_ratio`` is, in the same child, process start → the
first paint of the unlock screen ÷ the bare window: what the person waits for before they
can type. The casebook (SQLAlchemy, the migration check) opens behind it.

``startup_kdf_ms`` is the Argon2id derivation alone (``derive_kek``), timed inside the child
and the only thing subtracted: the rest of the unlock (reading the key slot, the audit row
and its fsync, building the casebook) counts as start-up. ``startup_app_vs_bare_qt_ratio``
is the same measure entered at the composition root (``app.run_app``), without the command
line module's imports, to show what those cost.

The three programs run in turn, round after round (one warm-up round discarded), so a busy
moment on the machine falls on all of them alike. The ratios are the median of the ratios
within each round (a round's app against the same round's bare window); the times are the
medians of ``RUNS``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

RUNS = 7
PASSPHRASE = "maiz azul en la milpa 2026"

_BARE = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            app.quit()
        return False
watcher = Painted()
window.installEventFilter(watcher)
window.resize(1100, 760)
window.show()
app.exec()
"""

# Hooks the real start-up path: reports the first paint of the unlock screen, times
# derive_kek, types the passphrase as soon as the unlock screen lists the user, and reports the
# first paint of the unlocked workspace. Only functions are wrapped; nothing polls, and nothing
# is imported that the app would not have loaded by then (the key store, with SQLAlchemy, is
# wrapped when the app itself first imports it).
_HOOKS = """
import json, sys, time
from importlib.machinery import PathFinder
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from bienestar_field.ui import main as ui_main
from bienestar_field.ui import unlock as ui_unlock

_kdf = {"kdf_ms": 0.0}
def _time_derive(keystore):
    derive = keystore.derive_kek
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return derive(*args, **kwargs)
        finally:
            _kdf["kdf_ms"] += (time.perf_counter() - start) * 1000
    keystore.derive_kek = timed

class _WrapOnImport:
    def find_spec(self, name, path, target=None):
        if name != "bienestar_field.storage.keystore":
            return None
        spec = PathFinder.find_spec(name, path)
        run_module = spec.loader.exec_module
        def exec_module(module):
            run_module(module)
            _time_derive(module)
        spec.loader.exec_module = exec_module
        return spec
if "bienestar_field.storage.keystore" in sys.modules:  # imported before the window
    _time_derive(sys.modules["bienestar_field.storage.keystore"])
else:
    sys.meta_path.insert(0, _WrapOnImport())

class _Painted(QObject):
    def __init__(self, report, then=None):
        super().__init__()
        self.report, self.then = report, then
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.report is not None:
            print(json.dumps(self.report()), flush=True)
            self.report = None
            if self.then is not None:
                self.then()
        return False

_start = ui_main.Shell.start
def _hooked_start(shell, *args, **kwargs):
    app = QApplication.instance()
    watcher = _Painted(lambda: {"painted": True, **_kdf}, app.quit)
    def shown():
        shell.workspace.installEventFilter(watcher)
        shell.workspace.update()
    shell.workspace_shown.connect(shown)
    shell._bench_watcher = watcher
    _start(shell, *args, **kwargs)
ui_main.Shell.start = _hooked_start

# The passphrase goes in the moment the unlock screen lists the user: no polling, which
# would take the interpreter from the thread opening the casebook.
_unlock_init = ui_unlock.UnlockScreen.__init__
def _hooked_unlock_init(screen, *args, **kwargs):
    _unlock_init(screen, *args, **kwargs)
    if not getattr(ui_unlock, "_bench_seen", False):
        ui_unlock._bench_seen = True
        screen._bench_watcher = _Painted(lambda: {"unlock_screen_painted": True})
        screen.installEventFilter(screen._bench_watcher)
ui_unlock.UnlockScreen.__init__ = _hooked_unlock_init

_show_users = ui_unlock.UnlockScreen._show_users
def _hooked_show_users(screen, users):
    _show_users(screen, users)
    if screen.user_name():
        screen.passphrase.setText(PASSPHRASE)
        QTimer.singleShot(0, screen.try_unlock)
ui_unlock.UnlockScreen._show_users = _hooked_show_users
"""

# As a caseworker starts it: the command's module first, with everything it imports.
_CLI = (
    """
import sys
from bienestar_field import cli
DATA_DIR, PASSPHRASE = sys.argv[1], sys.argv[2]
"""
    + _HOOKS
    + """
sys.exit(cli.main(["--data-dir", DATA_DIR]))
"""
)

# Entered at the composition root, skipping the command line module.
_APP = (
    """
import sys
from pathlib import Path
from bienestar_field.app import run_app
DATA_DIR, PASSPHRASE = sys.argv[1], sys.argv[2]
"""
    + _HOOKS
    + """
sys.exit(run_app(Path(DATA_DIR)))
"""
)


@dataclass(frozen=True)
class _Timing:
    """Milliseconds from starting the process: to the unlock screen, to the window; KDF time."""

    unlock_screen_ms: float
    painted_ms: float
    kdf_ms: float


def _time_child(code: str, *args: str) -> _Timing:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    unlock_screen_ms = 0.0
    for line in process.stdout:
        elapsed = (time.perf_counter() - start) * 1000
        if line.startswith("painted"):
            process.wait(timeout=60)
            return _Timing(elapsed, elapsed, 0.0)
        report = json.loads(line) if line.startswith("{") else {}
        if report.get("unlock_screen_painted"):
            unlock_screen_ms = elapsed
        elif report.get("painted") and unlock_screen_ms:
            process.wait(timeout=60)
            return _Timing(unlock_screen_ms, elapsed, float(report["kdf_ms"]))
    process.wait(timeout=60)
    raise RuntimeError("the child did not report its painted windows")


def _prepare(data_dir: Path) -> None:
    from bienestar_field.casebook import CasebookStore
    from bienestar_field.domain.users import Role

    store = CasebookStore(data_dir)  # the default calibration: about 0.5 s of Argon2id
    try:
        result = store.set_up("Ana López", Role.CASEWORKER, PASSPHRASE)
        result.casebook.lock()
    finally:
        store.close()


def run(runs: int = RUNS) -> dict[str, float]:
    bare: list[float] = []
    cli: list[_Timing] = []
    app: list[_Timing] = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        _prepare(data_dir)
        for round_number in range(runs + 1):
            figures = (
                _time_child(_BARE).painted_ms,
                _time_child(_CLI, str(data_dir), PASSPHRASE),
                _time_child(_APP, str(data_dir), PASSPHRASE),
            )
            if round_number == 0:
                continue  # warm-up: file caches, first compilation of bytecode
            bare.append(figures[0])
            cli.append(figures[1])
            app.append(figures[2])

    def median(values: Iterable[float]) -> float:
        return round(statistics.median(values), 1)

    def ratio(times: list[float]) -> float:
        return round(statistics.median(t / base for t, base in zip(times, bare, strict=True)), 3)

    def without_kdf(samples: list[_Timing]) -> list[float]:
        return [s.painted_ms - s.kdf_ms for s in samples]

    def to_unlock_screen(samples: list[_Timing]) -> list[float]:
        return [s.unlock_screen_ms for s in samples]

    return {
        "startup_to_unlock_screen_vs_bare_qt_ratio": ratio(to_unlock_screen(cli)),
        "startup_vs_bare_qt_ratio": ratio(without_kdf(cli)),
        "startup_app_to_unlock_screen_vs_bare_qt_ratio": ratio(to_unlock_screen(app)),
        "startup_app_vs_bare_qt_ratio": ratio(without_kdf(app)),
        "startup_kdf_ms": median(s.kdf_ms for s in cli),
        "startup_to_unlock_screen_ms": median(to_unlock_screen(cli)),
        "startup_ms": median(s.painted_ms for s in cli),
        "startup_without_kdf_ms": median(without_kdf(cli)),
        "startup_app_without_kdf_ms": median(without_kdf(app)),
        "startup_bare_qt_ms": median(bare),
        "startup_runs": runs,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
