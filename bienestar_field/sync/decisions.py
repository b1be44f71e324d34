"""A supervisor's decision on an enrolment, sent to the server (``POST /v1/decisions``).

The server checks the role it gave the device at enrolment, not the casebook's user: a
caseworker's laptop is refused (403 ``role_required``) whatever it claims. The review queues
will send their decisions through here.
"""

from __future__ import annotations

from bienestar_field.sync.client import Transport
from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.protocol import (
    API_PREFIX,
    DecisionAnswer,
    DecisionRequest,
    DecisionStatus,
    canonical_json,
)


def send_decision(
    transport: Transport,
    identity: SyncIdentity,
    enrollment_id: str,
    status: DecisionStatus,
    reason: str = "",
) -> DecisionAnswer:
    """Send one decision; the server's answer, or a ``SyncError`` saying why not."""
    request = DecisionRequest(enrollment_id, status, reason)
    answer = transport.request(
        "POST",
        f"{API_PREFIX}/decisions",
        body=canonical_json(request.to_json()),
        device_id=identity.device_id,
        token=identity.token,
        retry=False,  # a decision is not idempotent by id yet: the person sends it again
    )
    return DecisionAnswer.from_json(answer.body)
