"""The JSON Schemas of the wire messages, generated from their one definition in ``protocol``.

The server publishes them as OpenAPI components and points each route's request body and
answers at them with ``ref``; nothing here restates a message's shape.
"""

from __future__ import annotations

from typing import Any, Final

import msgspec

from bienestar_wire.codec import WireMessage, wire_required
from bienestar_wire.protocol import (
    BatchBody,
    BatchEnvelope,
    DecisionAnswer,
    DecisionRequest,
    DeviceInfo,
    EnrollChallenge,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Health,
    PullPage,
    Receipt,
    SealedPull,
)
from bienestar_wire.review import (
    ReviewDecision,
    ReviewDecisionAnswer,
    ReviewPage,
    SealedReview,
)

REF_TEMPLATE: Final = "#/components/schemas/{name}"

# What travels in clear, and the three plaintexts that travel sealed (documented all the same).
PUBLISHED: Final[tuple[type[WireMessage], ...]] = (
    Health,
    EnrollChallenge,
    EnrollRequest,
    EnrollResponse,
    BatchEnvelope,
    Receipt,
    SealedPull,
    DeviceInfo,
    DecisionRequest,
    DecisionAnswer,
    SealedReview,
    ReviewDecision,
    ReviewDecisionAnswer,
    ErrorBody,
    BatchBody,
    PullPage,
    ReviewPage,
)


def ref(message: type[WireMessage]) -> dict[str, Any]:
    """A JSON Schema that points at ``message``'s component."""
    return {"$ref": REF_TEMPLATE.format(name=message.__name__)}


def schema_components() -> dict[str, Any]:
    """Every published message and what it holds, by name, ready for ``components.schemas``."""
    _, components = msgspec.json.schema_components(PUBLISHED, ref_template=REF_TEMPLATE)
    for message in _all_messages():
        schema = components.get(message.__name__)
        if schema is not None:
            required = schema.setdefault("required", [])
            for name in wire_required(message):
                if name not in required:
                    required.append(name)
                    # Required on the wire: the constructor's default is not the wire's.
                    schema["properties"][name].pop("default", None)
    return components


def _all_messages() -> list[type[WireMessage]]:
    found: list[type[WireMessage]] = []
    pending = [WireMessage]
    while pending:
        for sub in pending.pop().__subclasses__():
            found.append(sub)
            pending.append(sub)
    return found
