"""A writer process for the durability test: saves households until it is killed.

Usage: ``python durability_writer.py DATA_DIR USER SEED`` with the passphrase in
``BIENESTAR_PASSPHRASE``. Before each save it writes ``{"saving": N}``; after
``register_household`` returns (the save is reported done), the household id, its folio and
its members' ids: one JSON line each on stdout, ids and folios only, never personal data.
The parent kills this process with SIGKILL at a moment of its choosing, usually in the
middle of the next save.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

from bienestar_field.casebook import CasebookStore, DuplicateCurp, ValidationFailed
from bienestar_field.demo import synthetic_household

MAX_SAVES = 2_000  # a bound, in case the parent dies without killing us


def _write_line(line: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> int:
    data_dir, user, seed = Path(argv[1]), argv[2], int(argv[3])
    store = CasebookStore(data_dir, kdf_target_seconds=0)
    casebook = store.unlock(user, os.environ["BIENESTAR_PASSPHRASE"])
    rng = random.Random(seed)
    today = casebook.now().date()
    for attempt in range(MAX_SAVES):
        household = synthetic_household(rng, today)
        _write_line({"saving": attempt})
        try:
            saved = casebook.register_household(household, today=today)
        except (DuplicateCurp, ValidationFailed):
            continue  # synthetic CURPs can repeat; draw another household
        _write_line(
            {"id": saved.id, "folio": saved.folio, "members": [m.id for m in saved.members]}
        )
    casebook.lock()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
