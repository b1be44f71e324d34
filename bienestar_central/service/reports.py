"""The server's reports: figures of the office's days by program, municipality, locality,
device or day, counted as ``stats`` counts them, so a report over every day totals to it.

Records count on the day they were made in the field (their ``created_at``, a device's UTC
stamp put on the office's calendar), live records only; changes on the day they were made,
taken (``changes``) or refused (``refused_changes``). A record's device is the device whose
change created it. The server holds records in clear, so nothing here decrypts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_field.domain import geography
from bienestar_field.domain.clock import local_date
from bienestar_field.domain.people import age_on
from bienestar_field.domain.poverty import load_lines, measure
from bienestar_field.domain.reports import (
    NO_GROUP,
    RECORD_FIGURES,
    ReportError,
    ReportTable,
    Tally,
    check_period,
)
from bienestar_field.domain.survey import (
    Respondent,
    Survey,
    household_answers,
    load_questionnaire,
    survey_from_fields,
)
from bienestar_field.domain.survey_reports import SurveyFact, survey_table
from bienestar_wire.catalog import default_catalog
from bienestar_wire.protocol import ChangeStatus

SERVER_FIGURES = (*RECORD_FIGURES, "changes", "refused_changes")
_FIGURE_OF = {
    "household": "households",
    "person": "persons",
    "enrollment": "enrollments",
    "attendance_check": "attendance_checks",
}
_PARENT = {"person": "household_id", "enrollment": "person_id", "attendance_check": "enrollment_id"}
_CREATING = ("create", "append")
_REJECTED = ChangeStatus.REJECTED.value


class ServerGrouping(StrEnum):
    PROGRAM = "program"
    MUNICIPALITY = "municipality"
    LOCALITY = "locality"
    DEVICE = "device"
    DAY = "day"


_Key = tuple[str, str]  # (office, entity id): each office has its own space of record ids


class Reports:
    def __init__(self, database: Database) -> None:
        self._db = database

    def survey(self, today: date, zone: tzinfo, *, office: str | None = None) -> ReportTable:
        return survey_report(self._db, today, zone, office=office)

    def report(
        self,
        first: date,
        last: date,
        by: str,
        zone: tzinfo,
        *,
        office: str | None = None,
        none_label: str = "(none)",
    ) -> ReportTable:
        check_period(first, last)
        try:
            grouping = ServerGrouping(by)
        except ValueError:
            raise ReportError(
                f"a report is by {', '.join(g.value for g in ServerGrouping)}, not {by!r}"
            ) from None
        rec, chg = m.records.c, m.changes.c
        records_query = select(
            rec.entity, rec.entity_id, rec.office, rec.deleted, rec.created_at, rec.fields
        ).where(rec.entity.in_(tuple(_FIGURE_OF)))
        changes_query = select(
            chg.device_id,
            chg.entity,
            chg.entity_id,
            chg.office,
            chg.operation,
            chg.status,
            chg.created_at,
        )
        if office is not None:
            records_query = records_query.where(rec.office == office)
            changes_query = changes_query.where(chg.office == office)
        with self._db.reading() as conn:
            records = [
                (entity, (row_office, entity_id), deleted, created_at, json.loads(fields))
                for entity, entity_id, row_office, deleted, created_at, fields in conn.execute(
                    records_query
                )
            ]
            changes = list(conn.execute(changes_query))
            devices = {
                row.id: f"{row.label} ({row.office})"
                for row in conn.execute(
                    select(m.devices.c.id, m.devices.c.label, m.devices.c.office)
                )
            }

        def day_of(at: str) -> date | None:
            return local_date(at, zone)

        def in_period(at: str) -> bool:
            day = day_of(at)
            return day is not None and first <= day <= last

        labels: dict[str, str] = {NO_GROUP: none_label}
        parent: dict[_Key, _Key] = {}
        for entity, key, _deleted, _at, fields in records:
            link = fields.get(_PARENT.get(entity, ""))
            if isinstance(link, str) and link:
                parent[key] = (key[0], link)

        keys: Callable[[str, _Key, str], list[str]]
        if grouping is ServerGrouping.PROGRAM:
            programs: dict[_Key, set[str]] = defaultdict(set)
            enrolment_programs = {
                key: str(fields.get("program_code") or "")
                for entity, key, _deleted, _at, fields in records
                if entity == "enrollment"
            }
            for key, code in enrolment_programs.items():
                person = parent.get(key)
                for owner in (key, person, parent.get(person) if person else None):
                    if owner is not None:
                        programs[owner].add(code)
            catalog = default_catalog()
            for code in set(enrolment_programs.values()):
                program = catalog.get(code)
                labels[code] = program.name if program else code

            def keys(entity: str, key: _Key, _at: str) -> list[str]:
                if entity == "attendance_check":
                    key = parent.get(key, key)
                return sorted(programs.get(key) or {NO_GROUP})

        elif grouping is ServerGrouping.DEVICE:
            creators = {
                (row.office, row.entity_id): row.device_id
                for row in changes
                if row.operation in _CREATING and row.status != _REJECTED
            }
            labels.update(devices)

            def keys(_entity: str, key: _Key, _at: str) -> list[str]:
                return [creators.get(key, NO_GROUP)]

        elif grouping is ServerGrouping.DAY:

            def keys(_entity: str, _key: _Key, at: str) -> list[str]:
                day = day_of(at)
                return [day.isoformat() if day else NO_GROUP]

        else:
            places = _places(grouping, records, labels)

            def keys(entity: str, key: _Key, _at: str) -> list[str]:
                while entity != "household":
                    up = parent.get(key)
                    if up is None:
                        return [NO_GROUP]
                    key = up
                    entity = {"attendance_check": "enrollment", "enrollment": "person"}.get(
                        entity, "household"
                    )
                return [places.get(key, NO_GROUP)]

        tally = Tally(SERVER_FIGURES)
        for entity, key, deleted, created_at, fields in records:
            if deleted or not in_period(created_at):
                continue
            status = str(fields.get("status") or "") if entity == "enrollment" else None
            result = str(fields.get("result") or "") if entity == "attendance_check" else None
            tally.add(
                keys(entity, key, created_at), _FIGURE_OF[entity], status=status, result=result
            )
        for row in changes:
            if not in_period(row.created_at):
                continue
            figure = "refused_changes" if row.status == _REJECTED else "changes"
            if grouping is ServerGrouping.DEVICE:
                groups = [row.device_id]
            else:
                groups = keys(row.entity, (row.office, row.entity_id), row.created_at)
            tally.add(groups, figure)
        return tally.table(grouping.value, first, last, str(zone), labels)


def survey_report(
    database: Database, today: date, zone: tzinfo, *, office: str | None = None
) -> ReportTable:
    """The socioeconomic survey's coverage and the poverty and deprivation counts by locality,
    as the office's households stand on ``today``, measured with the shipped poverty lines (the
    same facts and table as the app's ``survey_report``)."""
    rec = m.records.c
    query = select(rec.entity, rec.entity_id, rec.office, rec.deleted, rec.created_at, rec.fields)
    query = query.where(rec.entity.in_(("household", "person", "household_survey")))
    if office is not None:
        query = query.where(rec.office == office)
    with database.reading() as conn:
        records = [
            (entity, (row_office, entity_id), deleted, created_at, json.loads(fields))
            for entity, entity_id, row_office, deleted, created_at, fields in conn.execute(query)
        ]
    live = [r for r in records if not r[2]]
    labels: dict[str, str] = {}
    place_of = _places(ServerGrouping.LOCALITY, live, labels)
    members: dict[_Key, list[Respondent]] = defaultdict(list)
    surveys: dict[_Key, Survey] = {}
    for entity, key, _deleted, _at, fields in live:
        household = fields.get("household_id")
        if not isinstance(household, str):
            continue
        owner = (key[0], household)
        if entity == "person":
            if fields.get("left_household_on") or fields.get("death_date"):
                continue  # no longer a member
            try:
                born = date.fromisoformat(str(fields.get("birth_date")))
            except ValueError:
                continue
            relationship = fields.get("relationship")
            members[owner].append(
                Respondent(
                    key[1],
                    age_on(born, today),
                    born.year,
                    relationship if isinstance(relationship, str) else None,
                )
            )
        else:
            surveys[owner] = survey_from_fields(
                fields,
                household_id=household,
                questionnaire_version=str(fields.get("questionnaire_version") or ""),
            )
    questionnaire, lines = load_questionnaire(), load_lines()
    facts = []
    for entity, key, _deleted, _at, _fields in live:
        if entity != "household":
            continue
        survey = surveys.get(key)
        result = (
            None
            if survey is None
            else measure(household_answers(survey, members[key]), questionnaire, lines)
        )
        group = place_of.get(key, NO_GROUP)
        facts.append(SurveyFact(group, labels.get(group, group), result))
    return survey_table(facts, today, today, str(zone))


def _places(
    grouping: ServerGrouping,
    records: list[tuple[str, _Key, bool, str, dict[str, Any]]],
    labels: dict[str, str],
) -> dict[_Key, str]:
    """Each household's municipality or locality key, labelled from the INEGI catalog."""
    found: dict[_Key, str] = {}
    for entity, key, _deleted, _at, fields in records:
        if entity != "household":
            continue
        state = str(fields.get("state_code") or "")
        municipality = str(fields.get("municipality_code") or "")
        try:
            place = geography.municipality(state, municipality)
            where = f"{place.name}, {geography.state_by_inegi_key(state).name}"
        except (geography.UnknownPlace, KeyError):
            where = f"{state}-{municipality}"
        group = f"{state}-{municipality}"
        if grouping is ServerGrouping.LOCALITY:
            name = str(fields.get("locality_name") or "")
            code = fields.get("locality_code")
            group = f"{group}-{code}" if code else f"{group}-{geography.sort_key(name).strip()}"
            where = f"{name}, {where}" if name else where
        found[key] = group
        labels.setdefault(group, where)
    return found
