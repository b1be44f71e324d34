"""Start-up of the desktop app against a bare PySide6 window, measured in the same run.

``run()`` returns ``startup_vs_bare_qt_ratio``: (process start → unlocked, painted main
window, minus the key derivation) ÷ (process start → a bare PySide6 program's first painted
window). The app is started the way a caseworker starts it, through the ``bienestar-field``
command's own code (``cli.main``), so every import it pays is counted; only the unlock is
automated, typed the moment the unlock screen can take it (no thinking time).

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

# Hooks the real start-up path: times derive_kek, types the passphrase as soon as the unlock
# screen lists the user, and reports the first paint of the unlocked workspace. Only
# functions are wrapped; nothing polls.
_HOOKS = """
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from bienestar_field.storage import keystore
from bienestar_field.ui import main as ui_main
from bienestar_field.ui import unlock as ui_unlock

_kdf = {"kdf_ms": 0.0}
_derive = keystore.derive_kek
def _timed_derive(*args, **kwargs):
    start = time.perf_counter()
    try:
        return _derive(*args, **kwargs)
    finally:
        _kdf["kdf_ms"] += (time.perf_counter() - start) * 1000
keystore.derive_kek = _timed_derive

class _Painted(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(json.dumps({"painted": True, **_kdf}), flush=True)
            self.app.quit()
        return False

_start = ui_main.Shell.start
def _hooked_start(shell):
    watcher = _Painted(QApplication.instance())
    def shown():
        shell.workspace.installEventFilter(watcher)
        shell.workspace.update()
    shell.workspace_shown.connect(shown)
    shell._bench_watcher = watcher
    _start(shell)
ui_main.Shell.start = _hooked_start

# The passphrase goes in the moment the unlock screen lists the user: no polling, which
# would take the interpreter from the thread opening the casebook.
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


def _time_child(code: str, *args: str) -> tuple[float, float]:
    """Milliseconds from starting the process to its "painted" line, and its KDF time."""
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
    line = process.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    process.wait(timeout=60)
    if line.startswith("painted"):
        return elapsed, 0.0
    if not line.startswith("{"):
        raise RuntimeError("the child did not report a painted window")
    return elapsed, float(json.loads(line)["kdf_ms"])


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
    cli: list[tuple[float, float]] = []
    app: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        _prepare(data_dir)
        for round_number in range(runs + 1):
            figures = (
                _time_child(_BARE)[0],
                _time_child(_CLI, str(data_dir), PASSPHRASE),
                _time_child(_APP, str(data_dir), PASSPHRASE),
            )
            if round_number == 0:
                continue  # warm-up: file caches, first compilation of bytecode
            bare.append(figures[0])
            cli.append(figures[1])
            app.append(figures[2])
    bare_ms = statistics.median(bare)

    def without_kdf(samples: list[tuple[float, float]]) -> float:
        return statistics.median(total - kdf for total, kdf in samples)

    def ratio(samples: list[tuple[float, float]]) -> float:
        per_round = [(total - kdf) / base for (total, kdf), base in zip(samples, bare, strict=True)]
        return round(statistics.median(per_round), 3)

    return {
        "startup_vs_bare_qt_ratio": ratio(cli),
        "startup_app_vs_bare_qt_ratio": ratio(app),
        "startup_kdf_ms": round(statistics.median(kdf for _, kdf in cli), 1),
        "startup_ms": round(statistics.median(total for total, _ in cli), 1),
        "startup_without_kdf_ms": round(without_kdf(cli), 1),
        "startup_app_without_kdf_ms": round(without_kdf(app), 1),
        "startup_bare_qt_ms": round(bare_ms, 1),
        "startup_runs": runs,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
