"""The casebook file, opened and migrated but still locked: its users, set-up, unlock, recovery.

Unlocking (or setting up, or recovering) gives a ``Casebook``: the keys and the use cases.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bienestar_field.casebook.book import Casebook
from bienestar_field.casebook.catalogs import KnownCatalogs, read_catalogs
from bienestar_field.casebook.errors import CasebookError, NotSetUp
from bienestar_field.domain.clock import DEFAULT_TIME_ZONE, time_zone
from bienestar_field.domain.codes import random_code
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.users import Role, UserInfo
from bienestar_field.platform.config import CASEBOOK_FILE, ensure_private_dir
from bienestar_field.storage.crypto import (
    Keyring,
    WrongPassphrase,
    new_data_key,
    new_recovery_code,
    normalize_recovery_code,
)
from bienestar_field.storage.database import Database, open_database
from bienestar_field.storage.keystore import Keystore
from bienestar_field.storage.schema import User
from bienestar_field.storage.unit_of_work import reading, unit_of_work

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SetupResult:
    casebook: Casebook
    recovery_code: str


def utc_now() -> datetime:
    return datetime.now(UTC)


class CasebookStore:
    """The casebook file, migrated and locked."""

    def __init__(
        self,
        data_dir: Path,
        *,
        kdf_target_seconds: float = 0.5,
        now: Callable[[], datetime] = utc_now,
        time_zone_name: str = DEFAULT_TIME_ZONE,
    ) -> None:
        self.data_dir = ensure_private_dir(data_dir)
        self.now = now
        self.zone = time_zone(time_zone_name)
        self.database: Database = open_database(data_dir / CASEBOOK_FILE)
        self.keystore = Keystore(now, kdf_target_seconds)

    def close(self) -> None:
        self.database.close()

    def open_as(self, keyring: Keyring, user: UserInfo) -> Casebook:
        """The casebook opened with keys already at hand: after set-up, unlock or recovery
        (and in tests and benchmarks, with a stand-in cipher)."""
        return Casebook(self.database, self.keystore, self.now, keyring, user, zone=self.zone)

    def catalogs(self) -> KnownCatalogs:
        """The program catalogs this casebook knows; public rules, read without unlocking."""
        return read_catalogs(self.database)

    def users(self) -> list[UserInfo]:
        with self.database.reading() as session:
            return self.keystore.users(session)

    @property
    def is_set_up(self) -> bool:
        with reading(self.database, None) as stored:
            return stored.meta.get("device_id") is not None

    def set_up(self, user_name: str, role: Role, passphrase: str) -> SetupResult:
        """Create the data key, the device identity, the first user and the recovery code."""
        if self.is_set_up:
            raise CasebookError("this casebook is already set up; unlock it instead")
        data_key = new_data_key()
        recovery_code = new_recovery_code()
        keyring = Keyring(data_key)
        at = self.now().isoformat()
        with unit_of_work(self.database, keyring) as work:
            user = self.keystore.add_user(work.session, user_name, role, passphrase, data_key)
            self.keystore.add_recovery_slot(work.session, recovery_code, data_key)
            work.meta.set("device_id", uuid7())
            work.meta.set("device_code", random_code(6))
            work.meta.set("folio_seq", "0")
            work.meta.set("created_at", at)
            work.audit.append(at=at, user_id=user.id, action="casebook.setup")
            work.audit.append(
                at=at, user_id=user.id, action="user.add", entity="user", entity_id=user.id
            )
        log.info("casebook set up with its first user")
        return SetupResult(self.open_as(keyring, user), recovery_code)

    def unlock(self, user_name: str, passphrase: str) -> Casebook:
        """Open the casebook as ``user_name``. Slow by design (Argon2id)."""
        if not self.is_set_up:
            raise NotSetUp("this casebook has no users yet; set it up first")
        with self.database.reading() as session:
            user = self.keystore.find_user(session, user_name)
            self.keystore.check_may_attempt(user)
            slot = self.keystore.passphrase_slot(session, user)
            info = UserInfo(user.id, user.name, Role(user.role), user.locked)
        try:
            data_key = Keystore.open_slot(slot, passphrase)
        except WrongPassphrase:
            with self.database.writing() as session:
                failure = self.keystore.record_failure(session, info.id)
            log.warning("failed unlock attempt")
            raise failure from None
        keyring = Keyring(data_key)
        with unit_of_work(self.database, keyring) as work:
            Keystore.record_success(work.session, info.id)
            at = self.now().isoformat()
            work.audit.append(at=at, user_id=info.id, action="unlock")
            work.anchor_records(at=at, user_id=info.id)
        return self.open_as(keyring, info)

    def recover(self, recovery_code: str, user_name: str, new_passphrase: str) -> Casebook:
        """Set a new passphrase for a user who forgot theirs (or got locked), with the code."""
        with self.database.reading() as session:
            user = self.keystore.find_user(session, user_name)
            slot = self.keystore.recovery_slot(session)
        try:
            data_key = Keystore.open_slot(slot, normalize_recovery_code(recovery_code))
        except WrongPassphrase:
            raise CasebookError("the recovery code is not right") from None
        keyring = Keyring(data_key)
        with unit_of_work(self.database, keyring) as work:
            row = work.session.get_one(User, user.id)
            self.keystore.replace_passphrase(work.session, row, new_passphrase, data_key)
            Keystore.record_success(work.session, user.id)
            work.audit.append(
                at=self.now().isoformat(),
                user_id=user.id,
                action="user.recover",
                entity="user",
                entity_id=user.id,
            )
            info = UserInfo(row.id, row.name, Role(row.role), False)
        return self.open_as(keyring, info)
