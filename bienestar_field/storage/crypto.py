"""Key handling for the encrypted casebook: pure functions and one in-memory keyring.

Key hierarchy::

    passphrase / recovery code --Argon2id (KdfParams, calibrated)--> key-encryption key (KEK)
    KEK --AES-256-GCM, AD names the slot--> WrappedKey (one slot per passphrase / recovery code)
    data key (32 random bytes) --HKDF-SHA256, one ``info`` label each--> sub-keys:
        record key       AES-256-GCM for personal fields (blob: version|key id|nonce|ct+tag)
        CURP index key   HMAC blind index for CURP lookups and duplicate detection
        audit key        HMAC for the hash-chained audit log
    (Name search has no key: its index is built in memory after unlock; see name_search.py.)
        key-id key       names the data key (4 bytes) so a rotation can tell blobs apart

Changing a passphrase rewraps the same data key; only a new data key re-encrypts fields.
This module does no I/O and never logs: the storage layer persists what it returns.
Exceptions raised here carry no plaintext, key or passphrase, not even in ``__context__``.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import os
import time
import unicodedata
from dataclasses import dataclass
from typing import Any, Final, NoReturn

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bienestar_field.domain.codes import compact_code, group_code, random_code

__all__ = [
    "BLOB_VERSION",
    "FIELD_SCHEMA_VERSION",
    "FLOOR_ITERATIONS",
    "FLOOR_LANES",
    "FLOOR_MEMORY_KIB",
    "CryptoError",
    "KdfParams",
    "Keyring",
    "TamperedCiphertext",
    "WrappedKey",
    "WrongPassphrase",
    "calibrate_kdf",
    "derive_kek",
    "new_data_key",
    "new_recovery_code",
    "normalize_recovery_code",
    "unwrap_data_key",
    "wrap_data_key",
]

KEY_SIZE: Final = 32
NONCE_SIZE: Final = 12
TAG_SIZE: Final = 16
KEY_ID_SIZE: Final = 4
SALT_SIZE: Final = 16

BLOB_VERSION: Final = 1
FIELD_SCHEMA_VERSION: Final = 1
_PREFIX_SIZE: Final = 1 + KEY_ID_SIZE  # version byte + key id
_HEADER_SIZE: Final = _PREFIX_SIZE + NONCE_SIZE
_MIN_BLOB_SIZE: Final = _HEADER_SIZE + TAG_SIZE

# Argon2id floor from DESIGN.md section 4; nothing here derives below it, tests included.
FLOOR_MEMORY_KIB: Final = 65536
FLOOR_ITERATIONS: Final = 3
FLOOR_LANES: Final = 4
# Ceilings only reject garbage in a stored parameter file; calibration clamps to them so it
# never produces parameters that from_json would later refuse (that would lock the user out).
MAX_MEMORY_KIB: Final = 4 * 1024 * 1024
MAX_ITERATIONS: Final = 1024
MAX_LANES: Final = 64
MAX_SALT_SIZE: Final = 64
# Wall-clock limit on the timed derivations of one calibration; past it we extrapolate.
CALIBRATION_BUDGET_SECONDS: Final = 2.5

_KDF_NAME: Final = "argon2id"
_SLOT_AD_PREFIX: Final = b"bienestar-field/key-slot/v1|"
_HKDF_LABELS: Final = {
    "record": b"bienestar-field/record-key/v1",
    "curp": b"bienestar-field/curp-index-key/v1",
    "audit": b"bienestar-field/audit-key/v1",
    "key_id": b"bienestar-field/key-id-key/v1",
}
_KEY_ID_LABEL: Final = b"bienestar-field/key-id/v1"

RECOVERY_CODE_GROUPS: Final = 5
RECOVERY_CODE_GROUP_SIZE: Final = 5
_RECOVERY_CODE_LENGTH: Final = RECOVERY_CODE_GROUPS * RECOVERY_CODE_GROUP_SIZE


class CryptoError(Exception):
    """Base class for failures in key handling. Messages never contain secrets or data."""


class WrongPassphrase(CryptoError):
    """A key slot did not open: wrong passphrase or recovery code, or a tampered slot.

    The two cases are deliberately indistinguishable.
    """


class TamperedCiphertext(CryptoError):
    """An encrypted field did not open: modified, moved elsewhere, or under another key."""


_TAMPERED_MESSAGE: Final = (
    "encrypted field failed authentication (modified, moved, or under another key)"
)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters for one key slot, stored in clear next to the slot."""

    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        # Validated on construction so no code path can ever derive below the floor.
        if not isinstance(self.salt, bytes) or not SALT_SIZE <= len(self.salt) <= MAX_SALT_SIZE:
            raise CryptoError("KDF salt must be 16 to 64 bytes")
        _check_int("memory_kib", self.memory_kib, FLOOR_MEMORY_KIB, MAX_MEMORY_KIB)
        _check_int("iterations", self.iterations, FLOOR_ITERATIONS, MAX_ITERATIONS)
        _check_int("lanes", self.lanes, FLOOR_LANES, MAX_LANES)

    def to_json(self) -> str:
        return json.dumps(
            {
                "kdf": _KDF_NAME,
                "salt": base64.b64encode(self.salt).decode("ascii"),
                "memory_kib": self.memory_kib,
                "iterations": self.iterations,
                "lanes": self.lanes,
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, s: str) -> KdfParams:
        """Parse what ``to_json`` wrote; CryptoError for garbage or sub-floor parameters."""
        try:
            raw = json.loads(s)
        except (TypeError, ValueError, RecursionError):
            raw = None
        if not isinstance(raw, dict):
            raise CryptoError("KDF parameters are not a JSON object")
        expected = {"kdf", "salt", "memory_kib", "iterations", "lanes"}
        if set(raw) != expected:
            raise CryptoError("KDF parameters have missing or unknown fields")
        if raw["kdf"] != _KDF_NAME:
            raise CryptoError("unsupported KDF")
        salt_text = raw["salt"]
        if not isinstance(salt_text, str):
            raise CryptoError("KDF salt is not base64 text")
        try:
            salt = base64.b64decode(salt_text.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            raise CryptoError("KDF salt is not base64 text") from None
        return cls(
            salt=salt,
            memory_kib=raw["memory_kib"],
            iterations=raw["iterations"],
            lanes=raw["lanes"],
        )


def _check_int(name: str, value: object, low: int, high: int) -> None:
    # bool is an int subclass; `true` in a parameter file is garbage, not 1.
    if type(value) is not int or not low <= value <= high:
        raise CryptoError(f"KDF {name} must be an integer from {low} to {high}")


def _floor_params() -> KdfParams:
    return KdfParams(
        salt=os.urandom(SALT_SIZE),
        memory_kib=FLOOR_MEMORY_KIB,
        iterations=FLOOR_ITERATIONS,
        lanes=FLOOR_LANES,
    )


def _time_derivation(params: KdfParams) -> float:
    """Seconds one derivation takes with ``params`` (a seam for calibration tests)."""
    start = time.perf_counter()
    derive_kek("calibration", params)
    return time.perf_counter() - start


def calibrate_kdf(target_seconds: float = 0.5, *, max_memory_kib: int = 262144) -> KdfParams:
    """Argon2id parameters, with a fresh salt, that take about ``target_seconds`` here.

    Memory is raised first (doubling, measured each time, since memory hardness is what
    costs an attacker most), then iterations by extrapolation. Never below the floor: a
    machine slower than the target gets the floor. ``target_seconds <= 0`` returns the
    floor without timing anything. Timed derivations stop after
    ``CALIBRATION_BUDGET_SECONDS``.
    """
    params = _floor_params()
    if target_seconds <= 0:
        return params
    memory_cap = max(FLOOR_MEMORY_KIB, min(max_memory_kib, MAX_MEMORY_KIB))
    seconds = _time_derivation(params)
    spent = seconds
    while (
        params.memory_kib * 2 <= memory_cap
        and seconds * 2 <= target_seconds
        and spent + seconds * 2 <= CALIBRATION_BUDGET_SECONDS
    ):
        params = KdfParams(
            salt=params.salt,
            memory_kib=params.memory_kib * 2,
            iterations=params.iterations,
            lanes=params.lanes,
        )
        seconds = _time_derivation(params)
        spent += seconds
    # Argon2 time is close to linear in passes at fixed memory, so no further timing needed.
    # Also covers a budget cut-off while memory could still have doubled (huge targets).
    if seconds > 0:
        wanted = round(params.iterations * target_seconds / seconds)
        iterations = min(MAX_ITERATIONS, max(params.iterations, wanted))
    else:  # a clock too coarse to see the derivation: keep what was measured, not a guess
        iterations = params.iterations
    return KdfParams(
        salt=params.salt,
        memory_kib=params.memory_kib,
        iterations=iterations,
        lanes=params.lanes,
    )


def derive_kek(secret: str, params: KdfParams) -> bytes:
    """The 32-byte key-encryption key for a passphrase or normalized recovery code."""
    # NFC so the same passphrase typed on keyboards that compose accents differently
    # ("é" as one code point or as e + combining accent) gives the same key.
    encoded: bytes | None
    try:
        encoded = unicodedata.normalize("NFC", secret).encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates; the exception object holds the secret
        encoded = None
    if encoded is None:
        raise CryptoError("passphrase is not valid text")
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_SIZE,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(encoded)


@dataclass(frozen=True)
class WrappedKey:
    """The data key encrypted under one KEK; safe to store in clear."""

    slot_id: str
    nonce: bytes
    ciphertext: bytes


def new_data_key() -> bytes:
    return os.urandom(KEY_SIZE)


def _slot_ad(slot_id: str) -> bytes:
    # The slot id is the last element, so plain concatenation is unambiguous here.
    return _SLOT_AD_PREFIX + slot_id.encode("utf-8")


def wrap_data_key(data_key: bytes, kek: bytes, slot_id: str) -> WrappedKey:
    if len(data_key) != KEY_SIZE or len(kek) != KEY_SIZE:
        raise CryptoError("data key and key-encryption key must be 32 bytes")
    nonce = os.urandom(NONCE_SIZE)
    ciphertext = AESGCM(kek).encrypt(nonce, data_key, _slot_ad(slot_id))
    return WrappedKey(slot_id=slot_id, nonce=nonce, ciphertext=ciphertext)


def unwrap_data_key(wrapped: WrappedKey, kek: bytes) -> bytes:
    """The data key; WrongPassphrase if the KEK is wrong or the slot was altered."""
    if len(kek) != KEY_SIZE:
        raise CryptoError("key-encryption key must be 32 bytes")
    if len(wrapped.nonce) != NONCE_SIZE:
        raise WrongPassphrase("key slot did not open")
    try:
        data_key = AESGCM(kek).decrypt(wrapped.nonce, wrapped.ciphertext, _slot_ad(wrapped.slot_id))
    except InvalidTag:
        raise WrongPassphrase("key slot did not open") from None
    if len(data_key) != KEY_SIZE:
        raise WrongPassphrase("key slot did not open")
    return data_key


def new_recovery_code() -> str:
    """25 Crockford base32 characters (125 bits) in five groups: ``XXXXX-XXXXX-...``."""
    return group_code(random_code(_RECOVERY_CODE_LENGTH), RECOVERY_CODE_GROUP_SIZE)


def normalize_recovery_code(text: str) -> str:
    """The canonical form of a typed recovery code, as ``new_recovery_code`` prints it."""
    compact = compact_code(text, _RECOVERY_CODE_LENGTH)
    if compact is None:
        raise CryptoError("malformed recovery code")
    return group_code(compact, RECOVERY_CODE_GROUP_SIZE)


def _derive_subkeys(data_key: bytes) -> dict[str, bytes]:
    """One independent 32-byte key per purpose, so no key is ever used for two jobs."""
    return {
        purpose: HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=info).derive(
            data_key
        )
        for purpose, info in _HKDF_LABELS.items()
    }


def _length_prefixed(text: str) -> bytes:
    encoded = text.encode("utf-8")
    return len(encoded).to_bytes(4, "big") + encoded


class Keyring:
    """The keys of an unlocked casebook, derived from its data key. Hold only while unlocked."""

    __slots__ = (
        "_aad_prefix",
        "_aead",
        "_audit_key",
        "_curp_key",
        "_data_key",
        "_header",
        "key_id",
    )

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != KEY_SIZE:
            raise CryptoError("data key must be 32 bytes")
        subkeys = _derive_subkeys(data_key)
        # Kept only to wrap the same key for a new user or a new passphrase.
        self._data_key = data_key
        self.key_id: bytes = hmac.digest(subkeys["key_id"], _KEY_ID_LABEL, "sha256")[:KEY_ID_SIZE]
        self._aead: AESGCM | None = AESGCM(subkeys["record"])
        self._curp_key = subkeys["curp"]
        self._audit_key = subkeys["audit"]
        self._header = bytes([BLOB_VERSION]) + self.key_id
        # Fixed-width part of the associated data, computed once; the variable part is
        # length-prefixed so ("ab", "c") and ("a", "bc") can never produce the same bytes.
        self._aad_prefix = self._header + FIELD_SCHEMA_VERSION.to_bytes(2, "big")

    def _aad(self, table: str, column: str, row_id: str) -> bytes:
        if not (table and column and row_id):
            raise ValueError("table, column and row_id must be non-empty")
        return (
            self._aad_prefix
            + _length_prefixed(table)
            + _length_prefixed(column)
            + _length_prefixed(row_id)
        )

    def _live_aead(self) -> AESGCM:
        aead = self._aead
        if aead is None:
            raise CryptoError("keyring has been wiped")
        return aead

    def encrypt(self, plaintext: bytes, *, table: str, column: str, row_id: str) -> bytes:
        """``version | key id | nonce | ciphertext+tag``, bound to table, column and row."""
        aead = self._live_aead()
        # Random 96-bit nonces are safe far beyond the number of fields a casebook will hold
        # under one data key (the limit is about 2**32 encryptions).
        nonce = os.urandom(NONCE_SIZE)
        return (
            self._header + nonce + aead.encrypt(nonce, plaintext, self._aad(table, column, row_id))
        )

    def decrypt(self, blob: bytes, *, table: str, column: str, row_id: str) -> bytes:
        aead = self._live_aead()
        aad = self._aad(table, column, row_id)
        # The header is also inside the associated data; checking it first is only a fast
        # path and what makes an old key id recognisable once rotation exists.
        if len(blob) < _MIN_BLOB_SIZE or blob[:_PREFIX_SIZE] != self._header:
            raise TamperedCiphertext(_TAMPERED_MESSAGE)
        try:
            return aead.decrypt(blob[_PREFIX_SIZE:_HEADER_SIZE], blob[_HEADER_SIZE:], aad)
        except InvalidTag:
            raise TamperedCiphertext(_TAMPERED_MESSAGE) from None

    def encrypt_json(self, value: object, *, table: str, column: str, row_id: str) -> bytes:
        """Encrypt ``value`` as compact canonical JSON (sorted keys, no spaces, UTF-8)."""
        data = json.dumps(
            value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        ).encode("utf-8")
        return self.encrypt(data, table=table, column=column, row_id=row_id)

    def decrypt_json(self, blob: bytes, *, table: str, column: str, row_id: str) -> Any:
        data = self.decrypt(blob, table=table, column=column, row_id=row_id)
        ok = True
        value: Any = None
        try:
            value = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError):
            ok = False
        if not ok:
            # Raised outside the except block: JSONDecodeError and UnicodeDecodeError keep the
            # plaintext, and it would otherwise ride along as __context__ into crash reports.
            raise CryptoError("encrypted field is not valid JSON")
        return value

    @property
    def data_key(self) -> bytes:
        self._live_aead()
        return self._data_key

    def curp_index(self, curp: str) -> bytes:
        """Blind index of a CURP: equal for equal CURPs under one data key, opaque otherwise."""
        self._live_aead()
        return hmac.digest(self._curp_key, curp.strip().upper().encode("utf-8"), "sha256")[:16]

    def audit_mac(self, message: bytes) -> bytes:
        self._live_aead()
        return hmac.digest(self._audit_key, message, "sha256")

    def wipe(self) -> None:
        """Drop this keyring's references to key material (the lock path calls this).

        Best effort only: Python cannot zero immutable ``bytes``, and the AESGCM object and
        the caller's copy of the data key live on until garbage-collected. The key id is not
        secret and stays.
        """
        self._aead = None
        self._data_key = b""
        self._curp_key = b""
        self._audit_key = b""

    def __reduce__(self) -> NoReturn:
        # Keys must not end up in a pickle (multiprocessing, caches, crash dumps).
        raise TypeError("Keyring cannot be pickled or copied")

    def __repr__(self) -> str:
        state = "wiped" if self._aead is None else "unlocked"
        return f"<Keyring key_id={self.key_id.hex()} {state}>"
