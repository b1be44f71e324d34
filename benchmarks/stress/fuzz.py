"""The hook for schema fuzzing in ``make stress``: runs it when the suite provides it.

Finding 5 of issue 8 asks for schemathesis (or hypothesis driven by the OpenAPI schema)
against a real server; ``make stress`` runs the same fuzzing against the stress server once
the function that does it has landed. Until then this says so in the figures, plainly.
"""

from __future__ import annotations

from typing import Any


def run_schema_fuzz(server_url: str) -> dict[str, Any]:
    return {"schema_fuzz": "not run: no schema fuzzing function in the repository yet"}
