"""The unlocked casebook: one user's session over the file, and its managers.

In the manner of Anki's collection, the use cases live in managers, each thin over the
storage repositories: ``households``, ``people``, ``enrolments``, ``checks``, ``drafts``,
``compliance`` (checks met or not, payments at risk, transitions due by age or time),
``search`` (CURP, folio and the in-memory name index), ``users``, ``reports``, ``work``
(what is left to do), ``collection`` (the relay by USB stick), ``surveys`` (each household's
socioeconomic survey and its poverty measurement) and ``refused`` (changes the
server refused: retried, or discarded by a supervisor), ``arco`` (a person's ARCO requests)
and ``cards`` (the Mi Bienestar card). What they share (keys, user, clock,
catalog, transactions) is the ``CasebookSession`` this extends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from bienestar_field.casebook.arco import ArcoManager
from bienestar_field.casebook.cards import CardsManager
from bienestar_field.casebook.checks import ChecksManager
from bienestar_field.casebook.collection import CollectionManager
from bienestar_field.casebook.compliance import ComplianceManager
from bienestar_field.casebook.drafts import DraftsManager
from bienestar_field.casebook.enrolments import EnrolmentsManager
from bienestar_field.casebook.households import HouseholdsManager
from bienestar_field.casebook.people import PeopleManager
from bienestar_field.casebook.refused import RefusedChangesManager
from bienestar_field.casebook.reports import ReportsManager
from bienestar_field.casebook.review import ReviewManager
from bienestar_field.casebook.search import SearchManager
from bienestar_field.casebook.session import CasebookSession
from bienestar_field.casebook.surveys import SurveysManager
from bienestar_field.casebook.users import UsersManager
from bienestar_field.casebook.worklist import WorkManager
from bienestar_field.domain.users import UserInfo
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.database import Database
from bienestar_field.storage.keystore import Keystore


class Casebook(CasebookSession):
    """An unlocked casebook, acting as one user."""

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
        super().__init__(database, keystore, now, keyring, user, zone=zone)
        self.people = PeopleManager(self)
        self.households = HouseholdsManager(self, self.people)
        self.enrolments = EnrolmentsManager(self)
        self.checks = ChecksManager(self)
        self.compliance = ComplianceManager(self)
        self.drafts = DraftsManager(self)
        self.search = SearchManager(self, self.people, self.households)
        self.users = UsersManager(self)
        self.reports = ReportsManager(self)
        self.work = WorkManager(self)
        self.refused = RefusedChangesManager(self)
        self.collection = CollectionManager(self)
        self.review = ReviewManager(self)
        self.surveys = SurveysManager(self)
        # Eligibility reads households' surveys (poverty, income) through its small port.
        self.enrolments.connect_surveys(self.surveys)
        self.arco = ArcoManager(self, self.people)
        self.cards = CardsManager(self)
