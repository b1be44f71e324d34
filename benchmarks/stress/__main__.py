"""``python -m benchmarks.stress`` (``make stress``): prints the figures as one JSON object.

PostgreSQL comes from ``BIENESTAR_TEST_DATABASE_URL`` (a fresh database is made and dropped).
The size defaults to fifty devices of five offices, two households each per round, two
rounds, three server workers; each can be changed by an environment variable
(``BIENESTAR_STRESS_DEVICES``, ``_OFFICES``, ``_HOUSEHOLDS``, ``_ROUNDS``, ``_WORKERS``,
``_RUNNERS``, ``_SEED``) or the matching option. Exit 1 when a check failed, 2 without
PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import fields

from benchmarks.common import progress
from benchmarks.stress.load import Size, run

PG_ENV = "BIENESTAR_TEST_DATABASE_URL"
_ENV_PREFIX = "BIENESTAR_STRESS_"


def _size(argv: list[str] | None) -> Size:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stress", description=__doc__)
    defaults = Size()
    for f in fields(Size):
        value = getattr(defaults, f.name)
        kind = type(value)
        env = os.environ.get(_ENV_PREFIX + f.name.upper())
        parser.add_argument(
            "--" + f.name.replace("_", "-"),
            type=kind,
            default=kind(env) if env else value,
            metavar=kind.__name__.upper(),
        )
    args = parser.parse_args(argv)
    return Size(**{f.name: getattr(args, f.name) for f in fields(Size)})


def main(argv: list[str] | None = None) -> int:
    size = _size(argv)
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        print(f"make stress needs PostgreSQL: set {PG_ENV}", file=sys.stderr)
        return 2
    figures = run(size, admin_url)
    for problem in figures["problems"]:
        progress(f"stress: FAILED: {problem}")
    print(json.dumps(figures, sort_keys=True))
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
