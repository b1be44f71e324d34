"""Schema fuzzing in ``make stress``: the suite's schemathesis run, larger, on the stress server.

Finding 5 of issue 8: schemathesis driven by ``/openapi.json`` against a real server; the
suite runs a short derandomized pass (``tests/server/test_schema_fuzz.py``), and ``make stress``
runs ``stress_schema_fuzz`` (many more examples, a fixed seed) after the fifty-device load, on
the same multi-worker PostgreSQL server, as a device of its own enrolled for the purpose.
A failure (a 5xx, an answer outside the schema, a request let in without a valid token) is a
problem of the run, like a lost record.
"""

from __future__ import annotations

import time
from typing import Any

from tests.server.raw_device import RawDevice
from tests.server.schema_fuzz import stress_schema_fuzz
from tests.sync.central_harness import CentralServer


def run_schema_fuzz(server: CentralServer, office: str, examples: int) -> dict[str, Any]:
    device = RawDevice.enrol(server, office)
    started = time.perf_counter()
    report = stress_schema_fuzz(
        server.url, device_id=device.device_id, token=device.token, max_examples=examples
    )
    return {
        "schema_fuzz": {
            "requests": report.requests,
            "status_counts": {str(k): v for k, v in sorted(report.statuses.items())},
            "seconds": round(time.perf_counter() - started, 1),
            "failures": report.failures[:20],
        }
    }
