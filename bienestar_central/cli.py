"""``bienestar-central``: the central server's commands (the server arrives with sync)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from bienestar_central import __version__


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bienestar-central", description="The central server Bienestar Field syncs to."
    )
    parser.add_argument("--version", action="version", version=f"bienestar-central {__version__}")
    parser.parse_args(argv)
    print(
        "bienestar-central: error: no server commands are available in this version",
        file=sys.stderr,
    )
    return 2
