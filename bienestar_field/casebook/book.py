"""The unlocked casebook: one user's session over the file, and its managers.

In the manner of Anki's collection, the use cases live in managers, each thin over the
storage repositories: ``households``, ``people``, ``enrolments``, ``checks``, ``drafts``,
``search`` (the in-memory name index), ``users`` and ``reports``. The ``Casebook`` itself
holds what they share: the keys, the user, the clock, the program catalog, and the one way to
write (``unit_of_work``: the entity, its outbox change and its audit event in one durable
transaction). It also satisfies the sync layer's port (``sync.ports.SyncCasebook``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from bienestar_field.casebook.checks import ChecksManager
from bienestar_field.casebook.drafts import DraftsManager
from bienestar_field.casebook.enrolments import EnrolmentsManager
from bienestar_field.casebook.errors import CasebookError
from bienestar_field.casebook.households import HouseholdsManager
from bienestar_field.casebook.people import PeopleManager
from bienestar_field.casebook.reports import ReportsManager
from bienestar_field.casebook.search import SearchManager
from bienestar_field.casebook.users import UsersManager
from bienestar_field.domain.clock import HlcStamp, HybridClock
from bienestar_field.domain.programs import (
    CatalogError,
    ProgramCatalog,
    default_catalog,
    load_catalog,
)
from bienestar_field.domain.users import UserInfo
from bienestar_field.storage import records
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.schema import PULLED_CATALOG_KEY
from bienestar_field.storage.unit_of_work import Repositories, UnitOfWork, reading, unit_of_work

if TYPE_CHECKING:
    from bienestar_field.casebook.store import CasebookStore

log = logging.getLogger(__name__)


class Casebook:
    """An unlocked casebook, acting as one user."""

    def __init__(self, store: CasebookStore, keyring: Keyring, user: UserInfo) -> None:
        self._database = store.database
        self._keyring: Keyring | None = keyring
        self._now = store.now
        self.user = user
        self.keystore = store.keystore
        with self.reading() as stored:
            self.device_id = stored.meta.get("device_id") or ""
            self.catalog: ProgramCatalog = _newest_catalog(stored)
            last = stored.latest_clock_stamp()
        self._clock = HybridClock(
            self.device_id.replace("-", "")[-16:], last=HlcStamp.parse(last) if last else None
        )
        self.households = HouseholdsManager(self)
        self.people = PeopleManager(self)
        self.enrolments = EnrolmentsManager(self)
        self.checks = ChecksManager(self)
        self.drafts = DraftsManager(self)
        self.search = SearchManager(self)
        self.users = UsersManager(self)
        self.reports = ReportsManager(self)

    # --- session ------------------------------------------------------------------------

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            raise CasebookError("the casebook is locked")
        return self._keyring

    @property
    def is_locked(self) -> bool:
        return self._keyring is None

    def refuse_if_locked(self) -> None:
        """For queries that may not touch the keyring (empty results, counts, deletes): a
        locked casebook answers nothing, not even how many records it holds."""
        if self._keyring is None:
            raise CasebookError("the casebook is locked")

    def lock(self) -> None:
        """Forget the keys and everything decrypted. Unlock again to continue."""
        keyring, self._keyring = self._keyring, None
        if keyring is not None:
            keyring.wipe()  # an index being built in the background fails at its next decrypt
        self.search.forget()

    def now(self) -> datetime:
        return self._now()

    def stamp(self) -> records.Stamp:
        """Who and when for the next write, with a fresh hybrid-clock stamp."""
        return records.Stamp(self.user.id, self._now().isoformat(), str(self._clock.now()))

    def observe_stamp(self, stamp: str) -> None:
        """Move this device's clock past a stamp pulled from the server, so later local edits
        sort after the remote edits they follow."""
        self._clock.observe(HlcStamp.parse(stamp))

    # --- transactions -------------------------------------------------------------------

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

    # --- what sync and the receipts need ------------------------------------------------

    def refresh_after_pull(self) -> None:
        """Records and a program catalog may have arrived from the server: use them."""
        with self.reading() as stored:
            self.catalog = _newest_catalog(stored)
        self.search.forget()

    def device_fingerprint(self) -> str:
        """A short, non-secret id of this device for display (``device_code``)."""
        with self.reading() as stored:
            return stored.meta.get("device_code") or ""


def _newest_catalog(stored: Repositories) -> ProgramCatalog:
    """The program catalog pulled from the server when it is valid and newer than the shipped
    one; the shipped catalog otherwise (a bad download must not stop enrolment)."""
    shipped = default_catalog()
    state = stored.sync.state(PULLED_CATALOG_KEY)
    if state is None:
        return shipped
    try:
        pulled = load_catalog(state.encode("utf-8"))
    except CatalogError as exc:
        log.warning("ignoring the program catalog pulled from the server: %s", exc)
        return shipped
    return pulled if pulled.valid_from >= shipped.valid_from else shipped
