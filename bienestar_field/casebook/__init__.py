"""The Casebook: the caseworker's encrypted book of cases, and the one object the UI and CLI use.

``CasebookStore`` (``store``) is the file on disk, opened and migrated but still locked: it
lists users, sets up the first one and unlocks. ``Casebook`` (``book``) is what unlocking
gives: the session it shares with its managers (``session``: keys, user, clock, name index,
transactions) and the managers that hold the use cases (``casebook.households.register``,
``casebook.checks.record``, ...), one module each. Every write is one unit of work holding
the entity, its outbox change and its audit event, committed durably before it returns.
"""

from bienestar_field.casebook.book import Casebook
from bienestar_field.casebook.checks import CheckDue
from bienestar_field.casebook.drafts import DraftInfo
from bienestar_field.casebook.errors import (
    CasebookError,
    DuplicateCurp,
    DuplicateEnrollment,
    NotFound,
    NotSetUp,
    StaleRecord,
    ValidationFailed,
)
from bienestar_field.casebook.name_index import PersonSummary
from bienestar_field.casebook.reports import DaySummary, HistoryEntry, Stats
from bienestar_field.casebook.store import CasebookStore, SetupResult
from bienestar_field.casebook.worklist import ChecksToRecord, ReturnedEnrolment, WorkToDo

__all__ = [
    "Casebook",
    "CasebookError",
    "CasebookStore",
    "CheckDue",
    "ChecksToRecord",
    "DaySummary",
    "DraftInfo",
    "DuplicateCurp",
    "DuplicateEnrollment",
    "HistoryEntry",
    "NotFound",
    "NotSetUp",
    "PersonSummary",
    "ReturnedEnrolment",
    "SetupResult",
    "StaleRecord",
    "Stats",
    "ValidationFailed",
    "WorkToDo",
]
