"""Records about a person: ARCO requests (answered in place) and card events (append-only).

Each keeps its clear columns (person, kind, status) for queries and everything else in one
AES-GCM blob bound to its table, column and row id, like every other record.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bienestar_field.domain import arco, cards
from bienestar_field.domain.arco import ArcoRequest
from bienestar_field.domain.cards import CardEvent
from bienestar_field.storage import records
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.repositories import pulled
from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import ArcoRequestRow, CardEventRow

ARCO_TABLE = "arco_requests"
CARD_TABLE = "card_events"


def arco_row(keyring: Keyring, request: ArcoRequest, stamp: records.Stamp) -> ArcoRequestRow:
    return ArcoRequestRow(
        id=request.id,
        person_id=request.person_id,
        right=request.right.value,
        status=request.status.value,
        data=keyring.encrypt_json(
            arco.private_fields(request), table=ARCO_TABLE, column="data", row_id=request.id
        ),
        version=request.version,
        hlc=stamp.hlc,
        created_by=request.created_by or stamp.user_id,
        created_at=request.created_at or stamp.at,
        updated_at=stamp.at,
    )


def arco_from_row(keyring: Keyring, row: ArcoRequestRow) -> ArcoRequest:
    fields: dict[str, Any] = keyring.decrypt_json(
        row.data, table=ARCO_TABLE, column="data", row_id=row.id
    )
    fields.update(person_id=row.person_id, right=row.right, status=row.status)
    return arco.from_fields(
        fields,
        id=row.id,
        version=row.version,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def card_row(keyring: Keyring, event: CardEvent, stamp: records.Stamp) -> CardEventRow:
    return CardEventRow(
        id=event.id,
        person_id=event.person_id,
        kind=event.kind.value,
        data=keyring.encrypt_json(
            cards.private_fields(event), table=CARD_TABLE, column="data", row_id=event.id
        ),
        hlc=stamp.hlc,
        created_by=event.recorded_by or stamp.user_id,
        created_at=event.recorded_at or stamp.at,
    )


def card_from_row(keyring: Keyring, row: CardEventRow) -> CardEvent:
    fields: dict[str, Any] = keyring.decrypt_json(
        row.data, table=CARD_TABLE, column="data", row_id=row.id
    )
    fields.update(person_id=row.person_id, kind=row.kind)
    return cards.from_fields(
        fields, id=row.id, recorded_by=row.created_by, recorded_at=row.created_at
    )


class ArcoRepository(Repository):
    def add(self, request: ArcoRequest, stamp: records.Stamp) -> None:
        self.session.add(arco_row(self.keyring, request, stamp))

    def row(self, request_id: str) -> ArcoRequestRow | None:
        return self.session.get(ArcoRequestRow, request_id)

    def from_row(self, row: ArcoRequestRow) -> ArcoRequest:
        return arco_from_row(self.keyring, row)

    def rewrite(self, row: ArcoRequestRow, request: ArcoRequest, stamp: records.Stamp) -> None:
        """Store an answer of ``request`` (its version already moved on) over its row."""
        updated = arco_row(self.keyring, request, stamp)
        row.status = updated.status
        row.data = updated.data
        row.version = updated.version
        row.hlc = updated.hlc
        row.updated_at = updated.updated_at

    def of_person(self, person_id: str) -> list[ArcoRequest]:
        rows = self.session.scalars(
            select(ArcoRequestRow)
            .where(ArcoRequestRow.person_id == person_id)
            .order_by(ArcoRequestRow.created_at, ArcoRequestRow.id)
        )
        return [arco_from_row(self.keyring, r) for r in rows]

    def count(self) -> int:
        return self._count(ArcoRequestRow)

    def put_pulled(self, record: pulled.PulledRecord) -> None:
        fields = record.fields
        pulled.upsert(
            self.session,
            self.keyring,
            ArcoRequestRow,
            record,
            {
                "person_id": str(fields["person_id"]),
                "right": str(fields["right"]),
                "status": str(fields["status"]),
            },
        )


class CardRepository(Repository):
    def add(self, event: CardEvent, stamp: records.Stamp) -> None:
        self.session.add(card_row(self.keyring, event, stamp))

    def of_person(self, person_id: str) -> list[CardEvent]:
        rows = self.session.scalars(
            select(CardEventRow)
            .where(CardEventRow.person_id == person_id)
            .order_by(CardEventRow.created_at, CardEventRow.id)
        )
        return [card_from_row(self.keyring, r) for r in rows]

    def count(self) -> int:
        return self._count(CardEventRow)

    def put_pulled(self, record: pulled.PulledRecord) -> None:
        if self.session.get(CardEventRow, record.entity_id) is not None:
            return  # append-only: an event never changes once recorded
        fields = record.fields
        self.session.add(
            CardEventRow(
                id=record.entity_id,
                person_id=str(fields["person_id"]),
                kind=str(fields["kind"]),
                data=pulled.encrypt(self.keyring, record),
                hlc=record.hlc,
                created_by=record.created_by,
                created_at=record.created_at,
            )
        )
