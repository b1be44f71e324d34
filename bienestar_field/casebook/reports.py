"""What the casebook can tell about itself: counts, today's work, reports for a period, a
record's history, audit.

Days are the office's days (``CasebookSession.zone``, America/Mexico_City by default), not
UTC's: a record saved at 19:00 in Mexico counts for that day. Today's work is the work of the
person signed in; records pulled from other devices are the office's, not theirs.

Reports count, for a period and by program, municipality, locality or user, the records made
in it (households, persons, enrolments by status, attendance checks by result) and this
casebook's changes still pending or refused. Everything is counted here, from clear columns;
only a report by locality decrypts, in memory, each household's locality.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bienestar_field.domain import geography
from bienestar_field.domain.clock import local_date, utc_day_prefixes
from bienestar_field.domain.people import age_on
from bienestar_field.domain.poverty import PovertyLines, measure
from bienestar_field.domain.reports import (
    NO_GROUP,
    RECORD_FIGURES,
    ReportError,
    ReportTable,
    Tally,
    check_period,
)
from bienestar_field.domain.survey import Respondent, household_answers, load_questionnaire
from bienestar_field.domain.survey_reports import SurveyFact, survey_table
from bienestar_field.storage.schema import HouseholdSurveyRow

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession
    from bienestar_field.storage.repositories.audit import AuditFindings
    from bienestar_field.storage.repositories.report_facts import Place
    from bienestar_field.storage.unit_of_work import Repositories

_SUPERVISORS_ONLY = "only a supervisor reads the office's reports"
_PENDING = "pending"
_ACKED = "acked"
# Refused by the server; "discarded" once a supervisor set the refused change aside.
_REFUSED = ("rejected", "discarded")

REPORT_FIGURES = (*RECORD_FIGURES, "pending_changes", "refused_changes")


class Grouping(StrEnum):
    PROGRAM = "program"
    MUNICIPALITY = "municipality"
    LOCALITY = "locality"
    USER = "user"


@dataclass(frozen=True, slots=True)
class DaySummary:
    """Today's work on this device, for the home page."""

    households: int
    persons: int
    enrollments: int
    attendance_checks: int
    pending_changes: int


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One saved change of a record: who, when, the values it set and those it replaced.

    ``previous`` holds, for a correction, the value each changed field had before it, as
    far as this device's own history of the record tells (a record that arrived from the
    server has no local registration: its first correction has no "before").
    """

    at: str
    user_name: str
    operation: str
    fields: dict[str, Any]
    previous: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Stats:
    households: int
    persons: int
    enrollments: int
    attendance_checks: int
    pending_changes: int
    acknowledged_changes: int
    users: int
    refused_changes: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "households": self.households,
            "persons": self.persons,
            "enrollments": self.enrollments,
            "attendance_checks": self.attendance_checks,
            "pending_changes": self.pending_changes,
            "acknowledged_changes": self.acknowledged_changes,
            "refused_changes": self.refused_changes,
            "users": self.users,
        }


class ReportsManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def pending_changes(self) -> int:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.outbox.count(_PENDING)

    def stats(self) -> Stats:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return Stats(
                households=stored.households.count(),
                persons=stored.people.count(),
                enrollments=stored.enrollments.count(),
                attendance_checks=stored.checks.count(),
                pending_changes=stored.outbox.count(_PENDING),
                acknowledged_changes=stored.outbox.count(_ACKED),
                users=stored.users.count(),
                refused_changes=sum(stored.outbox.count(status) for status in _REFUSED),
            )

    def day_summary(self, day: date | None = None) -> DaySummary:
        """What the person signed in recorded on ``day`` (the office's day; today by default),
        and what waits to sync. Records pulled from other devices are not theirs."""
        session = self._session
        session.refuse_if_locked()
        day = day or session.today()
        low, high = utc_day_prefixes(day, day)
        counts: dict[str, int] = {}
        with session.reading() as stored:
            for entity in ("household", "person", "enrollment", "attendance_check"):
                stamps = stored.report_facts.created_stamps(entity, low, high, session.user.id)
                counts[entity] = sum(1 for at in stamps if local_date(at, session.zone) == day)
            pending = stored.outbox.count(_PENDING)
        return DaySummary(
            households=counts["household"],
            persons=counts["person"],
            enrollments=counts["enrollment"],
            attendance_checks=counts["attendance_check"],
            pending_changes=pending,
        )

    def report(
        self,
        first: date,
        last: date,
        by: Grouping | str,
        *,
        none_label: str = "(none)",
        total_label: str = "Total",
    ) -> ReportTable:
        """Figures of the office's days ``first`` to ``last`` (both included) by ``by``.

        ``none_label`` names the group of records that belong to none: persons without a
        household (by place), households and persons with no enrolment (by program), records
        made on other devices (by user).
        """
        session = self._session
        session.refuse_unless_supervisor("report", _SUPERVISORS_ONLY)
        check_period(first, last)
        try:
            grouping = Grouping(by)
        except ValueError:
            raise ReportError(
                f"a report is by {', '.join(g.value for g in Grouping)}, not {by!r}"
            ) from None
        zone = session.zone

        def in_period(at: str) -> bool:
            day = local_date(at, zone)
            return day is not None and first <= day <= last

        with session.reading() as stored:
            facts = stored.report_facts
            households = list(facts.households())
            people = list(facts.people())
            enrollments = list(facts.enrollments())
            checks = list(facts.checks())
            changes = list(facts.changes((_PENDING, *_REFUSED)))
            places = facts.places() if grouping is Grouping.LOCALITY else {}
            # A survey's changes count where its household is (the ids stay clear).
            survey_household = {
                row_id: household_id
                for row_id, household_id in stored.session.execute(
                    select(HouseholdSurveyRow.id, HouseholdSurveyRow.household_id)
                )
            }
            names = stored.users.names()

        labels: dict[str, str] = {NO_GROUP: none_label}
        person_household = {p.id: p.household_id for p in people}
        enrollment_person = {e.id: e.person_id for e in enrollments}
        check_enrollment = {c.id: c.enrollment_id for c in checks}
        creators: dict[str, str] = {}
        if grouping is Grouping.USER:
            for facts_of_kind in (households, people, enrollments, checks):
                creators.update((fact.id, fact.created_by) for fact in facts_of_kind)

        if grouping is Grouping.PROGRAM:
            programs: dict[str, set[str]] = defaultdict(set)
            for enrollment in enrollments:
                programs[enrollment.id].add(enrollment.program_code)
                programs[enrollment.person_id].add(enrollment.program_code)
                household_id = person_household.get(enrollment.person_id)
                if household_id:
                    programs[household_id].add(enrollment.program_code)
            for check in checks:
                programs[check.id] = programs.get(check.enrollment_id, set())
            for code in {e.program_code for e in enrollments}:
                program = session.catalog.get(code)
                labels[code] = program.name if program else code

            def keys(entity: str, entity_id: str) -> list[str]:
                return sorted(programs.get(entity_id) or {NO_GROUP})

        elif grouping is Grouping.USER:
            labels.update({name: name for name in names.values()})

            def keys(entity: str, entity_id: str) -> list[str]:
                return [names.get(creators.get(entity_id, ""), NO_GROUP)]

        else:
            place_of = _place_keys(grouping, households, places, labels)

            def keys(entity: str, entity_id: str) -> list[str]:
                record_id: str | None = entity_id
                if entity == "household_survey":
                    return [place_of.get(survey_household.get(entity_id, ""), NO_GROUP)]
                if entity == "attendance_check":
                    record_id = check_enrollment.get(entity_id)
                    entity = "enrollment"
                if entity == "enrollment":
                    record_id = enrollment_person.get(record_id or "")
                    entity = "person"
                if entity == "person":
                    record_id = person_household.get(record_id or "")
                return [place_of.get(record_id or "", NO_GROUP)]

        tally = Tally(REPORT_FIGURES)
        for household in households:
            if not household.deleted and in_period(household.created_at):
                tally.add(keys("household", household.id), "households")
        for person in people:
            if not person.deleted and in_period(person.created_at):
                tally.add(keys("person", person.id), "persons")
        for enrollment in enrollments:
            if in_period(enrollment.created_at):
                tally.add(
                    keys("enrollment", enrollment.id), "enrollments", status=enrollment.status
                )
        for check in checks:
            if in_period(check.created_at):
                tally.add(
                    keys("attendance_check", check.id), "attendance_checks", result=check.result
                )
        change_keys: Callable[[str, str, str], list[str]] = (
            (lambda _entity, _entity_id, user_id: [names.get(user_id, NO_GROUP)])
            if grouping is Grouping.USER
            else (lambda entity, entity_id, _user_id: keys(entity, entity_id))
        )
        for change in changes:
            if in_period(change.created_at):
                figure = "pending_changes" if change.status == _PENDING else "refused_changes"
                tally.add(change_keys(change.entity, change.entity_id, change.user_id), figure)
        return tally.table(grouping.value, first, last, str(zone), labels, total_label=total_label)

    def survey_report(self, *, total_label: str = "Total") -> ReportTable:
        """The survey's coverage and the poverty and deprivation counts by locality, as the
        households stand today, measured with the poverty lines in force."""
        session = self._session
        session.refuse_if_locked()
        session.refuse_unless_supervisor("report", _SUPERVISORS_ONLY)
        from bienestar_field.casebook.surveys import SurveysManager

        lines = SurveysManager(session).lines()
        today = session.today()
        with session.reading() as stored:
            facts = survey_facts(session, stored, lines)
        table = survey_table(facts, today, today, str(session.zone))
        table.total.label = total_label
        return table

    def history(self, entity_id: str) -> list[HistoryEntry]:
        """Every saved change of one record, oldest first, with the values each one set."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            names = stored.users.names()
            changes = stored.outbox.history(entity_id)
        entries = []
        known: dict[str, Any] = {}  # the record as the changes so far left it
        for change in changes:
            if change.operation == "create":
                known = {}
            previous = {key: known[key] for key in change.fields if key in known}
            known.update(change.fields)
            entries.append(
                HistoryEntry(
                    at=change.created_at,
                    user_name=names.get(change.user_id, "?"),
                    operation=change.operation,
                    fields=change.fields,
                    previous=previous,
                )
            )
        return entries

    def verify_audit_chain(self) -> int | None:
        """``None`` when every audit event verifies; else the first broken event's number."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.audit.first_broken()

    def check_audit(self) -> AuditFindings:
        """The audit chain's links, and every record against the digest of its last audited
        write. (Whether the chain's end was cut is told against the server: sync's
        ``audit_anchor``.)"""
        from bienestar_field.storage.repositories.audit_records import all_digests

        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.audit.check(all_digests(stored.session))


def survey_facts(
    session: CasebookSession, stored: Repositories, lines: PovertyLines
) -> list[SurveyFact]:
    """Each live household's locality and its measurement (``None``: never surveyed)."""
    questionnaire = load_questionnaire()
    households = [h for h in stored.report_facts.households() if not h.deleted]
    labels: dict[str, str] = {}
    place_of = _place_keys(Grouping.LOCALITY, households, stored.report_facts.places(), labels)
    surveys = {s.household_id: s for s in stored.surveys.all()}
    today = session.today()
    facts = []
    for household in households:
        survey = surveys.get(household.id)
        result = None
        if survey is not None:
            found = stored.households.get(household.id)
            members = found.members if found is not None else []
            respondents = [
                Respondent(
                    m.id,
                    age_on(m.birth_date, today),
                    m.birth_date.year,
                    m.relationship.value if m.relationship else None,
                )
                for m in members
            ]
            result = measure(household_answers(survey, respondents), questionnaire, lines)
        key = place_of.get(household.id, NO_GROUP)
        facts.append(SurveyFact(key, labels.get(key, key), result))
    return facts


def _place_keys(
    grouping: Grouping,
    households: list[Any],
    places: dict[str, Place],
    labels: dict[str, str],
) -> dict[str, str]:
    """Each household's municipality (``SS-MMM``) or locality (``SS-MMM-LLLL``, or the typed
    name folded for a locality outside the catalog), labelled from the INEGI catalog."""
    keys: dict[str, str] = {}
    for household in households:
        state, municipality = household.state_code, household.municipality_code
        try:
            place = geography.municipality(state, municipality)
            where = f"{place.name}, {geography.state_by_inegi_key(state).name}"
        except (geography.UnknownPlace, KeyError):
            where = f"{state}-{municipality}"
        key = f"{state}-{municipality}"
        if grouping is Grouping.LOCALITY:
            found = places.get(household.id)
            name = found.locality_name if found else ""
            code = found.locality_code if found else None
            key = f"{key}-{code}" if code else f"{key}-{geography.sort_key(name).strip()}"
            where = f"{name}, {where}" if name else where
        keys[household.id] = key
        labels.setdefault(key, where)
    return keys
