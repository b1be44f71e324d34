"""Enrolment requests as a device builds them, for tests that talk to the service directly."""

from __future__ import annotations

from bienestar_central.service.central import CentralService
from bienestar_field.domain.codes import random_code
from bienestar_field.domain.ids import uuid7
from bienestar_wire.enrolment import EnrolmentCode, prove_request
from bienestar_wire.envelope import KeyPairs, sign_enroll
from bienestar_wire.protocol import (
    PROTOCOL_VERSION,
    EnrollChallenge,
    EnrollRequest,
    canonical_json,
)

NEVER_ISSUED = "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"


def enroll_request(
    challenge: EnrollChallenge,
    code: str,
    keys: KeyPairs,
    *,
    casebook_id: str | None = None,
    folio_prefix: str | None = None,
    label: str = "lap",
    signer: KeyPairs | None = None,
) -> EnrollRequest:
    """A request proving ``code`` for ``keys``, a fresh casebook unless one is named."""
    parsed = EnrolmentCode.parse(code)
    request = EnrollRequest(
        v=PROTOCOL_VERSION,
        code_id=parsed.code_id,
        nonce=challenge.nonce,
        casebook_id=casebook_id or uuid7(),
        folio_prefix=folio_prefix or random_code(6),
        label=label,
        signing=keys.signing_public,
        sealing=keys.sealing_public,
    )
    return sign_enroll(prove_request(request, parsed.mac_key), signer or keys)


def enroll_body(service: CentralService, code: str, keys: KeyPairs, **kwargs: object) -> bytes:
    """The bytes of a request answering a fresh challenge of ``service``."""
    request = enroll_request(service.enroll_challenge(), code, keys, **kwargs)  # type: ignore[arg-type]
    return canonical_json(request.to_json())
