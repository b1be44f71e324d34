"""A cipher that does not encrypt: the baseline of ``encrypted_write_ratio``. Benchmarks only.

It has the methods of :class:`~bienestar_field.storage.crypto.Keyring` that the storage
layer calls, so the same rows go through the same code with and without encryption. The
blind index becomes a plain hash and the audit MAC an unkeyed hash: what an unencrypted
design would still compute to look up CURPs and to chain its audit log.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, cast

from bienestar_field.storage.crypto import Keyring


class PassThroughCipher:
    """Same interface as ``Keyring``; stores JSON in clear. Never used outside benchmarks."""

    key_id = b"\x00\x00\x00\x00"

    def encrypt_json(self, value: object, *, table: str, column: str, row_id: str) -> bytes:
        return json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")

    def decrypt_json(self, blob: bytes, *, table: str, column: str, row_id: str) -> Any:
        return json.loads(blob.decode("utf-8"))

    def curp_index(self, curp: str) -> bytes:
        return hashlib.sha256(curp.strip().upper().encode("utf-8")).digest()[:16]

    def audit_mac(self, message: bytes) -> bytes:
        return hashlib.sha256(message).digest()

    @property
    def data_key(self) -> bytes:
        return b"\x00" * 32

    def wipe(self) -> None:
        pass


def pass_through_keyring() -> Keyring:
    """The pass-through cipher, typed as the ``Keyring`` the storage functions expect."""
    return cast(Keyring, PassThroughCipher())
