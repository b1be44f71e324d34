"""The program catalogs a device knows, and which one is in force, now or at any instant.

The shipped catalog and every catalog delivered by sync are kept (sync_state, by version);
``CatalogShelf`` (domain) says which applies when. They are public rules, not personal data,
so they are read without unlocking: ``bienestar-field catalog show`` needs no passphrase.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from bienestar_field.domain.programs import CatalogError, CatalogShelf, ProgramCatalog, starts_at
from bienestar_field.storage.database import Database
from bienestar_field.storage.schema import PULLED_CATALOG_PREFIX
from bienestar_field.storage.unit_of_work import Repositories, reading
from bienestar_wire.catalog import (
    CatalogDocument,
    encode_catalog,
    parse_catalog,
    shipped_document,
    to_program_catalog,
)

log = logging.getLogger(__name__)


class KnownCatalogs:
    """The catalogs a device knows, as the domain uses them (``shelf``) and as documents, to
    export one exactly as it was published."""

    def __init__(self, documents: list[CatalogDocument]) -> None:
        by_version: dict[str, CatalogDocument] = {}
        for document in documents:  # a later one under the same version replaces it
            by_version[document.catalog_version] = document
        self._documents = by_version
        self.shelf = CatalogShelf(tuple(to_program_catalog(d) for d in by_version.values()))

    def active(self, at: datetime) -> ProgramCatalog:
        return self.shelf.active(at)

    def pending(self, at: datetime) -> list[ProgramCatalog]:
        return self.shelf.pending(at)

    def document(self, version: str) -> CatalogDocument:
        return self._documents[version]

    def export(self, at: datetime) -> bytes:
        """The catalog in force at ``at``, in the format ``publish-catalog`` takes."""
        return encode_catalog(self.document(self.active(at).version))

    def summary(self, at: datetime) -> dict[str, Any]:
        """What ``catalog show`` prints: the catalog in force and those waiting for their day."""
        return {
            "active": _describe(self.active(at)),
            "pending": [_describe(catalog) for catalog in self.pending(at)],
        }


def _describe(catalog: ProgramCatalog) -> dict[str, Any]:
    return {
        "catalog_version": catalog.version,
        "valid_from": catalog.valid_from.isoformat(),
        "time_zone": catalog.time_zone,
        "starts_at": starts_at(catalog).isoformat(),
        "programs": len(catalog),
    }


def known_catalogs(stored: Repositories) -> KnownCatalogs:
    """The shipped catalog and every valid catalog pulled from the server. One that does not
    read (a damaged row) is skipped and logged: it must not stop enrolment."""
    documents = [shipped_document()]
    for key, value in stored.sync.states_under(PULLED_CATALOG_PREFIX):
        try:
            documents.append(parse_catalog(value))
        except CatalogError as exc:
            log.warning("ignoring the stored program catalog %s: %s", key, exc)
    return KnownCatalogs(documents)


def read_catalogs(database: Database) -> KnownCatalogs:
    """The catalogs of a casebook file, locked or not."""
    with reading(database, None) as stored:
        return known_catalogs(stored)
