"""Key handling: KDF floor and calibration, key slots, recovery codes, field encryption."""

from __future__ import annotations

import copy
import json
import os
import pickle
import re
import time
import unicodedata
from collections.abc import Iterator

import pytest

from bienestar_field.storage import crypto
from bienestar_field.storage.crypto import (
    BLOB_VERSION,
    FLOOR_ITERATIONS,
    FLOOR_LANES,
    FLOOR_MEMORY_KIB,
    CryptoError,
    KdfParams,
    Keyring,
    TamperedCiphertext,
    WrappedKey,
    WrongPassphrase,
    calibrate_kdf,
    derive_kek,
    new_data_key,
    new_recovery_code,
    normalize_recovery_code,
    unwrap_data_key,
    wrap_data_key,
)

PASSPHRASE = "Pátzcuaro lago 2025!"
ROW = "0190f0e2-7c1a-7abc-8def-0123456789ab"
OTHER_ROW = "0190f0e2-7c1a-7abc-8def-0123456789ac"
MARKER = "GUADALUPE-GOMA800101HDFRRN09"
PLAINTEXT = b"Maria Guadalupe Gomez Ramirez, Calle Hidalgo 12, Oaxaca"
FLOOR = (FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, FLOOR_LANES)


def cost(params: KdfParams) -> tuple[int, int, int]:
    return (params.memory_kib, params.iterations, params.lanes)


@pytest.fixture(scope="module")
def floor_params() -> KdfParams:
    return calibrate_kdf(0)


@pytest.fixture(scope="module")
def kek(floor_params: KdfParams) -> bytes:
    return derive_kek(PASSPHRASE, floor_params)


@pytest.fixture(scope="module")
def data_key() -> bytes:
    return new_data_key()


@pytest.fixture
def keyring(data_key: bytes) -> Keyring:
    return Keyring(data_key)


def seal(keyring: Keyring, plaintext: bytes = PLAINTEXT) -> bytes:
    return keyring.encrypt(plaintext, table="people", column="sensitive", row_id=ROW)


def open_(keyring: Keyring, blob: bytes) -> bytes:
    return keyring.decrypt(blob, table="people", column="sensitive", row_id=ROW)


# --- field encryption -------------------------------------------------------------------------


def test_field_round_trips(keyring: Keyring) -> None:
    assert open_(keyring, seal(keyring)) == PLAINTEXT
    assert open_(keyring, seal(keyring, b"")) == b""


def test_blob_layout_is_version_key_id_nonce_ciphertext_tag(keyring: Keyring) -> None:
    blob = seal(keyring)
    assert blob[0] == BLOB_VERSION == 1
    assert blob[1:5] == keyring.key_id
    assert len(keyring.key_id) == 4
    assert len(blob) == 1 + 4 + 12 + len(PLAINTEXT) + 16
    assert PLAINTEXT not in blob


def test_same_plaintext_encrypts_differently_each_time(keyring: Keyring) -> None:
    first, second = seal(keyring), seal(keyring)
    assert first != second
    assert first[5:17] != second[5:17]  # fresh random nonce


def test_opens_in_another_keyring_of_the_same_data_key(data_key: bytes) -> None:
    assert open_(Keyring(data_key), seal(Keyring(data_key))) == PLAINTEXT


def _flip(blob: bytes, index: int) -> bytes:
    changed = bytearray(blob)
    changed[index] ^= 0x01
    return bytes(changed)


@pytest.mark.parametrize(
    "index",
    [0, 1, 4, 5, 16, 17, 30, -17, -16, -1],
    ids=[
        "version",
        "key-id-first",
        "key-id-last",
        "nonce-first",
        "nonce-last",
        "ciphertext-first",
        "ciphertext-middle",
        "ciphertext-last",
        "tag-first",
        "tag-last",
    ],
)
def test_flipped_bit_anywhere_is_detected(keyring: Keyring, index: int) -> None:
    blob = seal(keyring)
    with pytest.raises(TamperedCiphertext):
        open_(keyring, _flip(blob, index))


def test_unknown_version_is_rejected(keyring: Keyring) -> None:
    blob = seal(keyring)
    with pytest.raises(TamperedCiphertext):
        open_(keyring, bytes([2]) + blob[1:])


@pytest.mark.parametrize(
    ("table", "column", "row_id"),
    [
        ("people", "sensitive", OTHER_ROW),
        ("people", "notes", ROW),
        ("households", "sensitive", ROW),
    ],
    ids=["other-row", "other-column", "other-table"],
)
def test_blob_moved_elsewhere_does_not_open(
    keyring: Keyring, table: str, column: str, row_id: str
) -> None:
    blob = seal(keyring)
    with pytest.raises(TamperedCiphertext):
        keyring.decrypt(blob, table=table, column=column, row_id=row_id)


def test_location_encoding_is_unambiguous(keyring: Keyring) -> None:
    # Plain concatenation would make ("ab", "c") and ("a", "bc") the same associated data.
    blob = keyring.encrypt(PLAINTEXT, table="ab", column="c", row_id=ROW)
    with pytest.raises(TamperedCiphertext):
        keyring.decrypt(blob, table="a", column="bc", row_id=ROW)
    blob = keyring.encrypt(PLAINTEXT, table="t", column="c", row_id="1" + ROW)
    with pytest.raises(TamperedCiphertext):
        keyring.decrypt(blob, table="t", column="c1", row_id=ROW)


@pytest.mark.parametrize("keep", [0, 1, 5, 17, 32, -1])
def test_truncated_blob_is_rejected(keyring: Keyring, keep: int) -> None:
    blob = seal(keyring)
    with pytest.raises(TamperedCiphertext):
        open_(keyring, blob[:keep])


def test_blob_from_another_data_key_is_rejected(keyring: Keyring) -> None:
    foreign = Keyring(new_data_key())
    assert foreign.key_id != keyring.key_id
    blob = seal(foreign)
    with pytest.raises(TamperedCiphertext):
        open_(keyring, blob)
    # Even with the header rewritten to our key id, the authentication tag still refuses it.
    with pytest.raises(TamperedCiphertext):
        open_(keyring, blob[:1] + keyring.key_id + blob[5:])


def test_empty_location_is_a_programming_error(keyring: Keyring) -> None:
    with pytest.raises(ValueError, match="non-empty"):
        keyring.encrypt(PLAINTEXT, table="people", column="sensitive", row_id="")


def test_json_round_trips_in_canonical_form(keyring: Keyring) -> None:
    value = {"z": [1, True, None], "a": "Ñuñoa", "m": {"b": 2, "a": 1}}
    blob = keyring.encrypt_json(value, table="people", column="sensitive", row_id=ROW)
    assert keyring.decrypt_json(blob, table="people", column="sensitive", row_id=ROW) == value
    raw = open_(keyring, blob)
    assert raw == '{"a":"Ñuñoa","m":{"a":1,"b":2},"z":[1,true,null]}'.encode()
    reordered = dict(reversed(list(value.items())))
    again = keyring.encrypt_json(reordered, table="people", column="sensitive", row_id=ROW)
    assert open_(keyring, again) == raw


# --- exceptions carry no data -----------------------------------------------------------------


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = exc
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


def assert_no_leak(exc: BaseException, secret: str) -> None:
    for link in _chain(exc):
        assert secret not in str(link)
        assert secret not in repr(link)
        for attribute in ("object", "doc"):  # where Unicode/JSON errors keep their input
            held = getattr(link, attribute, None)
            if isinstance(held, bytes):
                held = held.decode("utf-8", "replace")
            assert held is None or secret not in held


def test_tampered_field_error_shows_no_plaintext(keyring: Keyring) -> None:
    blob = seal(keyring, MARKER.encode())
    with pytest.raises(TamperedCiphertext) as caught:
        open_(keyring, _flip(blob, 20))
    assert_no_leak(caught.value, MARKER)
    assert caught.value.__cause__ is None


def test_field_that_is_not_json_fails_without_chaining_the_plaintext(keyring: Keyring) -> None:
    blob = seal(keyring, MARKER.encode())  # authentic, but not JSON
    with pytest.raises(CryptoError) as caught:
        keyring.decrypt_json(blob, table="people", column="sensitive", row_id=ROW)
    assert caught.value.__context__ is None  # JSONDecodeError.doc would hold the plaintext
    assert_no_leak(caught.value, MARKER)


def test_unencodable_passphrase_fails_without_chaining_it(floor_params: KdfParams) -> None:
    with pytest.raises(CryptoError) as caught:
        derive_kek(MARKER + "\ud800", floor_params)
    assert caught.value.__context__ is None  # UnicodeEncodeError.object would hold it
    assert_no_leak(caught.value, MARKER)


def test_malformed_recovery_code_error_does_not_echo_it() -> None:
    with pytest.raises(CryptoError) as caught:
        normalize_recovery_code(MARKER)
    assert str(caught.value) == "malformed recovery code"


# --- key slots --------------------------------------------------------------------------------


def test_data_key_round_trips_through_a_slot(kek: bytes, data_key: bytes) -> None:
    wrapped = wrap_data_key(data_key, kek, "passphrase:ana")
    assert data_key not in wrapped.ciphertext
    assert unwrap_data_key(wrapped, kek) == data_key


def test_wrong_passphrase_raises_wrong_passphrase(
    floor_params: KdfParams, kek: bytes, data_key: bytes
) -> None:
    wrapped = wrap_data_key(data_key, kek, "passphrase:ana")
    wrong = derive_kek(PASSPHRASE + "x", floor_params)
    with pytest.raises(WrongPassphrase):
        unwrap_data_key(wrapped, wrong)


def test_slot_opened_under_another_slot_id_fails(kek: bytes, data_key: bytes) -> None:
    wrapped = wrap_data_key(data_key, kek, "passphrase:ana")
    moved = WrappedKey(slot_id="recovery", nonce=wrapped.nonce, ciphertext=wrapped.ciphertext)
    with pytest.raises(WrongPassphrase):
        unwrap_data_key(moved, kek)


@pytest.mark.parametrize("part", ["nonce", "ciphertext"])
def test_tampered_slot_looks_like_a_wrong_passphrase(
    kek: bytes, data_key: bytes, part: str
) -> None:
    wrapped = wrap_data_key(data_key, kek, "passphrase:ana")
    if part == "nonce":
        wrapped = WrappedKey(wrapped.slot_id, _flip(wrapped.nonce, 0), wrapped.ciphertext)
    else:
        wrapped = WrappedKey(wrapped.slot_id, wrapped.nonce, _flip(wrapped.ciphertext, -1))
    with pytest.raises(WrongPassphrase):
        unwrap_data_key(wrapped, kek)


def test_kek_is_deterministic_and_ignores_unicode_composition(
    floor_params: KdfParams, kek: bytes
) -> None:
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)
    assert decomposed != PASSPHRASE
    assert derive_kek(decomposed, floor_params) == kek
    assert len(kek) == 32


def test_kek_depends_on_the_salt(floor_params: KdfParams, kek: bytes) -> None:
    other_salt = KdfParams(os.urandom(16), *cost(floor_params))
    assert derive_kek(PASSPHRASE, other_salt) != kek


# --- KDF parameters ---------------------------------------------------------------------------


def test_params_round_trip_through_json(floor_params: KdfParams) -> None:
    assert KdfParams.from_json(floor_params.to_json()) == floor_params


def _params_json(**changes: object) -> str:
    fields: dict[str, object] = {
        "kdf": "argon2id",
        "salt": "AAECAwQFBgcICQoLDA0ODw==",
        "memory_kib": FLOOR_MEMORY_KIB,
        "iterations": FLOOR_ITERATIONS,
        "lanes": FLOOR_LANES,
    }
    fields.update(changes)
    return json.dumps(fields)


def test_params_json_helper_is_valid_at_the_floor() -> None:
    assert cost(KdfParams.from_json(_params_json())) == FLOOR


@pytest.mark.parametrize(
    "changes",
    [
        {"memory_kib": FLOOR_MEMORY_KIB - 1},
        {"iterations": FLOOR_ITERATIONS - 1},
        {"lanes": FLOOR_LANES - 1},
    ],
    ids=["memory", "iterations", "lanes"],
)
def test_params_below_the_floor_are_rejected(changes: dict[str, object]) -> None:
    with pytest.raises(CryptoError):
        KdfParams.from_json(_params_json(**changes))


def test_params_below_the_floor_cannot_even_be_constructed() -> None:
    with pytest.raises(CryptoError):
        KdfParams(os.urandom(16), memory_kib=1024, iterations=1, lanes=1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        json.dumps({"salt": "AAECAwQFBgcICQoLDA0ODw=="}),
        _params_json(kdf="scrypt"),
        _params_json(extra=1),
        _params_json(iterations=True),
        _params_json(iterations=3.0),
        _params_json(memory_kib="65536"),
        _params_json(salt="not base64!"),
        _params_json(salt="AAEC"),
        _params_json(salt=16),
        _params_json(memory_kib=2**40),
        "[" * 100_000,
    ],
)
def test_garbage_params_are_rejected(text: str) -> None:
    with pytest.raises(CryptoError):
        KdfParams.from_json(text)


def test_calibrate_zero_returns_exactly_the_floor_with_a_fresh_salt() -> None:
    first, second = calibrate_kdf(0), calibrate_kdf(0)
    assert cost(first) == cost(second) == FLOOR
    assert len(first.salt) == 16
    assert first.salt != second.salt


class FakeMachine:
    """Argon2 cost model: time proportional to memory x passes."""

    def __init__(self, floor_seconds: float) -> None:
        self.floor_seconds = floor_seconds
        self.timed: list[float] = []

    def seconds(self, params: KdfParams) -> float:
        scale = params.memory_kib * params.iterations / (FLOOR_MEMORY_KIB * FLOOR_ITERATIONS)
        return self.floor_seconds * scale

    def __call__(self, params: KdfParams) -> float:
        self.timed.append(self.seconds(params))
        return self.timed[-1]


@pytest.fixture
def machine(monkeypatch: pytest.MonkeyPatch) -> FakeMachine:
    fake = FakeMachine(floor_seconds=0.05)
    monkeypatch.setattr(crypto, "_time_derivation", fake)
    return fake


def test_calibration_raises_memory_to_the_cap_then_passes(machine: FakeMachine) -> None:
    params = calibrate_kdf(0.5, max_memory_kib=262144)
    assert params.memory_kib == 262144
    assert params.iterations > FLOOR_ITERATIONS
    assert machine.seconds(params) == pytest.approx(0.5, rel=0.2)


def test_calibration_respects_a_small_memory_cap(machine: FakeMachine) -> None:
    assert calibrate_kdf(0.5, max_memory_kib=131072).memory_kib == 131072
    assert calibrate_kdf(0.5, max_memory_kib=1024).memory_kib == FLOOR_MEMORY_KIB


def test_slow_machine_gets_the_floor(machine: FakeMachine) -> None:
    machine.floor_seconds = 1.0
    assert cost(calibrate_kdf(0.5)) == FLOOR
    assert len(machine.timed) == 1


def test_calibration_time_is_bounded(machine: FakeMachine) -> None:
    machine.floor_seconds = 0.2
    params = calibrate_kdf(30, max_memory_kib=4 * 1024 * 1024)
    assert sum(machine.timed) <= crypto.CALIBRATION_BUDGET_SECONDS
    assert machine.seconds(params) == pytest.approx(30, rel=0.2)  # extrapolated, not timed


def test_calibration_on_a_very_fast_machine_stays_storable(machine: FakeMachine) -> None:
    machine.floor_seconds = 1e-6
    params = calibrate_kdf(0.5)
    assert KdfParams.from_json(params.to_json()) == params


def test_real_calibration_reaches_about_the_target(floor_params: KdfParams) -> None:
    target = 0.3
    start = time.perf_counter()
    derive_kek(PASSPHRASE, floor_params)
    floor_seconds = time.perf_counter() - start

    params = calibrate_kdf(target)
    assert params.memory_kib >= FLOOR_MEMORY_KIB
    assert params.iterations >= FLOOR_ITERATIONS
    assert params.lanes >= FLOOR_LANES
    if floor_seconds < target / 2:
        assert cost(params) != FLOOR

    start = time.perf_counter()
    derive_kek(PASSPHRASE, params)
    seconds = time.perf_counter() - start
    # Sanity of the calibration, not a speed assertion: generous both ways.
    assert seconds < max(4 * target, 2 * floor_seconds)
    if floor_seconds < target / 2:
        assert seconds > target / 4


# --- recovery codes ---------------------------------------------------------------------------


def test_recovery_code_is_five_groups_of_crockford_base32() -> None:
    code = new_recovery_code()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}", code)
    assert normalize_recovery_code(code) == code
    assert new_recovery_code() != code


@pytest.mark.parametrize(
    "typed",
    [
        "7k3qd-0a1b2-c3d4e-f5g6h-j7k8m",
        "7K3QD0A1B2C3D4EF5G6HJ7K8M",
        " 7K3QD 0A1B2  C3D4E-F5G6H\tJ7K8M ",
        "7K3QD-OA1B2-C3D4E-F5G6H-J7K8M",  # letter O for zero
        "7K3QD-0AIB2-C3D4E-F5G6H-J7K8M",  # letter I for one
        "7k3qd-0alb2-c3d4e-f5g6h-j7k8m",  # letter l for one
    ],
)
def test_recovery_code_normalization(typed: str) -> None:
    assert normalize_recovery_code(typed) == "7K3QD-0A1B2-C3D4E-F5G6H-J7K8M"


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "7K3QD-0A1B2-C3D4E-F5G6H-J7K8",  # too short
        "7K3QD-0A1B2-C3D4E-F5G6H-J7K8MM",  # too long
        "7K3QD-0A1B2-C3D4E-F5G6H-J7K8U",  # U is not Crockford
        "7K3QD-0A1B2-C3D4E-F5G6H-J7K8*",
        "7K3QD_0A1B2_C3D4E_F5G6H_J7K8M",
    ],
)
def test_malformed_recovery_code_is_rejected(typed: str) -> None:
    with pytest.raises(CryptoError, match=r"^malformed recovery code$"):
        normalize_recovery_code(typed)


# --- blind indexes and sub-keys ---------------------------------------------------------------


def test_curp_index_is_stable_per_data_key_and_normalized(data_key: bytes) -> None:
    one, two, other = Keyring(data_key), Keyring(data_key), Keyring(new_data_key())
    curp = "GOMA800101HDFRRN09"
    assert one.curp_index(curp) == two.curp_index(curp)
    assert len(one.curp_index(curp)) == 16
    assert one.curp_index(curp) != other.curp_index(curp)
    assert one.curp_index(" goma800101hdfrrn09 ") == one.curp_index(curp)
    assert one.curp_index(curp) != one.curp_index("GOMA800101HDFRRN08")


def test_each_purpose_uses_its_own_key(keyring: Keyring) -> None:
    text = "GOMA800101HDFRRN09"
    assert keyring.audit_mac(text.encode())[:16] != keyring.curp_index(text)
    assert len(keyring.audit_mac(b"entry")) == 32


def test_subkeys_differ_from_each_other_and_from_the_data_key(data_key: bytes) -> None:
    subkeys = crypto._derive_subkeys(data_key)
    assert {"record", "curp", "audit", "key_id"} <= set(subkeys)
    values = list(subkeys.values())
    assert len(set(values)) == len(values)
    assert data_key not in values
    assert all(len(key) == 32 for key in values)


def test_key_id_identifies_the_data_key(data_key: bytes) -> None:
    assert Keyring(data_key).key_id == Keyring(data_key).key_id
    assert Keyring(data_key).key_id != Keyring(new_data_key()).key_id


def test_keyring_rejects_a_data_key_of_the_wrong_size() -> None:
    with pytest.raises(CryptoError):
        Keyring(b"\x00" * 16)


def test_wiped_keyring_refuses_to_work(keyring: Keyring) -> None:
    blob = seal(keyring)
    key_id = keyring.key_id
    keyring.wipe()
    with pytest.raises(CryptoError):
        open_(keyring, blob)
    with pytest.raises(CryptoError):
        seal(keyring)
    with pytest.raises(CryptoError):
        keyring.curp_index("GOMA800101HDFRRN09")
    assert keyring.key_id == key_id


def test_keyring_cannot_be_pickled_or_copied(keyring: Keyring) -> None:
    with pytest.raises(TypeError):
        pickle.dumps(keyring)
    with pytest.raises(TypeError):
        copy.copy(keyring)
    assert "unlocked" in repr(keyring)
