"""Enrolment of this casebook's device with the central server, by a one-time code it proves.

The steps, each refusing with a reason the person can act on: read the code (secret and
server fingerprint); ask the server's health (protocol, clock) and a challenge (a nonce and its
keys); compare the keys with the code's fingerprint, and stop before anything derived from the
code leaves this computer when they differ; send the keys, the casebook id and folio prefix
with a MAC keyed by the code; check the server's MAC over its answer (only the server that
issued the code can make it); then store the identity and the folio prefix the server gave,
in one transaction. The code itself never travels (``bienestar_wire.enrolment``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from bienestar_field.sync import store as sync_store
from bienestar_field.sync.client import (
    CasebookCloned,
    PermanentError,
    ServerKeyChanged,
    Transport,
)
from bienestar_field.sync.engine import ENROLL_RETRY, fetch_health, utc_now
from bienestar_field.sync.ports import SyncCasebook
from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.codec import ProtocolError
from bienestar_wire.enrolment import CodeError, EnrolmentCode, answer_proof_holds, prove_request
from bienestar_wire.envelope import KeyPairs, sign_enroll
from bienestar_wire.protocol import (
    API_PREFIX,
    PROTOCOL_VERSION,
    EnrollChallenge,
    EnrollRequest,
    EnrollResponse,
    ErrorCode,
    canonical_json,
)

log = logging.getLogger(__name__)

NOT_THE_ISSUER = (
    "the server's keys do not match the fingerprint at the end of the enrolment code: this is "
    "not the server that issued the code (a wrong address, or someone in between); nothing "
    "was sent"
)


def read_code(typed: str) -> EnrolmentCode:
    try:
        return EnrolmentCode.parse(typed)
    except CodeError as exc:
        raise PermanentError(str(exc), code=ErrorCode.CODE_INVALID.value) from None


def fetch_challenge(transport: Transport) -> EnrollChallenge:
    answer = transport.request("GET", f"{API_PREFIX}/enroll/challenge")
    try:
        return EnrollChallenge.from_json(answer.body)
    except ProtocolError as exc:
        raise PermanentError(f"the enrolment challenge is not understood: {exc}") from None


def enroll_device(
    book: SyncCasebook,
    *,
    server_url: str,
    code: str,
    label: str,
    expected_key_id: str | None = None,
    ca_file: str | None = None,
    transport: Transport | None = None,
    now: Callable[[], datetime] = utc_now,
) -> SyncIdentity:
    """Enrol this casebook's device: prove the code, pin the server's keys, take its prefix."""
    enrolment_code = read_code(code)
    own = transport is None
    # A person waits at the screen: a few quick retries, and never sit out a long Retry-After.
    transport = transport or Transport(server_url, retry=ENROLL_RETRY, ca_file=ca_file)
    try:
        health = fetch_health(transport, now)
        challenge = fetch_challenge(transport)
        server_keys = challenge.server_keys
        if not enrolment_code.pins(server_keys) or server_keys != health.server_keys:
            raise ServerKeyChanged(NOT_THE_ISSUER)
        if expected_key_id is not None and server_keys.key_id != expected_key_id.lower():
            raise ServerKeyChanged(
                "the server's key id is not the one the central office gave; not enrolling"
            )
        casebook_id, folio_prefix = sync_store.casebook_facts(book)
        keys = KeyPairs.generate()
        request = EnrollRequest(
            v=PROTOCOL_VERSION,
            code_id=enrolment_code.code_id,
            nonce=challenge.nonce,
            casebook_id=casebook_id,
            folio_prefix=folio_prefix,
            label=label[:64],
            signing=keys.signing_public,
            sealing=keys.sealing_public,
        )
        request = sign_enroll(prove_request(request, enrolment_code.mac_key), keys)
        try:
            answer = transport.request(
                "POST", f"{API_PREFIX}/enroll", body=canonical_json(request.to_json())
            )
        except PermanentError as exc:
            if exc.code == ErrorCode.CASEBOOK_CLONED.value:
                raise CasebookCloned(str(exc), status=exc.status, code=exc.code) from None
            raise
        try:
            enrolled = EnrollResponse.from_json(answer.body)
        except ProtocolError as exc:
            raise PermanentError(f"the enrolment answer is not understood: {exc}") from None
        if not answer_proof_holds(enrolled, request, enrolment_code.mac_key):
            raise ServerKeyChanged(
                "the server's answer does not prove it issued the enrolment code; not enrolling"
            )
        if enrolled.server_keys != server_keys:
            raise ServerKeyChanged("the server changed keys during enrolment; not enrolling")
        identity = SyncIdentity(
            server_url=server_url.rstrip("/"),
            device_id=enrolled.device_id,
            office=enrolled.office,
            token=enrolled.token,
            device_keys=keys,
            server_keys=enrolled.server_keys,
            enrolled_at=now().isoformat(),
        )
        sync_store.save_identity(
            book, identity, at=now().isoformat(), folio_prefix=enrolled.folio_prefix
        )
        log.info("device enrolled as %s", identity.device_id)
        return identity
    finally:
        if own:
            transport.close()
