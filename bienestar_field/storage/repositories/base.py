"""What every repository holds: the session of its transaction and the casebook's keys."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bienestar_field.storage.crypto import CryptoError, Keyring


class KeysLocked(CryptoError):
    """A query needed the keys of a casebook that is locked."""


class Repository:
    def __init__(self, session: Session, keyring: Keyring | None) -> None:
        self.session = session
        self._keyring = keyring

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            raise KeysLocked("the casebook is locked")
        return self._keyring

    def _count(self, model: type[Any], *where: Any) -> int:
        query = select(func.count()).select_from(model).where(*where)
        return int(self.session.scalar(query) or 0)
