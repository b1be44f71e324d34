"""ARCO requests and Mi Bienestar card events through a real ``bienestar-central serve``,
SQLite and PostgreSQL: recorded offline, they reach the server and another laptop of the
office; a cancellation closes the person's record on the server; and the server's database
holds no card number beyond four digits, not even one typed in a refused attempt."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, MetaData, insert, select

from bienestar_central import models
from bienestar_field.casebook.errors import ValidationFailed
from bienestar_field.domain.arco import (
    ArcoChannel,
    ArcoRequest,
    ArcoRight,
    ArcoStatus,
)
from bienestar_field.domain.cards import (
    CardEvent,
    CardEventKind,
    CardState,
    IdentityDocument,
    ReceiptMark,
)
from bienestar_field.domain.enrollments import ClosureReason, EnrollmentStatus
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person
from tests.storage.test_casebook import enrollment_for
from tests.sync.central_harness import CentralServer, Device
from tests.sync.test_life_events_sync import (
    enrolled,
    enrolment_row,
    person_of_age,
    server_fields,
)

MakeDevice = Callable[[str], Device]
# A test card number (Luhn-valid, of no real card): typed where only four digits belong.
FULL_CARD = "4152313800001234"


def delivery(person: Person, on: Any, last_four: str = "1234", **changes: Any) -> CardEvent:
    event = CardEvent(
        id="",
        person_id=person.id,
        kind=CardEventKind.ENTREGA,
        on=on,
        last_four=last_four,
        place="Módulo de Bienestar, Tlapa",
        identity_document=IdentityDocument.INE,
        identity_checked=True,
        receipt_mark=ReceiptMark.HUELLA,
        handled_by="Rosa Méndez",
    )
    return replace(event, **changes)


def request_of(person: Person, right: ArcoRight, on: Any, **changes: Any) -> ArcoRequest:
    request = ArcoRequest(
        id="",
        person_id=person.id,
        right=right,
        received_on=on,
        channel=ArcoChannel.ESCRITO,
        request_text="Solicita lo que dispone la ley sobre sus datos",
        handled_by="Rosa Méndez",
    )
    return replace(request, **changes)


def test_a_request_and_a_card_delivery_recorded_offline_reach_the_server_and_the_office(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    elder = a.casebook.people.register(person_of_age(a, 70, seed=81))
    a.sync()
    b.sync()
    today = a.casebook.today()

    # Offline on a: an access request and the card handed over.
    request = a.casebook.arco.record(request_of(elder, ArcoRight.ACCESO, today))
    card = a.casebook.cards.record(delivery(elder, today, "4321"))
    report = a.sync()

    assert report.rejected == 0
    assert a.outbox("pending") == []
    on_server = server_fields(server, request.id)
    assert on_server["right"] == "access"
    assert on_server["status"] == "pending"
    assert on_server["person_id"] == elder.id
    assert server_fields(server, card.id)["last_four"] == "4321"

    b.sync()
    assert [r.id for r in b.casebook.arco.of_person(elder.id)] == [request.id]
    status = b.casebook.cards.status(elder.id)
    assert (status.state, status.last_four, status.since) == (CardState.ACTIVA, "4321", today)

    # b answers the request; a learns the answer at its next pull.
    b.casebook.arco.answer(request.id, ArcoStatus.ATENDIDA, today, note="Se entregó el PDF")
    b.sync()
    a.sync()
    assert a.casebook.arco.get(request.id).status is ArcoStatus.ATENDIDA
    assert server_fields(server, request.id)["status"] == "attended"


def test_a_cancellation_closes_the_record_on_the_server_and_the_other_laptop(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    elder = a.casebook.people.register(
        replace(person_of_age(a, 70, seed=82), phone="+525512345678", notes="Vive sola")
    )
    pension = a.casebook.enrolments.enroll(enrollment_for(a.casebook, elder, "PAM"))
    today = a.casebook.today()
    a.casebook.cards.record(delivery(elder, today - timedelta(days=3)))
    a.sync()
    server.service.decide(pension.id, "approved", "expediente completo")
    b.sync()

    request = a.casebook.arco.record(
        request_of(elder, ArcoRight.CANCELACION, today, channel=ArcoChannel.EN_PERSONA)
    )
    answered, closed = a.casebook.arco.cancel(request.id, today, "Pidió la cancelación")
    assert closed.cancelled_on == today
    report = a.sync()

    assert report.rejected == 0
    person = server_fields(server, elder.id)
    assert person["cancelled_on"] == today.isoformat()
    assert person["phone"] is None
    assert person["notes"] == ""
    assert person["curp"] == elder.curp  # identity kept for the audit of what was paid
    enrolment = server_fields(server, pension.id)
    assert enrolment["status"] == "withdrawn"  # the closure outranks the office's approval
    assert enrolment["closure_reason"] == "arco_cancellation"
    assert server_fields(server, request.id)["status"] == "attended"
    with server.db.reading() as conn:
        deleted = conn.execute(
            select(models.records.c.deleted).where(
                models.records.c.entity_id.in_([elder.id, pension.id, request.id])
            )
        ).scalars()
        assert list(deleted) == [False, False, False]  # closed, never deleted

    b.sync()
    on_b = b.casebook.people.get(elder.id)
    assert (on_b.cancelled_on, on_b.phone, on_b.notes) == (today, None, "")
    closed_enrolment = enrolment_row(b, pension.id)
    assert closed_enrolment.status is EnrollmentStatus.BAJA
    assert closed_enrolment.closure_reason is ClosureReason.CANCELACION_ARCO
    assert len(b.casebook.cards.of_person(elder.id)) == 1  # the payment history stays
    assert answered.status is ArcoStatus.ATENDIDA


# --- no card number on the server --------------------------------------------------------------

_LONG_RUN = re.compile(r"(?<![0-9])[0-9]{12,19}(?![0-9])")
# Formats that hold digit runs and are no card: clock stamps (13-digit milliseconds), UUIDs,
# hex digests, the office hash of the audit log's record names (``id@`` and 16 hex digits, all
# digits about once in a hundred offices), and phones as stored (E.164: +52 and ten digits).
# Masked before the search; the exact test number is searched for unmasked.
_MACHINE = re.compile(
    r"[0-9]{13}-[0-9]{5}-[0-9a-z]{1,44}"
    r"|@[0-9a-f]{16}(?![0-9a-f])"
    r"|\+52[0-9]{10}(?![0-9])"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?<![0-9A-Za-z])[0-9a-f]{32,}(?![0-9A-Za-z])"
)


def database_values(conn: Connection) -> Iterator[tuple[str, str, str]]:
    """(table, column, text) for every value of every table of the database, as text."""
    metadata = MetaData()
    metadata.reflect(conn)
    for table in metadata.sorted_tables:
        for row in conn.execute(select(table)).mappings():
            for column, value in row.items():
                if value is None or isinstance(value, float | bool):
                    continue  # a float column holds similarity scores, not numbers typed in
                if isinstance(value, bytes | memoryview):
                    shown = bytes(value).decode("latin-1")
                else:
                    shown = str(value)
                yield table.name, str(column), shown


def card_numbers_in(conn: Connection, typed: str) -> list[tuple[str, str]]:
    """Where the database holds ``typed`` or any run of 12 to 19 digits: (table, column)."""
    found = []
    for table, column, shown in database_values(conn):
        if typed in shown or _LONG_RUN.search(_MACHINE.sub("-", shown)):
            found.append((table, column))
    return found


def test_the_server_database_holds_no_card_number_beyond_four_digits(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    a = enrolled(make_device, server, "a", office)
    b = enrolled(make_device, server, "b", office)
    people = [a.casebook.people.register(person_of_age(a, 66 + i, seed=90 + i)) for i in range(3)]
    today = a.casebook.today()
    for i, person in enumerate(people):
        a.casebook.cards.record(delivery(person, today - timedelta(days=10), f"{1000 + i}"))
    a.casebook.cards.record(
        CardEvent(
            id="",
            person_id=people[0].id,
            kind=CardEventKind.ROBO,
            on=today - timedelta(days=2),
            handled_by="Rosa Méndez",
            note="Se la robaron en el mercado",
        )
    )
    a.casebook.cards.record(delivery(people[0], today, "9876", kind=CardEventKind.REPOSICION))
    # The app refuses a full number wherever it is typed.
    for attempt in (
        delivery(people[1], today, FULL_CARD, kind=CardEventKind.REPOSICION),
        delivery(people[2], today, "1002", note=f"tarjeta {FULL_CARD}"),
    ):
        with pytest.raises(ValidationFailed):
            a.casebook.cards.record(attempt)
    # A device that skipped those checks (an old or broken app): the server refuses the change.
    forged = uuid7()
    with a.casebook.unit_of_work() as work:
        work.record_change(
            a.casebook.stamp(),
            "card_event",
            forged,
            "append",
            0,
            {
                "person_id": people[1].id,
                "kind": "delivered",
                "on": today.isoformat(),
                "last_four": "1234",
                "note": f"número completo {FULL_CARD}",
            },
        )
    report = a.sync()
    b.sync()

    assert report.rejected == 1
    with server.db.reading() as conn:
        refusal = conn.execute(
            select(models.changes.c.reason, models.changes.c.fields).where(
                models.changes.c.entity_id == forged
            )
        ).one()
    assert "more than four digits" in refusal.reason
    assert refusal.fields == "{}"  # refused: its values are not kept
    assert server.records_of_office(office)["card_event"] == 5
    assert b.casebook.cards.status(people[0].id).last_four == "9876"

    with server.db.reading() as conn:
        assert card_numbers_in(conn, FULL_CARD) == []
    # Positive control: the same scan finds a number planted in the database (undone after).
    with server.db.engine.connect() as conn:
        planted = conn.begin()
        conn.execute(
            insert(models.feed).values(
                grp=0,
                office=office,
                kind="record",
                body='{"note": "4152313800009999"}',
                created_at=today.isoformat(),
            )
        )
        assert card_numbers_in(conn, FULL_CARD) == [("feed", "body")]
        planted.rollback()
