"""The wire protocol and the envelopes, without a server: what verifies, what is refused."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

import pytest
from msgspec.structs import replace

from bienestar_field.domain.ids import uuid7
from bienestar_field.sync.client import RetryPolicy, parse_retry_after
from bienestar_wire.codec import ProtocolError, WireMessage
from bienestar_wire.enrolment import EnrolmentCode
from bienestar_wire.envelope import (
    BadSignature,
    EnvelopeError,
    KeyPairs,
    PeerKeys,
    WrongRecipient,
    open_batch,
    open_pull,
    seal_batch,
    seal_pull,
    sign_receipt,
    verify_batch,
    verify_enroll,
    verify_receipt,
)
from bienestar_wire.protocol import (
    BatchEnvelope,
    Change,
    ChangeResult,
    ChangeStatus,
    Cursor,
    EnrollChallenge,
    EnrollRequest,
    EnrollResponse,
    Entity,
    EntryKind,
    Health,
    Operation,
    ProtocolWindow,
    PullEntry,
    PullPage,
    Receipt,
    RecordState,
    SealedPull,
    ServerKeyInfo,
    bearer,
    canonical_json,
    parse_bearer,
    parse_protocol_header,
)
from tests.server.enrolling import enroll_request

NOW = "2026-03-16T15:30:00+00:00"
A_CODE = "ABCDE-FGHJK-MNPQR-STVWX-YZ012"
A_CHALLENGE = EnrollChallenge(bytes(40), KeyPairs.generate().public_info(), NOW)


def change(**overrides: object) -> Change:
    base = Change(
        change_id=uuid7(),
        entity=Entity.PERSON,
        entity_id=uuid7(),
        operation=Operation.UPDATE,
        base_version=1,
        basis_version=1,
        hlc="1773675000000-00000-abcdef",
        user_id=uuid7(),
        created_at=NOW,
        fields={"phone": "5512345678", "nombres": "María José"},
    )
    return replace(base, **overrides)  # type: ignore[arg-type]


@pytest.fixture
def keys() -> tuple[KeyPairs, KeyPairs]:
    return KeyPairs.generate(), KeyPairs.generate()  # device, server


def sealed(device: KeyPairs, server: KeyPairs, changes: list[Change]) -> BatchEnvelope:
    return seal_batch(
        changes,
        batch_id=uuid7(),
        device_id=uuid7(),
        device_keys=device,
        server=PeerKeys.from_info(server.public_info()),
        created_at=NOW,
    )


def test_a_sealed_batch_opens_on_its_server_with_every_change_intact(
    keys: tuple[KeyPairs, KeyPairs],
) -> None:
    device, server = keys
    changes = [change(), change(entity=Entity.HOUSEHOLD, operation=Operation.CREATE)]
    envelope = BatchEnvelope.from_json(sealed(device, server, changes).to_json())
    verify_batch(envelope, device.signing_public)
    assert list(open_batch(envelope, server)) == changes


def test_the_clear_header_holds_ids_and_times_but_no_content(
    keys: tuple[KeyPairs, KeyPairs],
) -> None:
    device, server = keys
    wire = canonical_json(sealed(device, server, [change()]).to_json())
    assert b"Mar\xc3\xada" not in wire
    assert b"5512345678" not in wire


def test_a_batch_opens_nowhere_but_on_the_server_it_was_sealed_to(
    keys: tuple[KeyPairs, KeyPairs],
) -> None:
    device, server = keys
    envelope = sealed(device, server, [change()])
    other = KeyPairs.generate()
    with pytest.raises(WrongRecipient):
        open_batch(envelope, other)
    # Even when relabelled with the other server's key id, the sealed key does not open.
    relabelled = replace(envelope, server_key_id=other.public_info().key_id)
    with pytest.raises(WrongRecipient):
        open_batch(relabelled, other)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda e: replace(e, ciphertext=e.ciphertext[:-1] + bytes([e.ciphertext[-1] ^ 1])),
        lambda e: replace(e, change_ids=tuple(reversed(e.change_ids))),
        lambda e: replace(e, created_at="2026-03-17T00:00:00+00:00"),
        lambda e: replace(e, batch_id=uuid7()),
        lambda e: replace(e, sealed_key=e.sealed_key[:-1] + bytes([e.sealed_key[-1] ^ 1])),
    ],
    ids=["ciphertext", "change-ids", "created-at", "batch-id", "sealed-key"],
)
def test_any_change_to_a_signed_batch_breaks_its_signature(
    keys: tuple[KeyPairs, KeyPairs], tamper: object
) -> None:
    device, server = keys
    envelope = sealed(device, server, [change(), change()])
    with pytest.raises(BadSignature):
        verify_batch(tamper(envelope), device.signing_public)  # type: ignore[operator]


def test_a_sealed_key_moved_into_another_batch_does_not_open(
    keys: tuple[KeyPairs, KeyPairs],
) -> None:
    device, server = keys
    first = sealed(device, server, [change()])
    second = sealed(device, server, [change()])
    # Ignoring signatures (an attacker can't sign, but the binding holds on its own too).
    frankenstein = replace(second, sealed_key=first.sealed_key)
    with pytest.raises(EnvelopeError):
        open_batch(frankenstein, server)


def test_a_batch_whose_content_does_not_match_its_list_is_refused(
    keys: tuple[KeyPairs, KeyPairs],
) -> None:
    device, server = keys
    envelope = sealed(device, server, [change(), change()])
    lying = replace(envelope, change_ids=(envelope.change_ids[0], uuid7()))
    with pytest.raises(EnvelopeError):
        open_batch(lying, server)


def test_receipts_verify_only_with_the_pinned_server_key_and_for_their_device(
    keys: tuple[KeyPairs, KeyPairs],
) -> None:
    _, server = keys
    device_id = uuid7()
    receipt = sign_receipt(
        server,
        batch_id=uuid7(),
        device_id=device_id,
        issued_at=NOW,
        results=[ChangeResult(uuid7(), ChangeStatus.APPLIED)],
    )
    pinned = PeerKeys.from_info(server.public_info())
    verify_receipt(Receipt.from_json(receipt.to_json()), pinned, device_id=device_id)
    forged = replace(receipt, results=(replace(receipt.results[0], status=ChangeStatus.DUPLICATE),))
    with pytest.raises(BadSignature):
        verify_receipt(forged, pinned, device_id=device_id)
    with pytest.raises(EnvelopeError):
        verify_receipt(receipt, pinned, device_id=uuid7())
    with pytest.raises(WrongRecipient):
        verify_receipt(
            receipt, PeerKeys.from_info(KeyPairs.generate().public_info()), device_id=device_id
        )


def _page() -> PullPage:
    state = RecordState(
        Entity.HOUSEHOLD,
        uuid7(),
        3,
        False,
        "1773675000000-00000-abcdef",
        "u",
        NOW,
        NOW,
        {"folio": "ABC-000001-X", "locality_name": "San Juan"},
    )
    return PullPage(
        (
            PullEntry(EntryKind.RECORD, record=state),
            PullEntry(EntryKind.RECEIPT, change_ids=(uuid7(),)),
        ),
        "0.42",
        more=False,
    )


def test_a_pull_page_opens_only_for_its_device_and_its_request(
    keys: tuple[KeyPairs, KeyPairs],
) -> None:
    device, server = keys
    device_id = uuid7()
    page = _page()
    sealed_page = seal_pull(
        page,
        server_keys=server,
        device_id=device_id,
        device_sealing=device.sealing_public,
        request_cursor="0.7",
        nonce="n1",
        issued_at=NOW,
    )
    wire = SealedPull.from_json(sealed_page.to_json())
    pinned = PeerKeys.from_info(server.public_info())
    assert (
        open_pull(
            wire,
            server=pinned,
            device_id=device_id,
            device_keys=device,
            request_cursor="0.7",
            nonce="n1",
        )
        == page
    )
    assert b"San Juan" not in canonical_json(sealed_page.to_json())
    with pytest.raises(EnvelopeError, match="replayed"):  # an old answer to another request
        open_pull(
            wire,
            server=pinned,
            device_id=device_id,
            device_keys=device,
            request_cursor="0.7",
            nonce="n2",
        )
    with pytest.raises(WrongRecipient):
        open_pull(
            wire,
            server=pinned,
            device_id=device_id,
            device_keys=KeyPairs.generate(),
            request_cursor="0.7",
            nonce="n1",
        )
    impostor = PeerKeys.from_raw(server.sealing_public, KeyPairs.generate().signing_public)
    with pytest.raises(EnvelopeError):
        open_pull(
            wire,
            server=impostor,
            device_id=device_id,
            device_keys=device,
            request_cursor="0.7",
            nonce="n1",
        )


def test_an_enrolment_request_proves_possession_of_its_key() -> None:
    keys = KeyPairs.generate()
    request = enroll_request(A_CHALLENGE, A_CODE, keys)
    verify_enroll(EnrollRequest.from_json(request.to_json()))
    with pytest.raises(BadSignature):
        verify_enroll(replace(request, code_id="0" * 32))
    with pytest.raises(BadSignature):
        verify_enroll(replace(request, proof=bytes(32)))
    with pytest.raises(BadSignature):
        verify_enroll(replace(request, signing=KeyPairs.generate().signing_public))


@pytest.mark.parametrize(
    "bad",
    [
        {"entity": "spaceship"},
        {"operation": "explode"},
        {"base_version": True},
        {"change_id": "not-a-uuid"},
        {"fields": []},
        {"hlc": 7},
    ],
)
def test_malformed_changes_are_protocol_errors(bad: dict[str, object]) -> None:
    with pytest.raises(ProtocolError):
        Change.from_json({**change().to_json(), **bad})


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"hlc": "yesterday"}, "invalid"),
        ({"hlc": "1773675000000-00000-AB CD"}, "invalid"),
        ({"base_version": -1}, "out_of_range"),
        ({"basis_version": 2**70}, "out_of_range"),
        ({"user_id": "x" * 70}, "invalid"),
        ({"user_id": "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f\x00a5b"}, "invalid"),
        ({"created_at": "2026-03-16T15:30:00"}, "invalid"),  # no offset
        ({"fields": {"a\x00b": 1}}, "invalid"),
        ({"fields": {"x" * 65: 1}}, "invalid"),
        ({"fields": {"nombres": float("nan")}}, "invalid"),
    ],
)
def test_values_out_of_bounds_are_refused_per_change(bad: dict[str, object], reason: str) -> None:
    """Well-typed but unstorable: parsed (the batch stands), then rejected by the server alone."""
    parsed = Change.from_json({**change().to_json(), **bad})
    assert parsed.bounds_problem() == reason
    assert Change.from_json(change().to_json()).bounds_problem() is None


def test_the_change_digest_is_what_makes_a_resend_identical() -> None:
    original = change()
    assert Change.from_json(original.to_json()).digest() == original.digest()
    assert replace(original, fields={"phone": "5500000000"}).digest() != original.digest()


def test_cursors_compare_as_pairs_and_refuse_garbage() -> None:
    assert Cursor.parse("") == Cursor(0, 0)
    assert Cursor.parse("12.3") < Cursor.parse("12.10") < Cursor.parse("13.0")
    assert str(Cursor.parse("7.9")) == "7.9"
    for bad in ("1", "a.b", "-1.2", "01.2", "1.2.3", "9" * 30 + ".1"):
        with pytest.raises(ProtocolError):
            Cursor.parse(bad)


def test_the_protocol_window_is_enforced() -> None:
    assert parse_protocol_header("1") == 1
    for bad in (None, "", "x", "0", "2", "99999"):
        with pytest.raises(ProtocolError):
            parse_protocol_header(bad)


def test_the_bearer_header_carries_device_id_and_token() -> None:
    device_id = uuid7()
    assert parse_bearer(bearer(device_id, "tok.en-_x")) == (device_id, "tok.en-_x")
    for bad in (None, "", "Basic abc", f"Bearer {device_id}", "Bearer nope.token"):
        assert parse_bearer(bad) is None


def test_back_off_is_full_jitter_capped_and_honours_retry_after() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=8.0, max_retry_after=30.0)
    rng = random.Random(1)
    for attempt in range(10):
        cap = min(8.0, 2.0**attempt)
        delays = [policy.delay(attempt, None, rng) for _ in range(200)]
        assert all(0.0 <= d <= cap for d in delays)
        assert max(delays) > cap * 0.8  # spread over the whole range, not a fixed step
    assert policy.delay(3, 12.0, rng) == 12.0
    assert policy.delay(3, 3600.0, rng) == 30.0


def test_retry_after_is_read_as_seconds_or_as_an_http_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 3, 16, 15, 30, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Mon, 16 Mar 2026 15:31:00 GMT", now=now) == 60.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_base64_fields_are_validated() -> None:
    device, server = KeyPairs.generate(), KeyPairs.generate()
    wire = sealed(device, server, [change()]).to_json()
    with pytest.raises(ProtocolError):
        BatchEnvelope.from_json({**wire, "ciphertext": "***"})
    with pytest.raises(ProtocolError):
        BatchEnvelope.from_json({**wire, "change_ids": []})
    assert base64.b64decode(wire["signature"])  # type: ignore[arg-type]


def test_secrets_stay_out_of_reprs() -> None:
    from bienestar_central.keys import ServerKeys
    from bienestar_central.service.codes import IssuedCode
    from bienestar_field.sync.store import SyncIdentity
    from bienestar_wire.protocol import EnrollResponse

    token = "tok_" + "s3cr3t" * 6
    server = ServerKeys.generate()
    response = EnrollResponse(uuid7(), token, "Norte", "K7M2QX", server.info, NOW)
    identity = SyncIdentity(
        "http://x", uuid7(), "Norte", token, KeyPairs.generate(), server.info, NOW
    )
    request = enroll_request(A_CHALLENGE, A_CODE, KeyPairs.generate())
    issued = IssuedCode(A_CODE, "N", NOW, A_CODE[-11:])
    code = EnrolmentCode.parse(A_CODE)
    for value in (response, identity, request, issued, code):
        text = repr(value)
        assert token not in text
        assert "ABCDE-FGHJK" not in text
        assert "PrivateKey" not in text
    text = repr(server)
    for secret in (server.audit_key, server.curp_index_key, server.client_key):
        assert repr(secret) not in text
    assert "PrivateKey" not in text
    assert response.token == token  # still there, just not shown


def _wire_samples() -> dict[str, dict[str, object]]:
    device, server = KeyPairs.generate(), KeyPairs.generate()
    keys = server.public_info()
    request = enroll_request(A_CHALLENGE, A_CODE, device)
    return {
        "batch": sealed(device, server, [change()]).to_json(),
        "change": change().to_json(),
        "result": ChangeResult(uuid7(), ChangeStatus.APPLIED).to_json(),
        "enrolled": EnrollResponse(
            uuid7(), "t" * 30, "Norte", "K7M2QX", keys, NOW, bytes(32)
        ).to_json(),
        "keys": keys.to_json(),
        "health": Health("ok", NOW, ProtocolWindow(1, 1), keys).to_json(),
        "enroll": request.to_json(),
        "page": _page().to_json(),
    }


def _without(obj: dict[str, object], key: str) -> dict[str, object]:
    return {k: v for k, v in obj.items() if k != key}


@pytest.mark.parametrize(
    ("message", "sample", "bend", "problem"),
    [
        (BatchEnvelope, "batch", lambda m: "x", "a batch must be a JSON object"),
        (
            BatchEnvelope,
            "batch",
            lambda m: {**m, "type": "bienestar.receipt"},
            "not a batch envelope",
        ),
        (
            BatchEnvelope,
            "batch",
            lambda m: {**m, "v": "1"},
            "batch.v is missing or of the wrong type",
        ),
        (
            BatchEnvelope,
            "batch",
            lambda m: {**m, "v": 2},
            "protocol version 2 is not supported (this side speaks 1 to 1)",
        ),
        (
            BatchEnvelope,
            "batch",
            lambda m: {**m, "change_ids": []},
            "a batch holds 1 to 2000 changes",
        ),
        (
            BatchEnvelope,
            "batch",
            lambda m: {**m, "change_ids": ["x"]},
            "batch.change_ids[] must be a lower-case UUID",
        ),
        (
            BatchEnvelope,
            "batch",
            lambda m: {**m, "created_at": "2026-03-16T15:30:00"},
            "batch.created_at must carry a UTC offset",
        ),
        (
            BatchEnvelope,
            "batch",
            lambda m: {**m, "server_key_id": "ABC"},
            "batch.server_key_id must be a 32-character hex key id",
        ),
        (
            BatchEnvelope,
            "batch",
            lambda m: {**m, "ciphertext": "***"},
            "batch.ciphertext is not valid base64",
        ),
        (
            BatchEnvelope,
            "batch",
            lambda m: _without(m, "signature"),
            "batch.signature must be base64 text",
        ),
        (
            Change,
            "change",
            lambda m: {**m, "entity": "spaceship"},
            "change.entity or change.operation is not known",
        ),
        (
            Change,
            "change",
            lambda m: {**m, "base_version": True},
            "change.base_version is missing or of the wrong type",
        ),
        (
            ChangeResult,
            "result",
            lambda m: {**m, "reason": "x" * 201},
            "result.reason must be short text",
        ),
        (
            EnrollResponse,
            "enrolled",
            lambda m: {**m, "token": "short"},
            "enrolled.token has an odd length",
        ),
        (
            EnrollResponse,
            "enrolled",
            lambda m: {**m, "office": " Norte"},
            "office must be 1 to 64 letters, digits, spaces or .,'()-",
        ),
        (
            ServerKeyInfo,
            "keys",
            lambda m: {**m, "key_id": "0" * 32},
            "server key id does not match the keys",
        ),
        (
            ServerKeyInfo,
            "keys",
            lambda m: {**m, "sealing": "AAAA"},
            "server keys must be 32 bytes each",
        ),
        (
            Health,
            "health",
            lambda m: _without(m, "protocol"),
            "health.protocol is missing or of the wrong type",
        ),
        (
            EnrollRequest,
            "enroll",
            lambda m: {**m, "label": "C" * 65},
            "enroll.label is too long",
        ),
        (
            EnrollRequest,
            "enroll",
            lambda m: {**m, "signing": "AAAA"},
            "device public keys must be 32 bytes each",
        ),
        (PullPage, "page", lambda m: {**m, "cursor": "x"}, "cursor must look like '123.456'"),
        (
            Health,
            "health",
            lambda m: {**m, "server_keys": {**m["server_keys"], "key_id": "0" * 32}},
            "server key id does not match the keys",
        ),
        (
            PullPage,
            "page",
            lambda m: {**m, "entries": [_without(m["entries"][0], "record")]},
            "a record must be a JSON object",
        ),
    ],
)
def test_a_malformed_message_is_refused_in_the_protocols_words(
    message: type[WireMessage],
    sample: str,
    bend: Callable[[dict[str, object]], object],
    problem: str,
) -> None:
    """What the server answers (and the app shows) names the field and the rule, no data."""
    wire = _wire_samples()[sample]
    assert message.from_json(wire).to_json() == wire  # the sample itself is well formed
    with pytest.raises(ProtocolError) as refused:
        message.from_json(bend(wire))
    assert str(refused.value) == problem


def test_unknown_fields_are_ignored_so_a_newer_peer_may_add_one() -> None:
    wire = _wire_samples()["batch"]
    assert BatchEnvelope.from_json({**wire, "later": 1}) == BatchEnvelope.from_json(wire)
