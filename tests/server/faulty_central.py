"""``bienestar-central`` with one fault planted, for the log-leak test: enrolment fails with an
exception whose message quotes the request body (as a careless error could).

Run as ``python tests/server/faulty_central.py serve ...``; nothing of this ships.
"""

from __future__ import annotations

import sys

from bienestar_central import cli
from bienestar_central.service.central import CentralService


def _failing_enroll(self: CentralService, body: bytes, client_address: str) -> object:
    raise ValueError(f"cannot enrol {body.decode('utf-8', 'replace')}")


if __name__ == "__main__":
    CentralService.enroll = _failing_enroll  # type: ignore[assignment,method-assign]
    sys.exit(cli.main(sys.argv[1:]))
