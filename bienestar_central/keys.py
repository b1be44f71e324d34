"""The server's keys, made once by ``init`` and kept in a 0600 file in the data folder.

* X25519 (HPKE): devices seal batch keys to it; only this server opens batches.
* Ed25519: signs receipts and pull answers; devices pin its public half at enrolment.
* CURP index key: the server's own blind index of CURPs for its duplicates queue (devices'
  blind indexes never leave them).
* Audit key: HMAC of the hash-chained audit log.
* Client key: hashes client addresses for the enrolment rate limit (no addresses stored),
  and, through HKDF, the keys that make enrolment nonces and seal enrolment codes' MAC keys in
  the database (so a copy of the database alone cannot enrol a device with an unused code).
"""

from __future__ import annotations

import hmac
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bienestar_field.platform.files import write_atomically
from bienestar_wire.envelope import KeyPairs
from bienestar_wire.protocol import ServerKeyInfo, b64decode, b64encode

_FORMAT = "bienestar-central-keys"


class KeyFileError(Exception):
    """The key file is missing or damaged; the message says which."""


@dataclass(frozen=True)
class ServerKeys:
    pairs: KeyPairs = field(repr=False)
    curp_index_key: bytes = field(repr=False)
    audit_key: bytes = field(repr=False)
    client_key: bytes = field(repr=False)

    @classmethod
    def generate(cls) -> ServerKeys:
        return cls(KeyPairs.generate(), os.urandom(32), os.urandom(32), os.urandom(32))

    @property
    def info(self) -> ServerKeyInfo:
        return self.pairs.public_info()

    @property
    def key_id(self) -> str:
        return self.info.key_id

    def curp_index(self, curp: str) -> bytes:
        return hmac.digest(self.curp_index_key, curp.strip().upper().encode("utf-8"), "sha256")[:16]

    def client_tag(self, address: str) -> str:
        return hmac.digest(self.client_key, address.encode("utf-8"), "sha256")[:12].hex()

    def _derived(self, purpose: bytes) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"bienestar-central", info=purpose)
        return hkdf.derive(self.client_key)

    @cached_property
    def _nonce_key(self) -> bytes:
        return self._derived(b"enroll-nonce/v1")

    @cached_property
    def _code_wrap_key(self) -> bytes:
        return self._derived(b"enroll-code-wrap/v1")

    def nonce_tag(self, data: bytes) -> bytes:
        """Tag of an enrolment nonce: any worker holding these keys can tell it is ours."""
        return hmac.digest(self._nonce_key, data, "sha256")[:16]

    def seal_code_key(self, code_row_id: str, mac_key: bytes) -> bytes:
        """An enrolment code's MAC key sealed for the database, bound to its row."""
        nonce = os.urandom(12)
        sealed = AESGCM(self._code_wrap_key).encrypt(nonce, mac_key, code_row_id.encode())
        return nonce + sealed

    def open_code_key(self, code_row_id: str, sealed: bytes) -> bytes | None:
        """The MAC key of a code row; None when it was sealed by other keys or moved."""
        try:
            return AESGCM(self._code_wrap_key).decrypt(
                sealed[:12], sealed[12:], code_row_id.encode()
            )
        except (InvalidTag, ValueError):
            return None

    def to_json(self) -> dict[str, object]:
        return {
            "format": _FORMAT,
            "version": 1,
            "created_at": datetime.now(UTC).isoformat(),
            **self.pairs.secret_json(),
            "curp_index_key": b64encode(self.curp_index_key),
            "audit_key": b64encode(self.audit_key),
            "client_key": b64encode(self.client_key),
        }

    @classmethod
    def from_json(cls, obj: object) -> ServerKeys:
        if not isinstance(obj, dict) or obj.get("format") != _FORMAT:
            raise KeyFileError("the server key file is not in the expected format")
        try:
            return cls(
                KeyPairs.from_secret_json(obj),
                b64decode(obj.get("curp_index_key"), "curp_index_key"),
                b64decode(obj.get("audit_key"), "audit_key"),
                b64decode(obj.get("client_key"), "client_key"),
            )
        except Exception:
            raise KeyFileError("the server key file is damaged") from None


def load_keys(path: Path) -> ServerKeys:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyFileError(
            f"no server keys in {path.parent}: run 'bienestar-central init'"
        ) from None
    try:
        obj = json.loads(text)
    except ValueError:
        raise KeyFileError("the server key file is damaged") from None
    return ServerKeys.from_json(obj)


def create_keys(path: Path) -> tuple[ServerKeys, bool]:
    """Load the keys at ``path``, or make them when there are none. Never overwrites."""
    if path.exists():
        return load_keys(path), False
    keys = ServerKeys.generate()
    try:
        # Exclusive: another `init` may have made the keys meanwhile; theirs are kept.
        write_atomically(path, json.dumps(keys.to_json(), indent=2).encode("utf-8"), exclusive=True)
    except FileExistsError:
        return load_keys(path), False
    return keys, True
