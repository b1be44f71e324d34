"""What every manager of an unlocked casebook shares: keys, user, clock, catalog, transactions.

``CasebookSession`` holds one user's session over the casebook file: the keyring (wiped on
lock), the hybrid clock, the program catalog, the in-memory name index, and the one way to
write (``unit_of_work``: the entity, its outbox change and its audit event in one durable
transaction). It is also what the sync layer's port (``sync.ports.SyncCasebook``) asks for.
The managers take it; ``book.Casebook`` adds the managers on top.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from bienestar_field.casebook.catalogs import KnownCatalogs, known_catalogs
from bienestar_field.casebook.errors import CasebookError, NotAllowed
from bienestar_field.casebook.name_index import NameIndexHolder
from bienestar_field.domain.clock import DEFAULT_TIME_ZONE, HlcStamp, HybridClock, time_zone
from bienestar_field.domain.programs import ProgramCatalog
from bienestar_field.domain.users import Role, UserInfo
from bienestar_field.storage import records
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.database import Database
from bienestar_field.storage.keystore import Keystore
from bienestar_field.storage.unit_of_work import Repositories, UnitOfWork, reading, unit_of_work

log = logging.getLogger(__name__)


class CasebookSession:
    """An unlocked casebook's shared state, acting as one user."""

    def __init__(
        self,
        database: Database,
        keystore: Keystore,
        now: Callable[[], datetime],
        keyring: Keyring,
        user: UserInfo,
        *,
        zone: tzinfo | None = None,
    ) -> None:
        self._database = database
        self._keyring: Keyring | None = keyring
        self._now = now
        # The office's time zone: "today" and a report's days are days there.
        self.zone: tzinfo = zone or time_zone(DEFAULT_TIME_ZONE)
        self.keystore = keystore
        self.user = user
        with self.reading() as stored:
            self.device_id = stored.meta.get("device_id") or ""
            self._catalogs = known_catalogs(stored)
            last = stored.latest_clock_stamp()
        self._clock = HybridClock(
            self.device_id.replace("-", "")[-16:], last=HlcStamp.parse(last) if last else None
        )
        self.name_index = NameIndexHolder(self.reading, lambda: self.is_locked)

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            raise CasebookError("the casebook is locked")
        return self._keyring

    @property
    def is_locked(self) -> bool:
        return self._keyring is None

    def refuse_if_locked(self) -> None:
        """Every use case starts here: a locked casebook answers nothing, not even how many
        records it holds."""
        if self._keyring is None:
            raise CasebookError("the casebook is locked")

    @property
    def is_supervisor(self) -> bool:
        return self.user.role is Role.SUPERVISOR

    def refuse_unless_supervisor(self, action: str, message: str) -> None:
        """A supervisor's use case (collection, review, reports) starts here: other roles are
        refused (``NotAllowed`` naming ``action``), whatever screen or command asks."""
        self.refuse_if_locked()
        if not self.is_supervisor:
            raise NotAllowed(message, action=action)

    def lock(self) -> None:
        """Forget the keys and everything decrypted. Unlock again to continue."""
        keyring, self._keyring = self._keyring, None
        if keyring is not None:
            keyring.wipe()  # an index being built in the background fails at its next decrypt
        self.name_index.forget()

    def now(self) -> datetime:
        return self._now()

    def today(self) -> date:
        """Today in the office's time zone (not UTC's today, which turns at 18:00 in Mexico)."""
        return self._now().astimezone(self.zone).date()

    def stamp(self) -> records.Stamp:
        """Who and when for the next write, with a fresh hybrid-clock stamp."""
        return records.Stamp(self.user.id, self._now().isoformat(), str(self._clock.now()))

    def observe_stamp(self, stamp: str) -> None:
        """Move this device's clock past a stamp pulled from the server, so later local edits
        sort after the remote edits they follow."""
        self._clock.observe(HlcStamp.parse(stamp))

    @contextmanager
    def reading(self) -> Iterator[Repositories]:
        """A read transaction over the repositories. While locked, what needs no key (counts,
        sync status) still answers; anything to decrypt raises."""
        with reading(self._database, self._keyring) as stored:
            yield stored

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One write transaction, committed durably when the block ends."""
        with unit_of_work(self._database, self._keyring) as work:
            yield work

    @property
    def catalog(self) -> ProgramCatalog:
        """The program catalog in force now, by this device's clock: asked afresh each time a
        decision is made, so a catalog published for a later date takes effect on its day
        without a sync, and a casebook left open overnight changes rules at midnight."""
        return self._catalogs.shelf.active(self._now())

    def catalog_and_day(self) -> tuple[ProgramCatalog, date]:
        """The catalog in force now, and today's date in its time zone (the office's)."""
        now = self._now()
        catalog = self._catalogs.active(now)
        return catalog, now.astimezone(ZoneInfo(catalog.time_zone)).date()

    @property
    def catalogs(self) -> KnownCatalogs:
        """Every catalog this device knows: the shipped one and those delivered."""
        return self._catalogs

    def refresh_after_pull(self) -> None:
        """Records and program catalogs may have arrived from the server: use them."""
        with self.reading() as stored:
            self._catalogs = known_catalogs(stored)
        self.name_index.forget()

    def device_fingerprint(self) -> str:
        """A short, non-secret id of this device for display (``device_code``)."""
        with self.reading() as stored:
            return stored.meta.get("device_code") or ""
