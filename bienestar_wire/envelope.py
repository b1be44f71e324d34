"""Sealing and signing of what travels: batches to the server, receipts and pull pages back.

A batch's changes are encrypted (AES-256-GCM) under a fresh 256-bit batch key; the batch key is
sealed to the server's X25519 key with HPKE (RFC 9180, base mode, X25519 / HKDF-SHA256 /
AES-256-GCM) whose ``info`` binds protocol version, server key id, device id and batch id, so a
sealed key moved into another batch or addressed to another server does not open. The clear
header is the AEAD's associated data and, with the sealed key and a hash of the ciphertext, is
signed with the device's Ed25519 key. Pull pages go the other way: sealed to the device's X25519
key, signed by the server. Receipts carry no personal data and are signed only.

Every failure raises ``EnvelopeError`` with a message that names the check that failed and
nothing else. Qt-free; imported by the app and by the server.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from msgspec.structs import replace

from bienestar_wire.codec import ProtocolError
from bienestar_wire.protocol import (
    PROTOCOL_VERSION,
    AuditAck,
    AuditHead,
    BatchBody,
    BatchEnvelope,
    BatchManifest,
    Change,
    ChangeResult,
    EnrollRequest,
    PullPage,
    Receipt,
    SealedPull,
    ServerKeyInfo,
    b64decode,
    b64encode,
    canonical_json,
    server_key_id,
)
from bienestar_wire.review import ReviewPage, SealedReview

_SUITE: Final = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_KEY_SIZE: Final = 32
_NONCE_SIZE: Final = 12
_SIG_BATCH: Final = b"bienestar/batch-signature/v1\n"
_SIG_RECEIPT: Final = b"bienestar/receipt-signature/v1\n"
_SIG_PULL: Final = b"bienestar/pull-signature/v1\n"
_SIG_ENROLL: Final = b"bienestar/enroll-signature/v1\n"
_SIG_AUDIT_ACK: Final = b"bienestar/audit-ack-signature/v1\n"
_INFO_BATCH: Final = b"bienestar/batch-key/v1"
_INFO_PULL: Final = b"bienestar/pull-key/v1"
_SIG_REVIEW: Final = b"bienestar/review-signature/v1\n"
_INFO_REVIEW: Final = b"bienestar/review-key/v1"


class EnvelopeError(Exception):
    """An envelope that does not verify or open. Messages never hold keys or contents."""


class BadSignature(EnvelopeError):
    pass


class WrongRecipient(EnvelopeError):
    """Sealed to another key (another server, another device) or altered in transit."""


def _lp(*parts: str | bytes) -> bytes:
    """Length-prefixed concatenation: unambiguous however the parts are cut."""
    out = bytearray()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        out += len(data).to_bytes(4, "big") + data
    return bytes(out)


def _raw_public(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _load_x25519_public(raw: bytes) -> X25519PublicKey:
    try:
        return X25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise EnvelopeError("not an X25519 public key") from None


def _load_ed25519_public(raw: bytes) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise EnvelopeError("not an Ed25519 public key") from None


# --- key pairs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyPairs:
    """An Ed25519 signing key and an X25519 sealing key: a device's, or the server's."""

    signing: Ed25519PrivateKey = field(repr=False)
    sealing: X25519PrivateKey = field(repr=False)

    @classmethod
    def generate(cls) -> KeyPairs:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @property
    def signing_public(self) -> bytes:
        return _raw_public(self.signing.public_key())

    @property
    def sealing_public(self) -> bytes:
        return _raw_public(self.sealing.public_key())

    def public_info(self) -> ServerKeyInfo:
        return ServerKeyInfo(
            key_id=server_key_id(self.sealing_public, self.signing_public),
            sealing=self.sealing_public,
            signing=self.signing_public,
        )

    def secret_json(self) -> dict[str, str]:
        """The private halves, base64: only ever stored encrypted (device) or 0600 (server)."""
        return {
            "signing": b64encode(_raw_private(self.signing)),
            "sealing": b64encode(_raw_private(self.sealing)),
        }

    @classmethod
    def from_secret_json(cls, obj: object) -> KeyPairs:
        if not isinstance(obj, dict):
            raise EnvelopeError("key material is not an object")
        try:
            signing = b64decode(obj.get("signing"), "signing key")
            sealing = b64decode(obj.get("sealing"), "sealing key")
            return cls(
                Ed25519PrivateKey.from_private_bytes(signing),
                X25519PrivateKey.from_private_bytes(sealing),
            )
        except (ProtocolError, ValueError):
            raise EnvelopeError("key material is damaged") from None

    def __repr__(self) -> str:
        return f"<KeyPairs signing={self.signing_public.hex()[:16]}…>"


@dataclass(frozen=True)
class PeerKeys:
    """The public keys of the other side, as pinned."""

    key_id: str
    sealing: X25519PublicKey
    signing: Ed25519PublicKey

    @classmethod
    def from_info(cls, info: ServerKeyInfo) -> PeerKeys:
        return cls(
            info.key_id, _load_x25519_public(info.sealing), _load_ed25519_public(info.signing)
        )

    @classmethod
    def from_raw(cls, sealing: bytes, signing: bytes) -> PeerKeys:
        return cls(
            server_key_id(sealing, signing),
            _load_x25519_public(sealing),
            _load_ed25519_public(signing),
        )


# --- symmetric part ---------------------------------------------------------------------------


def _encrypt(key: bytes, plaintext: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(_NONCE_SIZE)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def _decrypt(key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    if len(nonce) != _NONCE_SIZE:
        raise EnvelopeError("bad nonce length")
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise EnvelopeError("ciphertext does not match its header") from None


def _seal_key(key: bytes, recipient: X25519PublicKey, info: bytes) -> bytes:
    return _SUITE.encrypt(key, recipient, info=info)


def _open_key(sealed: bytes, private: X25519PrivateKey, info: bytes) -> bytes:
    try:
        key = _SUITE.decrypt(sealed, private, info=info)
    except (InvalidTag, ValueError):
        raise WrongRecipient("the sealed key does not open with this key") from None
    if len(key) != _KEY_SIZE:
        raise WrongRecipient("the sealed key has the wrong size")
    return key


def _verify(public: Ed25519PublicKey, signature: bytes, message: bytes) -> None:
    try:
        public.verify(signature, message)
    except InvalidSignature:
        raise BadSignature("signature does not verify") from None


# --- batches ----------------------------------------------------------------------------------


def _batch_info(version: int, key_id: str, device_id: str, batch_id: str) -> bytes:
    return _INFO_BATCH + _lp(str(version), key_id, device_id, batch_id)


def seal_batch(
    changes: Sequence[Change],
    *,
    batch_id: str,
    device_id: str,
    device_keys: KeyPairs,
    server: PeerKeys,
    created_at: str,
    audit_head: AuditHead | None = None,
    manifest: BatchManifest | None = None,
) -> BatchEnvelope:
    if not changes:
        raise ValueError("a batch needs at least one change")
    batch_key = os.urandom(_KEY_SIZE)
    unsigned = BatchEnvelope(
        v=PROTOCOL_VERSION,
        batch_id=batch_id,
        device_id=device_id,
        server_key_id=server.key_id,
        created_at=created_at,
        change_ids=tuple(c.change_id for c in changes),
        sealed_key=_seal_key(
            batch_key,
            server.sealing,
            _batch_info(PROTOCOL_VERSION, server.key_id, device_id, batch_id),
        ),
        nonce=b"",
        ciphertext=b"",
        manifest=manifest,
    )
    nonce, ciphertext = _encrypt(
        batch_key,
        BatchBody(tuple(changes), audit_head).to_bytes(),
        canonical_json(unsigned.header()),
    )
    sealed = replace(unsigned, nonce=nonce, ciphertext=ciphertext)
    signature = device_keys.signing.sign(_SIG_BATCH + canonical_json(sealed.signed_part()))
    return replace(sealed, signature=signature)


def verify_batch(envelope: BatchEnvelope, device_signing: bytes) -> None:
    """Check the device's signature (before anything is decrypted)."""
    _verify(
        _load_ed25519_public(device_signing),
        envelope.signature,
        _SIG_BATCH + canonical_json(envelope.signed_part()),
    )


def open_batch(envelope: BatchEnvelope, server_keys: KeyPairs) -> tuple[Change, ...]:
    """Open a verified envelope addressed to this server; check it holds what it lists."""
    return open_batch_body(envelope, server_keys).changes


def open_batch_body(envelope: BatchEnvelope, server_keys: KeyPairs) -> BatchBody:
    """``open_batch``, with what the body holds beside the changes (the device's audit head)."""
    info = server_keys.public_info()
    if envelope.server_key_id != info.key_id:
        raise WrongRecipient("the batch is sealed to another server key")
    key = _open_key(
        envelope.sealed_key,
        server_keys.sealing,
        _batch_info(envelope.v, info.key_id, envelope.device_id, envelope.batch_id),
    )
    plaintext = _decrypt(
        key, envelope.nonce, envelope.ciphertext, canonical_json(envelope.header())
    )
    try:
        body = BatchBody.from_bytes(plaintext)
    except ProtocolError as exc:
        raise EnvelopeError(f"the batch content is malformed: {exc}") from None
    if tuple(c.change_id for c in body.changes) != envelope.change_ids:
        raise EnvelopeError("the batch content does not match its list of change ids")
    return body


# --- receipts ---------------------------------------------------------------------------------


def sign_receipt(
    server_keys: KeyPairs,
    *,
    batch_id: str,
    device_id: str,
    issued_at: str,
    results: Sequence[ChangeResult],
    audit_ack: AuditAck | None = None,
) -> Receipt:
    unsigned = Receipt(
        v=PROTOCOL_VERSION,
        batch_id=batch_id,
        device_id=device_id,
        server_key_id=server_keys.public_info().key_id,
        issued_at=issued_at,
        results=tuple(results),
        audit_ack=audit_ack,
    )
    signature = server_keys.signing.sign(_SIG_RECEIPT + canonical_json(unsigned.signed_part()))
    return replace(unsigned, signature=signature)


def verify_receipt(receipt: Receipt, server: PeerKeys, *, device_id: str) -> None:
    if receipt.server_key_id != server.key_id:
        raise WrongRecipient("the receipt comes from another server key")
    if receipt.device_id != device_id:
        raise EnvelopeError("the receipt is for another device")
    _verify(server.signing, receipt.signature, _SIG_RECEIPT + canonical_json(receipt.signed_part()))


def sign_audit_ack(server_keys: KeyPairs, unsigned: AuditAck) -> AuditAck:
    signature = server_keys.signing.sign(_SIG_AUDIT_ACK + canonical_json(unsigned.signed_part()))
    return replace(unsigned, signature=signature)


def verify_audit_ack(ack: AuditAck, server: PeerKeys, *, device_id: str) -> None:
    """Check that the server this device is enrolled with signed ``ack``, for this device."""
    if ack.device_id != device_id:
        raise EnvelopeError("the audit acknowledgement is for another device")
    _verify(server.signing, ack.signature, _SIG_AUDIT_ACK + canonical_json(ack.signed_part()))


# --- pull pages -------------------------------------------------------------------------------


def _pull_info(version: int, key_id: str, device_id: str, cursor: str, nonce: str) -> bytes:
    return _INFO_PULL + _lp(str(version), key_id, device_id, cursor, nonce)


def seal_pull(
    page: PullPage,
    *,
    server_keys: KeyPairs,
    device_id: str,
    device_sealing: bytes,
    request_cursor: str,
    nonce: str,
    issued_at: str,
) -> SealedPull:
    key_id = server_keys.public_info().key_id
    page_key = os.urandom(_KEY_SIZE)
    sealed_key = _seal_key(
        page_key,
        _load_x25519_public(device_sealing),
        _pull_info(PROTOCOL_VERSION, key_id, device_id, request_cursor, nonce),
    )
    unsigned = SealedPull(
        v=PROTOCOL_VERSION,
        device_id=device_id,
        server_key_id=key_id,
        issued_at=issued_at,
        request_cursor=request_cursor,
        nonce=nonce,
        sealed_key=sealed_key,
        aead_nonce=b"",
        ciphertext=b"",
    )
    aead_nonce, ciphertext = _encrypt(page_key, page.to_bytes(), canonical_json(unsigned.header()))
    sealed = replace(unsigned, aead_nonce=aead_nonce, ciphertext=ciphertext)
    signature = server_keys.signing.sign(_SIG_PULL + canonical_json(sealed.signed_part()))
    return replace(sealed, signature=signature)


def open_pull(
    sealed: SealedPull,
    *,
    server: PeerKeys,
    device_id: str,
    device_keys: KeyPairs,
    request_cursor: str,
    nonce: str,
) -> PullPage:
    if sealed.server_key_id != server.key_id:
        raise WrongRecipient("the answer comes from another server key")
    _verify(server.signing, sealed.signature, _SIG_PULL + canonical_json(sealed.signed_part()))
    # Compared after the signature, so a mismatch here is a replayed (genuine but old) answer.
    if (
        sealed.device_id != device_id
        or not hmac.compare_digest(sealed.nonce, nonce)
        or sealed.request_cursor != request_cursor
    ):
        raise EnvelopeError("the answer does not belong to this request (replayed?)")
    key = _open_key(
        sealed.sealed_key,
        device_keys.sealing,
        _pull_info(sealed.v, sealed.server_key_id, device_id, request_cursor, nonce),
    )
    plaintext = _decrypt(key, sealed.aead_nonce, sealed.ciphertext, canonical_json(sealed.header()))
    try:
        return PullPage.from_bytes(plaintext)
    except ProtocolError as exc:
        raise EnvelopeError(f"the pulled page is malformed: {exc}") from None


# --- review pages -----------------------------------------------------------------------------
# Sealed like pull pages (they hold personal values: both records of a duplicate pair), under
# their own signature and key-sealing labels, so neither answer passes for the other.


def _review_info(version: int, key_id: str, device_id: str, nonce: str) -> bytes:
    return _INFO_REVIEW + _lp(str(version), key_id, device_id, nonce)


def seal_review(
    page: ReviewPage,
    *,
    server_keys: KeyPairs,
    device_id: str,
    device_sealing: bytes,
    nonce: str,
    issued_at: str,
) -> SealedReview:
    key_id = server_keys.public_info().key_id
    page_key = os.urandom(_KEY_SIZE)
    sealed_key = _seal_key(
        page_key,
        _load_x25519_public(device_sealing),
        _review_info(PROTOCOL_VERSION, key_id, device_id, nonce),
    )
    unsigned = SealedReview(
        v=PROTOCOL_VERSION,
        device_id=device_id,
        server_key_id=key_id,
        issued_at=issued_at,
        nonce=nonce,
        sealed_key=sealed_key,
        aead_nonce=b"",
        ciphertext=b"",
    )
    aead_nonce, ciphertext = _encrypt(page_key, page.to_bytes(), canonical_json(unsigned.header()))
    sealed = replace(unsigned, aead_nonce=aead_nonce, ciphertext=ciphertext)
    signature = server_keys.signing.sign(_SIG_REVIEW + canonical_json(sealed.signed_part()))
    return replace(sealed, signature=signature)


def open_review(
    sealed: SealedReview,
    *,
    server: PeerKeys,
    device_id: str,
    device_keys: KeyPairs,
    nonce: str,
) -> ReviewPage:
    if sealed.server_key_id != server.key_id:
        raise WrongRecipient("the answer comes from another server key")
    _verify(server.signing, sealed.signature, _SIG_REVIEW + canonical_json(sealed.signed_part()))
    if sealed.device_id != device_id or not hmac.compare_digest(sealed.nonce, nonce):
        raise EnvelopeError("the answer does not belong to this request (replayed?)")
    key = _open_key(
        sealed.sealed_key,
        device_keys.sealing,
        _review_info(sealed.v, sealed.server_key_id, device_id, nonce),
    )
    plaintext = _decrypt(key, sealed.aead_nonce, sealed.ciphertext, canonical_json(sealed.header()))
    try:
        return ReviewPage.from_bytes(plaintext)
    except ProtocolError as exc:
        raise EnvelopeError(f"the review page is malformed: {exc}") from None


# --- enrolment --------------------------------------------------------------------------------


def sign_enroll(request: EnrollRequest, keys: KeyPairs) -> EnrollRequest:
    signature = keys.signing.sign(_SIG_ENROLL + canonical_json(request.signed_part()))
    return replace(request, signature=signature)


def verify_enroll(request: EnrollRequest) -> None:
    """Proof that the enrolling device holds the private half of its signing key."""
    _load_x25519_public(request.sealing)
    _verify(
        _load_ed25519_public(request.signing),
        request.signature,
        _SIG_ENROLL + canonical_json(request.signed_part()),
    )
