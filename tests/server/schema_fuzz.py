"""Schema-driven fuzzing of a running central server with Schemathesis.

``fuzz_central_api(base_url, ...)`` reads ``/openapi.json`` from the server, generates requests
for every operation from it (valid ones and, with ``negative``, ones that break the schema),
sends each three ways — without a token, with a forged token, with a real device's token —
and checks every answer:

- never a 5xx;
- every status code, content type and body is one the schema documents for that operation;
- nothing that needs a token is answered 2xx without a valid one.

The suite runs it small and derandomized (``tests/server/test_schema_fuzz.py``); ``make
stress`` may call ``stress_schema_fuzz`` for a larger seeded run against its own server.
It returns the failures found (one line each, no bodies) rather than stopping at the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import requests
import schemathesis
from hypothesis import HealthCheck, given, seed, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from bienestar_wire.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, bearer

OPEN_PATHS: Final = frozenset({"/v1/health", "/v1/enroll", "/v1/enroll/challenge", "/openapi.json"})
FORGED_TOKEN: Final = "A" * 43
CHECKS: Final = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@dataclass
class FuzzReport:
    requests: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def count(self, status: int) -> None:
        self.requests += 1
        self.statuses[status] = self.statuses.get(status, 0) + 1


def fuzz_central_api(
    base_url: str,
    *,
    device_id: str,
    token: str,
    max_examples: int = 25,
    seed_value: int | None = None,
    negative: bool = True,
    forged_token: str = FORGED_TOKEN,
) -> FuzzReport:
    """Fuzz every operation of the server at ``base_url``; ``device_id``/``token`` are a real
    enrolled device's. ``seed_value`` None: derandomized (the same cases every run).
    ``forged_token`` is what an impostor presents (a test passes the real one to prove that
    the token check would notice)."""
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json", timeout=10)
    report = FuzzReport()
    modes = [schemathesis.GenerationMode.POSITIVE]
    if negative:
        modes.append(schemathesis.GenerationMode.NEGATIVE)
    identities: Mapping[str, str | None] = {
        "no token": None,
        "forged token": bearer(device_id, forged_token),
        "device token": bearer(device_id, token),
    }
    session = requests.Session()
    try:
        for result in schema.get_all_operations():
            operation = result.ok()
            for mode in modes:
                _fuzz_operation(
                    operation,
                    mode,
                    base_url=base_url,
                    identities=identities,
                    session=session,
                    report=report,
                    max_examples=max_examples,
                    seed_value=seed_value,
                )
    finally:
        session.close()
    return report


def _fuzz_operation(
    operation: Any,
    mode: schemathesis.GenerationMode,
    *,
    base_url: str,
    identities: Mapping[str, str | None],
    session: requests.Session,
    report: FuzzReport,
    max_examples: int,
    seed_value: int | None,
) -> None:
    name = f"{operation.method.upper()} {operation.path} ({mode.value})"
    needs_token = operation.path not in OPEN_PATHS

    @settings(
        max_examples=max_examples,
        derandomize=seed_value is None,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=False,
    )
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: schemathesis.Case) -> None:
        for who, authorization in identities.items():
            headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
            if authorization is not None:
                headers["Authorization"] = authorization
            response = case.call(base_url=base_url, session=session, headers=headers, timeout=30)
            report.count(response.status_code)
            problem = _problem(case, response, headers, needs_token and who != "device token")
            if problem is not None and len(report.failures) < 50:
                report.failures.append(f"{name} with {who}: {problem}")

    if seed_value is not None:
        run = seed(seed_value)(run)
    try:
        run()
    except Unsatisfiable:
        # An operation with nothing to break (no parameters, no body) has no negative cases.
        if mode is not schemathesis.GenerationMode.NEGATIVE:
            raise


def _problem(
    case: schemathesis.Case, response: Any, headers: dict[str, str], must_refuse: bool
) -> str | None:
    if must_refuse and 200 <= response.status_code < 300:
        return f"accepted without a valid token (HTTP {response.status_code})"
    try:
        case.validate_response(response, checks=CHECKS, headers=headers)
    except FailureGroup as group:
        titles = sorted(
            {getattr(failure, "title", type(failure).__name__) for failure in group.exceptions}
        )
        return f"HTTP {response.status_code}: {'; '.join(titles)}"
    except Failure as failure:
        return f"HTTP {response.status_code}: {failure.title}"
    return None


def stress_schema_fuzz(
    base_url: str, *, device_id: str, token: str, max_examples: int = 400
) -> FuzzReport:
    """The larger run for ``make stress``: many more examples, a fixed seed."""
    return fuzz_central_api(
        base_url, device_id=device_id, token=token, max_examples=max_examples, seed_value=20261201
    )
