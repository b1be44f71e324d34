"""What sync needs of the casebook it runs for, so that sync never imports the casebook.

The unlocked ``Casebook`` satisfies ``SyncCasebook``. Sync reads and writes only through its
repositories and units of work; it observes pulled clock stamps so later local edits sort
after them, and asks the casebook to refresh (name index, catalog) after a pull.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime
from typing import Protocol

from bienestar_field.domain.users import UserInfo
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.unit_of_work import Repositories, UnitOfWork


class SyncCasebook(Protocol):
    @property
    def user(self) -> UserInfo:
        """Who syncs: pulled pages and enrolments are audited in their name."""

    @property
    def keyring(self) -> Keyring:
        """The casebook's keys; raises while it is locked."""

    def reading(self) -> AbstractContextManager[Repositories]:
        """A read transaction. Counts and states need no keys, so they answer while locked."""

    def unit_of_work(self) -> AbstractContextManager[UnitOfWork]:
        """One write transaction, committed durably when the block ends."""

    def now(self) -> datetime: ...

    def observe_stamp(self, stamp: str) -> None:
        """Move the casebook's clock past a stamp pulled from the server."""

    def refresh_after_pull(self) -> None:
        """Records and perhaps a program catalog arrived: use them."""

    def device_fingerprint(self) -> str:
        """A short, non-secret name of this device (enrolment labels)."""
