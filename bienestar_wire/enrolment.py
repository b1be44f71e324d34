"""The one-time enrolment code and what both sides prove with it, never sending it.

An operator's code is 25 characters of the code alphabet, read in five groups of five: the
first 15 are a secret drawn at random (75 bits), the last 10 are the fingerprint of the server's
public keys (50 bits of a hash of them). So the printout the operator hands over pins the server:
the device compares the keys the server shows with the fingerprint before it sends anything
derived from the secret, and refuses a server that is not the one that issued the code.

The code never crosses the network. HKDF turns the whole code into two values: ``code_id``,
which names the code to the server (a one-way hash of it), and ``mac_key``. The device's
request carries an HMAC-SHA256 under ``mac_key`` over its own public keys, its casebook id and
folio prefix, and the server's one-time nonce; the server's answer carries an HMAC under the
same key over that request and everything it answers. Someone on the path who captures the
request can neither put other keys in it (the MAC would no longer hold) nor send it again (the
nonce is spent), and a server that does not know the code cannot answer. The code is short
enough to type, so the server also keeps its limit on failed attempts per client.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Final

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from msgspec.structs import replace

from bienestar_field.domain.codes import CROCKFORD, compact_code, group_code, random_code
from bienestar_wire.protocol import (
    ENROLL_PROOF_BYTES,
    EnrollRequest,
    EnrollResponse,
    ServerKeyInfo,
    canonical_json,
)

SECRET_LENGTH: Final = 15  # 75 bits
FINGERPRINT_LENGTH: Final = 10  # 50 bits
CODE_LENGTH: Final = SECRET_LENGTH + FINGERPRINT_LENGTH
CODE_PROBLEM: Final = (
    f"the enrolment code must be {CODE_LENGTH} letters and digits "
    "(five groups of five, as the operator printed it)"
)

_SALT: Final = b"bienestar/enrolment-code/v1"
_FINGERPRINT_TAG: Final = b"bienestar/server-fingerprint/v1|"
_DEVICE_PROOF: Final = b"bienestar/enroll-device-proof/v1\n"
_SERVER_PROOF: Final = b"bienestar/enroll-server-proof/v1\n"


class CodeError(ValueError):
    """What a person typed cannot be an enrolment code."""


def key_fingerprint(keys: ServerKeyInfo) -> str:
    """The short fingerprint of a server's public keys, as the enrolment code ends with it."""
    digest = hashlib.sha256(_FINGERPRINT_TAG + keys.sealing + keys.signing).digest()
    bits = int.from_bytes(digest[:8], "big") >> (64 - 5 * FINGERPRINT_LENGTH)
    chars = [CROCKFORD[(bits >> (5 * i)) & 31] for i in reversed(range(FINGERPRINT_LENGTH))]
    return "".join(chars)


def grouped_fingerprint(keys: ServerKeyInfo) -> str:
    return group_code(key_fingerprint(keys))


def _derive(compact: str, purpose: bytes, length: int) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=length, salt=_SALT, info=purpose)
    return hkdf.derive(compact.encode("ascii"))


@dataclass(frozen=True, slots=True)
class EnrolmentCode:
    """A whole code: secret and fingerprint. Never logged, never sent."""

    compact: str = field(repr=False)

    @classmethod
    def parse(cls, text: str) -> EnrolmentCode:
        """The code however a person typed it (case, dashes, spaces, O for 0, I or L for 1)."""
        compact = compact_code(text, CODE_LENGTH)
        if compact is None:
            raise CodeError(CODE_PROBLEM)
        return cls(compact)

    @classmethod
    def issue(cls, server: ServerKeyInfo) -> EnrolmentCode:
        """A fresh code for devices of the server whose keys are ``server``."""
        return cls(random_code(SECRET_LENGTH) + key_fingerprint(server))

    @property
    def grouped(self) -> str:
        return group_code(self.compact)

    @property
    def fingerprint(self) -> str:
        return self.compact[SECRET_LENGTH:]

    def pins(self, server: ServerKeyInfo) -> bool:
        """Whether ``server``'s keys are the ones this code was printed for."""
        return hmac.compare_digest(self.fingerprint, key_fingerprint(server))

    @property
    def code_id(self) -> str:
        """How the server finds the code: a one-way name for it (32 hex digits)."""
        return _derive(self.compact, b"code-id", 16).hex()

    @property
    def mac_key(self) -> bytes:
        return _derive(self.compact, b"mac-key", 32)


def _mac(key: bytes, label: bytes, part: object) -> bytes:
    mac = hmac.digest(key, label + canonical_json(part), "sha256")
    assert len(mac) == ENROLL_PROOF_BYTES
    return mac


def prove_request(request: EnrollRequest, mac_key: bytes) -> EnrollRequest:
    """The request with the device's proof of the code (sign it afterwards)."""
    return replace(request, proof=_mac(mac_key, _DEVICE_PROOF, request.proven_part()))


def request_proof_holds(request: EnrollRequest, mac_key: bytes) -> bool:
    expected = _mac(mac_key, _DEVICE_PROOF, request.proven_part())
    return hmac.compare_digest(expected, request.proof)


def prove_answer(answer: EnrollResponse, request: EnrollRequest, mac_key: bytes) -> EnrollResponse:
    """The answer with the server's proof of the code, bound to the request it answers."""
    return replace(answer, proof=_mac(mac_key, _SERVER_PROOF, answer.proven_part(request)))


def answer_proof_holds(answer: EnrollResponse, request: EnrollRequest, mac_key: bytes) -> bool:
    expected = _mac(mac_key, _SERVER_PROOF, answer.proven_part(request))
    return hmac.compare_digest(expected, answer.proof)
