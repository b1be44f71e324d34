"""A writer process for the durability test: saves households, then stops where it is told.

Usage: ``python durability_writer.py DATA_DIR USER SEED PAUSE_AFTER PAUSE_AT``, with the
passphrase in ``BIENESTAR_PASSPHRASE``. Before each save it writes ``{"saving": N}``; after
``register_household`` returns (the save is reported done), the household id, its folio and
its members' ids: one JSON line each on stdout, ids and folios only, never personal data.

Once ``PAUSE_AFTER`` saves are reported, the next save that gets through stops at
``PAUSE_AT`` and says so in a line ``{"paused": PAUSE_AT}``, then waits to be killed:
``commit`` stops inside the write transaction, its rows written and the COMMIT not yet sent;
``report`` stops after the save returned, before it is reported. The parent kills this
process with SIGKILL on reading that line, so every kill lands at a known point of a save.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

from sqlalchemy import Connection, event

from bienestar_field.casebook import CasebookStore, DuplicateCurp, ValidationFailed
from bienestar_field.demo import synthetic_household

MAX_SAVES = 2_000  # a bound, in case the parent dies without killing us
PAUSE_SECONDS = 120  # likewise: a paused writer that is never killed gives up
PAUSE_POINTS = ("commit", "report")


def _write_line(line: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def _pause(point: str) -> None:
    _write_line({"paused": point})
    time.sleep(PAUSE_SECONDS)
    os._exit(3)  # never killed: exit without committing, reporting or cleaning up


def main(argv: list[str]) -> int:
    data_dir, user, seed = Path(argv[1]), argv[2], int(argv[3])
    pause_after, pause_at = int(argv[4]), argv[5]
    assert pause_at in PAUSE_POINTS, pause_at
    store = CasebookStore(data_dir, kdf_target_seconds=0)
    casebook = store.unlock(user, os.environ["BIENESTAR_PASSPHRASE"])
    rng = random.Random(seed)
    today = casebook.now().date()
    reported = 0
    armed = False

    @event.listens_for(store.database.engine, "commit")
    def _before_commit(connection: Connection) -> None:
        # Only the casebook's write transactions begin IMMEDIATE (platform/sqlite.py).
        writing = connection.get_execution_options().get("sqlite_begin") == "IMMEDIATE"
        if armed and pause_at == "commit" and writing:
            _pause("commit")

    for attempt in range(MAX_SAVES):
        household = synthetic_household(rng, today)
        armed = reported >= pause_after
        _write_line({"saving": attempt})
        try:
            saved = casebook.households.register(household, today=today)
        except (DuplicateCurp, ValidationFailed):
            continue  # synthetic CURPs can repeat; draw another household
        if armed and pause_at == "report":
            _pause("report")
        _write_line(
            {"id": saved.id, "folio": saved.folio, "members": [m.id for m in saved.members]}
        )
        reported += 1
    casebook.lock()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
