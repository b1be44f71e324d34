"""The operator's actions: enrolment codes, revocation, device list, counts, decisions on
enrolments and program catalogs. Each change is audited; what devices must learn of it (a
decision, a catalog) goes into their office's feed for the next pull."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update

from bienestar_central import models as m
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database
from bienestar_central.service.audit import AuditChain
from bienestar_central.service.bulk import insert_many
from bienestar_central.service.catalogs import CatalogRefused, catalog_rows, read_document
from bienestar_central.service.devices import DeviceRow, device_row, find_device
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.merge import CLOSING_STATUSES, SERVER_DEVICE, FieldMeta
from bienestar_central.service.records import RecordStore, record_state
from bienestar_field.domain.clock import HybridClock
from bienestar_wire.codec import ProtocolError
from bienestar_wire.protocol import (
    ChangeStatus,
    Entity,
    EntryKind,
    ErrorCode,
    RecordState,
    require_office,
)

log = logging.getLogger(__name__)


class Administration:
    def __init__(
        self,
        database: Database,
        config: ServerConfig,
        records: RecordStore,
        audit: AuditChain,
        *,
        now: Callable[[], datetime],
    ) -> None:
        self._db = database
        self._config = config
        self._records = records
        self._audit = audit
        self._now = now
        self._clock = HybridClock("central")

    def revoke(self, device_id: str) -> DeviceRow:
        with self._db.writing() as conn:
            row = find_device(conn, device_id)
            if row is None:
                raise ServiceError(404, ErrorCode.NOT_FOUND, "no device with that id")
            if row.revoked_at is None:
                conn.execute(
                    update(m.devices)
                    .where(m.devices.c.id == device_id)
                    .values(revoked_at=self._now().isoformat())
                )
                self._audit.append(
                    conn, [self._audit.event("operator", "device.revoked", device_id, "")]
                )
            refreshed = find_device(conn, device_id)
        assert refreshed is not None
        log.info("device revoked device=%s", device_id)
        return refreshed

    def devices(self) -> list[DeviceRow]:
        with self._db.reading() as conn:
            rows = conn.execute(select(m.devices).order_by(m.devices.c.created_at)).mappings()
            return [device_row(r) for r in rows]

    def stats(self) -> dict[str, int]:
        with self._db.reading() as conn:

            def count(table: Any, *where: Any) -> int:
                return int(
                    conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()
                )

            live = m.records.c.deleted.is_(False)
            return {
                "households": count(m.records, m.records.c.entity == "household", live),
                "persons": count(m.records, m.records.c.entity == "person", live),
                "enrollments": count(m.records, m.records.c.entity == "enrollment", live),
                "attendance_checks": count(
                    m.records, m.records.c.entity == "attendance_check", live
                ),
                "changes": count(m.changes, m.changes.c.status != ChangeStatus.REJECTED.value),
                "rejected_changes": count(
                    m.changes, m.changes.c.status == ChangeStatus.REJECTED.value
                ),
                # The same count under the name reports give it (on the app too).
                "refused_changes": count(
                    m.changes, m.changes.c.status == ChangeStatus.REJECTED.value
                ),
                "duplicates": count(m.duplicates, m.duplicates.c.resolved_at.is_(None)),
                "conflicts": count(m.conflicts, m.conflicts.c.resolved_at.is_(None)),
                "devices": count(m.devices, m.devices.c.revoked_at.is_(None)),
                "devices_revoked": count(m.devices, m.devices.c.revoked_at.is_not(None)),
                "batches": count(m.batches),
                "audit_events": count(m.audit_log),
            }

    def decide(
        self,
        enrollment_id: str,
        status: str,
        reason: str = "",
        office: str | None = None,
        *,
        actor: str = "operator",
    ) -> RecordState:
        """An operator's (or a supervisor device's) decision on an enrolment; devices of its
        office get it by pull. ``office`` is needed only when enrolments of several offices
        share the id; a device's decision names its own office, so it reaches no other.
        ``actor`` is who the audit log names: "operator", or the deciding device's id."""
        if status not in ("approved", "rejected"):
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "a decision is approved or rejected")
        now = self._now().isoformat()
        with self._db.writing() as conn:
            found = [
                r
                for r in self._records.load_anywhere(conn, enrollment_id)
                if r.entity is Entity.ENROLLMENT and office in (None, r.office)
            ]
            if not found:
                raise ServiceError(404, ErrorCode.NOT_FOUND, "no enrolment with that id")
            if len(found) > 1:
                raise ServiceError(
                    409,
                    ErrorCode.BAD_REQUEST,
                    "enrolments of several offices have that id; name the office with --office",
                )
            (record,) = found
            if record.fields.get("status") in CLOSING_STATUSES:
                # A caseworker closed it (a death, a move): deciding now would reopen it.
                raise ServiceError(
                    409, ErrorCode.BAD_REQUEST, "the enrolment was withdrawn or suspended"
                )
            stamp = str(self._clock.now())
            record.version += 1
            meta = FieldMeta(record.version, SERVER_DEVICE, stamp, "")
            record.fields["status"] = status
            record.fields["status_reason"] = reason
            record.fields_text = None
            record.meta["status"] = meta
            record.meta["status_reason"] = meta
            record.hlc = max(record.hlc, stamp)
            record.updated_at = now
            self._records.write(conn, [record], actor=actor)
            conn.execute(
                insert(m.feed),
                [
                    {
                        "grp": self._db.write_group(conn),
                        "office": record.office,
                        "kind": EntryKind.RECORD.value,
                        "entity": record.entity.value,
                        "entity_id": record.entity_id,
                        "skip_device": None,
                        "target_device": None,
                        "body": None,
                        "created_at": now,
                    }
                ],
            )
            self._audit.append(
                conn, [self._audit.event(actor, f"enrollment.{status}", enrollment_id, "")]
            )
        return record_state(record)

    def publish_catalog(self, catalog: object, office: str | None = None) -> list[str]:
        """Queue a program catalog (its JSON text, parsed JSON or a document) for the devices
        of one office, or of every office that has devices; the offices it was queued for.

        Checked whole with the format's one definition first: a catalog the app would refuse
        is refused here, naming the field, before any device gets it.
        """
        try:
            document = read_document(catalog)
        except CatalogRefused as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        now = self._now().isoformat()
        with self._db.writing() as conn:
            if office is not None:
                try:
                    offices = [require_office(office)]
                except ProtocolError as exc:
                    raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
            else:
                offices = sorted(
                    {o for (o,) in conn.execute(select(m.devices.c.office).distinct())}
                )
            try:
                rows, body = catalog_rows(conn, document, offices, now)
            except CatalogRefused as exc:
                raise ServiceError(409, ErrorCode.BAD_REQUEST, str(exc)) from None
            if not rows:
                return offices  # published before, identically: nothing new to send
            insert_many(self._db, conn, m.catalogs, rows)
            group = self._db.write_group(conn)
            feed = [
                {
                    "grp": group,
                    "office": row["office"],
                    "kind": EntryKind.CATALOG.value,
                    "body": body,
                    "created_at": now,
                }
                for row in rows
            ]
            insert_many(self._db, conn, m.feed, feed)
            self._audit.append(
                conn,
                [
                    self._audit.event(
                        "operator", "catalog.published", document.catalog_version, rows[0]["digest"]
                    )
                ],
            )
        return offices
