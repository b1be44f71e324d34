"""Users and their key slots: creating, unlocking with back-off, recovering, re-wrapping.

Each user's passphrase unwraps the same random data key; so does the recovery code. The
back-off and the lock protect against guessing at the keyboard. Someone holding a copy of the
file can skip them, so the real protection against offline guessing is the Argon2id cost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.users import Role, UserInfo
from bienestar_field.storage.crypto import (
    KdfParams,
    WrappedKey,
    WrongPassphrase,
    calibrate_kdf,
    derive_kek,
    unwrap_data_key,
    wrap_data_key,
)
from bienestar_field.storage.schema import KeySlot, User

FREE_ATTEMPTS = 3
LOCK_AFTER_ATTEMPTS = 10
BASE_DELAY_SECONDS = 15
MAX_DELAY_SECONDS = 15 * 60
MIN_PASSPHRASE_LENGTH = 12


class SlotKind(StrEnum):
    PASSPHRASE = "passphrase"  # noqa: S105 - the slot kind, not a secret
    RECOVERY = "recovery"


class KeystoreError(Exception):
    """Base of the errors a person can act on; ``code`` lets the UI word it in its language."""

    code = "keystore"


class UnknownUser(KeystoreError):
    code = "unknown_user"


class UserExists(KeystoreError):
    code = "user_exists"


class WeakPassphrase(KeystoreError, ValueError):
    code = "weak_passphrase"


class UnlockThrottled(KeystoreError):
    code = "throttled"

    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__(f"too many failed attempts; try again in {retry_after_seconds} s")
        self.retry_after_seconds = retry_after_seconds


class AccountLocked(KeystoreError):
    code = "locked"


class BadPassphrase(KeystoreError):
    code = "wrong_passphrase"

    def __init__(self, attempts_left_before_lock: int) -> None:
        super().__init__("wrong passphrase")
        self.attempts_left_before_lock = attempts_left_before_lock


def check_passphrase_rules(passphrase: str) -> None:
    """Raise ``WeakPassphrase`` unless the passphrase meets the minimum rules."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(f"the passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters")
    if len(set(passphrase)) < 5:
        raise WeakPassphrase("the passphrase repeats too few different characters")
    if passphrase.strip() != passphrase:
        raise WeakPassphrase("the passphrase must not start or end with spaces")


def check_user_name(name: str) -> str:
    cleaned = name.strip()
    if not 2 <= len(cleaned) <= 64 or any(ch in cleaned for ch in "\n\r\t/\\"):
        raise KeystoreError("a user name has 2 to 64 characters, without slashes or tabs")
    return cleaned


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` consecutive failures."""
    if failures < FREE_ATTEMPTS:
        return 0
    doublings = min(failures - FREE_ATTEMPTS, 16)
    return min(BASE_DELAY_SECONDS << doublings, MAX_DELAY_SECONDS)


class Keystore:
    def __init__(self, now: Callable[[], datetime], kdf_target_seconds: float) -> None:
        self._now = now
        self._kdf_target_seconds = kdf_target_seconds

    def users(self, session: Session) -> list[UserInfo]:
        rows = session.scalars(select(User).order_by(User.name)).all()
        return [UserInfo(u.id, u.name, Role(u.role), u.locked) for u in rows]

    def find_user(self, session: Session, name: str) -> User:
        user = session.scalar(select(User).where(User.name == name.strip()))
        if user is None:
            raise UnknownUser(f"no user named {name.strip()!r} on this casebook")
        return user

    def add_user(
        self, session: Session, name: str, role: Role, passphrase: str, data_key: bytes
    ) -> UserInfo:
        name = check_user_name(name)
        check_passphrase_rules(passphrase)
        if session.scalar(select(User.id).where(User.name == name)) is not None:
            raise UserExists(f"a user named {name!r} already exists")
        user = User(
            id=uuid7(),
            name=name,
            role=role.value,
            created_at=self._now().isoformat(),
            failed_attempts=0,
            locked=False,
        )
        session.add(user)
        session.flush()
        self._add_slot(session, SlotKind.PASSPHRASE, passphrase, data_key, user_id=user.id)
        return UserInfo(user.id, user.name, role, False)

    def add_recovery_slot(self, session: Session, recovery_code: str, data_key: bytes) -> None:
        for old in session.scalars(select(KeySlot).where(KeySlot.kind == SlotKind.RECOVERY)):
            session.delete(old)
        self._add_slot(session, SlotKind.RECOVERY, recovery_code, data_key, user_id=None)

    def _add_slot(
        self,
        session: Session,
        kind: SlotKind,
        secret: str,
        data_key: bytes,
        *,
        user_id: str | None,
    ) -> None:
        params = calibrate_kdf(self._kdf_target_seconds)
        slot_id = uuid7()
        wrapped = wrap_data_key(data_key, derive_kek(secret, params), slot_id)
        session.add(
            KeySlot(
                id=slot_id,
                user_id=user_id,
                kind=kind.value,
                kdf_params=params.to_json(),
                nonce=wrapped.nonce,
                wrapped_key=wrapped.ciphertext,
                created_at=self._now().isoformat(),
            )
        )

    def check_may_attempt(self, user: User) -> None:
        if user.locked:
            raise AccountLocked(
                f"user {user.name!r} is locked after {LOCK_AFTER_ATTEMPTS} failed attempts; "
                "unlock it with the recovery code"
            )
        wait = delay_after(user.failed_attempts)
        if wait and user.last_failed_at:
            ready_at = datetime.fromisoformat(user.last_failed_at) + timedelta(seconds=wait)
            remaining = (ready_at - self._now()).total_seconds()
            if remaining > 0:
                raise UnlockThrottled(int(remaining) + 1)

    def passphrase_slot(self, session: Session, user: User) -> KeySlot:
        slot = session.scalar(
            select(KeySlot).where(
                KeySlot.user_id == user.id, KeySlot.kind == SlotKind.PASSPHRASE.value
            )
        )
        if slot is None:
            raise KeystoreError(f"user {user.name!r} has no key slot")
        return slot

    def recovery_slot(self, session: Session) -> KeySlot:
        slot = session.scalar(select(KeySlot).where(KeySlot.kind == SlotKind.RECOVERY.value))
        if slot is None:
            raise KeystoreError("this casebook has no recovery code")
        return slot

    @staticmethod
    def open_slot(slot: KeySlot, secret: str) -> bytes:
        """Derive the slot's key and unwrap (slow by design). Raises ``WrongPassphrase``."""
        params = KdfParams.from_json(slot.kdf_params)
        wrapped = WrappedKey(slot_id=slot.id, nonce=slot.nonce, ciphertext=slot.wrapped_key)
        return unwrap_data_key(wrapped, derive_kek(secret, params))

    def record_failure(self, session: Session, user_id: str) -> BadPassphrase | AccountLocked:
        user = session.get_one(User, user_id)
        user.failed_attempts += 1
        user.last_failed_at = self._now().isoformat()
        if user.failed_attempts >= LOCK_AFTER_ATTEMPTS:
            user.locked = True
            return AccountLocked(
                f"user {user.name!r} is now locked; unlock it with the recovery code"
            )
        return BadPassphrase(LOCK_AFTER_ATTEMPTS - user.failed_attempts)

    @staticmethod
    def record_success(session: Session, user_id: str) -> None:
        user = session.get_one(User, user_id)
        user.failed_attempts = 0
        user.last_failed_at = None
        user.locked = False

    def replace_passphrase(
        self, session: Session, user: User, new_passphrase: str, data_key: bytes
    ) -> None:
        check_passphrase_rules(new_passphrase)
        session.delete(self.passphrase_slot(session, user))
        session.flush()
        self._add_slot(session, SlotKind.PASSPHRASE, new_passphrase, data_key, user_id=user.id)


__all__ = [
    "AccountLocked",
    "BadPassphrase",
    "Keystore",
    "KeystoreError",
    "Role",
    "UnknownUser",
    "UnlockThrottled",
    "UserExists",
    "UserInfo",
    "WeakPassphrase",
    "WrongPassphrase",
    "check_passphrase_rules",
]
