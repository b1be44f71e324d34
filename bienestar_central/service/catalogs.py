"""The program catalogs of each office: publishing them, and which applied on a given instant.

A catalog is read with the one definition of the format (``bienestar_wire.catalog``) before it
is stored, so what the operator publishes is what the devices read. Each office keeps every
catalog published for it; the one that applied at an instant is the latest to have started by
then (midnight of its ``valid_from`` in its time zone), the shipped catalog when none had. An
enrolment decided offline under any other version is queued for review (``OUTDATED_CATALOG``):
the device's rules were not those of the day it enrolled.

The server does not evaluate eligibility rules. Conditions that read data the server may not
hold (the household's socioeconomic survey: poverty, no fixed income, no other income) are
decided on the device with the survey it held, like every other condition; the server checks
only that the program exists in one of the office's catalogs and that the catalog version was
the one in force. So a support whose rule it cannot evaluate is never refused or queued for
that reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import Connection, select

from bienestar_central import models as m
from bienestar_field.domain.programs import CatalogError, ProgramCatalog, starts_at, version_order
from bienestar_wire.catalog import (
    CatalogDocument,
    catalog_json,
    default_catalog,
    parse_catalog,
    to_program_catalog,
)
from bienestar_wire.protocol import Change, Entity, Operation

OUTDATED_CATALOG: Final = "outdated_catalog"


class CatalogRefused(ValueError):
    """A catalog that cannot be published; the message names the field or the clash."""


def read_document(catalog: object) -> CatalogDocument:
    if isinstance(catalog, CatalogDocument):
        return catalog
    try:
        return parse_catalog(catalog)
    except CatalogError as exc:
        raise CatalogRefused(str(exc)) from None


def catalog_rows(
    conn: Connection, document: CatalogDocument, offices: Sequence[str], now: str
) -> tuple[list[dict[str, Any]], str]:
    """The rows to store for the offices that do not have this catalog yet, and its body.

    Publishing the same catalog again is harmless (nothing new is stored or sent); the same
    version with other content is refused: devices that have the first would never get the
    second, and enrolments name a version, which must mean one set of rules.
    """
    body = catalog_json(document)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    c = m.catalogs.c
    known = dict(
        conn.execute(
            select(c.office, c.digest).where(c.catalog_version == document.catalog_version)
        ).all()
    )
    clashes = sorted(office for office in offices if known.get(office, digest) != digest)
    if clashes:
        raise CatalogRefused(
            f"catalog_version {document.catalog_version} was already published for "
            f"{clashes[0]} with other content: publish the change under a new catalog_version"
        )
    start = starts_at(to_program_catalog(document)).astimezone(UTC).isoformat()
    rows = [
        {
            "office": office,
            "catalog_version": document.catalog_version,
            "valid_from": document.valid_from.isoformat(),
            "time_zone": document.time_zone,
            "starts_at": start,
            "body": body,
            "digest": digest,
            "published_at": now,
        }
        for office in offices
        if office not in known
    ]
    return rows, body


@dataclass(frozen=True, slots=True)
class OfficeCatalogs:
    """The catalogs one office's devices may know: the shipped one and those published."""

    catalogs: tuple[ProgramCatalog, ...]

    def active_at(self, at: datetime) -> ProgramCatalog:
        ordered = sorted(self.catalogs, key=lambda c: (starts_at(c), version_order(c.version)))
        started = [c for c in ordered if starts_at(c) <= at]
        return started[-1] if started else ordered[0]

    @property
    def program_codes(self) -> frozenset[str]:
        """The codes an enrolment of the office may name: those of any of its catalogs (one
        made under an outdated catalog is reviewed, not refused)."""
        return frozenset(p.code for catalog in self.catalogs for p in catalog)


def office_catalogs(conn: Connection, office: str) -> OfficeCatalogs:
    bodies = conn.execute(select(m.catalogs.c.body).where(m.catalogs.c.office == office)).scalars()
    published = tuple(to_program_catalog(parse_catalog(body)) for body in bodies)
    return OfficeCatalogs((default_catalog(), *published))


def outdated_catalog(change: Change, catalogs: OfficeCatalogs) -> dict[str, str] | None:
    """For a new enrolment decided under a catalog that did not apply on its date (by the
    device's clock, which the server has already bounded): what the reviewer needs to know."""
    if change.entity is not Entity.ENROLLMENT or change.operation is not Operation.CREATE:
        return None
    used = change.fields.get("catalog_version")
    try:
        made_at = datetime.fromisoformat(change.created_at)
    except ValueError:
        return None
    if made_at.tzinfo is None:
        made_at = made_at.replace(tzinfo=UTC)
    active = catalogs.active_at(made_at)
    if used == active.version:
        return None
    return {
        "catalog_version": used if isinstance(used, str) else "",
        "active_catalog_version": active.version,
        "active_valid_from": active.valid_from.isoformat(),
        "enrolled_at": made_at.astimezone(UTC).isoformat(),
    }


def detail_json(detail: dict[str, str]) -> str:
    return json.dumps(detail, sort_keys=True)
