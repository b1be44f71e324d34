"""A household (*hogar*) and its address, following INEGI's Norma Técnica sobre Domicilios."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bienestar_field.domain.enrollments import PrivacyConsent
from bienestar_field.domain.people import Person


@dataclass(frozen=True, slots=True)
class Address:
    state_code: str  # INEGI two-digit state key, "01".."32"
    municipality_code: str  # INEGI three-digit municipality key within the state
    locality_code: str | None  # INEGI four-digit locality key, when chosen from the catalog
    locality_name: str  # from the catalog, or typed for localities under 1,000 inhabitants
    settlement_type: str = ""  # colonia, barrio, ejido, ranchería...
    settlement_name: str = ""
    street_type: str = ""  # calle, avenida, camino, brecha, vereda...
    street_name: str = ""
    exterior_number: str = "S/N"
    interior_number: str = ""
    postal_code: str = ""
    between_streets: str = ""
    reference: str = ""  # free text for rural places: "a 200 m de la escuela"


@dataclass(frozen=True, slots=True)
class GeoPoint:
    latitude: float
    longitude: float


@dataclass(slots=True)
class Household:
    id: str
    address: Address
    members: list[Person] = field(default_factory=list)
    gps: GeoPoint | None = None
    # The simplified privacy notice shown before capture, as the household answered it.
    consent: PrivacyConsent | None = None
    # Members who left or died: kept, never deleted, shown apart (``members`` are current).
    former_members: list[Person] = field(default_factory=list)
    # Since when the household lives at ``address`` (set when the address is changed), and
    # the note of the latest change.
    address_since: date | None = None
    event_note: str = ""
    folio: str | None = None
    version: int = 0
    registered_by: str | None = None
    registered_at: str | None = None  # ISO-8601 UTC

    @property
    def head(self) -> Person | None:
        from bienestar_field.domain.people import Relationship

        for member in self.members:
            if member.relationship is Relationship.JEFA_O_JEFE:
                return member
        return None
