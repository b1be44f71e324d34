"""ARCO requests and card events through the casebook: each write one record + outbox change +
audit event; a rectification made through the edit and linked to the request; a cancellation
closes the person (contact blanked, identity kept) and the enrolments; refusals write nothing;
only four card digits are ever accepted."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from bienestar_field.casebook import Casebook, CasebookStore, ValidationFailed
from bienestar_field.domain.arco import (
    ArcoChannel,
    ArcoRequest,
    ArcoRight,
    ArcoStatus,
    RefusalGround,
)
from bienestar_field.domain.cards import (
    CardEvent,
    CardEventKind,
    CardState,
    IdentityDocument,
    ReceiptMark,
)
from bienestar_field.domain.enrollments import ClosureReason, EnrollmentStatus
from bienestar_field.domain.people import Person
from bienestar_field.storage.schema import CardEventRow, OutboxChange
from tests.storage.test_casebook import enrollment_for, moved, row_counts
from tests.storage.test_life_events import audit_actions, elder_household, outbox_of

if TYPE_CHECKING:
    from tests.conftest import People


def request_of(person: Person, right: ArcoRight, casebook: Casebook, **changes: Any) -> ArcoRequest:
    request = ArcoRequest(
        id="",
        person_id=person.id,
        right=right,
        received_on=casebook.today(),
        channel=ArcoChannel.EN_PERSONA,
        request_text="Pide lo que la ley le permite",
        handled_by="Rosa Méndez",
    )
    return replace(request, **changes)


def delivery(person: Person, casebook: Casebook, **changes: Any) -> CardEvent:
    event = CardEvent(
        id="",
        person_id=person.id,
        kind=CardEventKind.ENTREGA,
        on=casebook.today(),
        last_four="1234",
        place="Módulo de Bienestar",
        identity_document=IdentityDocument.INE,
        identity_checked=True,
        receipt_mark=ReceiptMark.FIRMA,
        handled_by="Rosa Méndez",
    )
    return replace(event, **changes)


def test_a_request_is_one_record_one_change_and_one_audit_event(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    _household, elder = elder_household(casebook, people)
    before = row_counts(set_up_store)

    request = casebook.arco.record(request_of(elder, ArcoRight.ACCESO, casebook))

    assert moved(before, row_counts(set_up_store)) == {"outbox": 1, "audit": 1}
    assert outbox_of(set_up_store, request.id) == [("create", "pending")]
    assert audit_actions(set_up_store, request.id) == ["arco_request.create"]
    stored = casebook.arco.get(request.id)
    assert (stored.status, stored.right, stored.request_text) == (
        ArcoStatus.PENDIENTE,
        ArcoRight.ACCESO,
        "Pide lo que la ley le permite",
    )

    answered = casebook.arco.answer(request.id, ArcoStatus.ATENDIDA, casebook.today())
    assert answered.version == 2
    assert outbox_of(set_up_store, request.id) == [("create", "pending"), ("update", "pending")]
    with pytest.raises(ValidationFailed):  # answered once: never twice
        casebook.arco.answer(request.id, ArcoStatus.IMPROCEDENTE, casebook.today())


def test_a_refusal_needs_its_legal_ground_and_an_opposition_its_scope(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    _household, elder = elder_household(casebook, people)
    with pytest.raises(ValidationFailed) as scope:
        casebook.arco.record(request_of(elder, ArcoRight.OPOSICION, casebook))
    assert [e.field for e in scope.value.errors] == ["opposition_scope"]
    request = casebook.arco.record(
        request_of(elder, ArcoRight.OPOSICION, casebook, opposition_scope="Uso en encuestas")
    )
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as ground:
        casebook.arco.answer(request.id, ArcoStatus.IMPROCEDENTE, casebook.today())
    assert [e.field for e in ground.value.errors] == ["refusal_ground"]
    assert row_counts(set_up_store) == before  # a refusal writes nothing
    refused = casebook.arco.answer(
        request.id,
        ArcoStatus.IMPROCEDENTE,
        casebook.today(),
        RefusalGround.OBLIGACION_LEGAL,
    )
    assert refused.refusal_ground is RefusalGround.OBLIGACION_LEGAL


def test_a_rectification_goes_through_the_edit_and_names_what_it_changed(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    _household, elder = elder_household(casebook, people)
    request = casebook.arco.record(request_of(elder, ArcoRight.RECTIFICACION, casebook))
    corrected = replace(casebook.people.get(elder.id), phone="+525587654321", nombres="Josefa")

    answered, person = casebook.arco.rectify(request.id, corrected, casebook.today())

    assert answered.status is ArcoStatus.ATENDIDA
    assert answered.rectified_fields == ("nombres", "phone")
    assert answered.rectified_version == person.version == elder.version + 1
    assert casebook.people.get(elder.id).nombres == "Josefa"
    assert outbox_of(set_up_store, elder.id)[-1] == ("update", "pending")


def test_a_cancellation_closes_the_person_and_the_enrolments_and_keeps_the_identity(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    _household, elder = elder_household(casebook, people)
    elder = casebook.people.update(
        replace(casebook.people.get(elder.id), phone="+525512345678", notes="Vive sola")
    )
    pension = casebook.enrolments.enroll(enrollment_for(casebook, elder, "PAM"))
    casebook.cards.record(delivery(elder, casebook, on=casebook.today() - timedelta(days=1)))
    request = casebook.arco.record(request_of(elder, ArcoRight.CANCELACION, casebook))
    before = row_counts(set_up_store)

    answered, closed = casebook.arco.cancel(request.id, casebook.today(), "Lo pidió por escrito")

    # The person, the enrolment and the request: a change and an audit event each.
    assert moved(before, row_counts(set_up_store)) == {"outbox": 3, "audit": 3}
    stored = casebook.people.get(elder.id)
    assert stored.cancelled_on == casebook.today()
    assert (stored.phone, stored.notes) == (None, "")
    assert (stored.curp, stored.nombres, stored.birth_date) == (
        elder.curp,
        elder.nombres,
        elder.birth_date,
    )
    enrolment = casebook.enrolments.of_person(elder.id)[0]
    assert enrolment.id == pension.id
    assert enrolment.status is EnrollmentStatus.BAJA
    assert enrolment.closure_reason is ClosureReason.CANCELACION_ARCO
    assert len(casebook.cards.of_person(elder.id)) == 1  # the payment history stays
    assert answered.status is ArcoStatus.ATENDIDA
    assert closed.version == elder.version + 1
    # A plain edit afterwards cannot reopen the record.
    casebook.people.update(replace(stored, notes="Otra nota"))
    assert casebook.people.get(elder.id).cancelled_on == casebook.today()
    second = casebook.arco.record(request_of(elder, ArcoRight.CANCELACION, casebook))
    with pytest.raises(ValidationFailed):
        casebook.arco.cancel(second.id, casebook.today())


def test_card_events_follow_delivery_report_and_replacement(
    casebook: Casebook, people: People, set_up_store: CasebookStore
) -> None:
    _household, elder = elder_household(casebook, people)
    today = casebook.today()
    assert casebook.cards.status(elder.id).state is CardState.NINGUNA
    with pytest.raises(ValidationFailed):  # nothing to report yet
        casebook.cards.record(
            CardEvent(
                id="", person_id=elder.id, kind=CardEventKind.EXTRAVIO, on=today, handled_by="Rosa"
            )
        )
    before = row_counts(set_up_store)
    event = casebook.cards.record(delivery(elder, casebook, on=today - timedelta(days=5)))
    assert moved(before, row_counts(set_up_store)) == {"outbox": 1, "audit": 1}
    assert outbox_of(set_up_store, event.id) == [("append", "pending")]
    status = casebook.cards.status(elder.id)
    assert (status.state, status.last_four) == (CardState.ACTIVA, "1234")

    casebook.cards.record(
        CardEvent(
            id="",
            person_id=elder.id,
            kind=CardEventKind.EXTRAVIO,
            on=today - timedelta(days=1),
            handled_by="Rosa",
        )
    )
    status = casebook.cards.status(elder.id)
    assert (status.state, status.reported) == (CardState.REPORTADA, CardEventKind.EXTRAVIO)
    casebook.cards.record(
        delivery(elder, casebook, kind=CardEventKind.REPOSICION, last_four="5678")
    )
    status = casebook.cards.status(elder.id)
    assert (status.state, status.last_four, status.replaced) == (CardState.ACTIVA, "5678", True)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"last_four": "12345"}, "last_four"),
        ({"last_four": "4152313800001234"}, "last_four"),
        ({"last_four": "12a4"}, "last_four"),
        ({"last_four": "123"}, "last_four"),
        ({"note": "tarjeta 4152 3138 0000 1234"}, "note"),  # spaced is a number all the same
        ({"note": "Entregada el 01/12/2026 a las 10:30"}, None),  # a date and a time are fine
        ({"note": "número 4152313800001234"}, "note"),
        ({"place": "Oficina 123456"}, "place"),
        ({"identity_checked": False}, "identity"),
        ({"receipt_mark": None}, "receipt_mark"),
    ],
)
def test_only_four_card_digits_are_ever_accepted(
    casebook: Casebook,
    people: People,
    set_up_store: CasebookStore,
    changes: dict[str, Any],
    field: str | None,
) -> None:
    _household, elder = elder_household(casebook, people)
    event = delivery(elder, casebook, **changes)
    if field is None:
        casebook.cards.record(event)
        return
    before = row_counts(set_up_store)
    with pytest.raises(ValidationFailed) as refused:
        casebook.cards.record(event)
    assert field in [e.field for e in refused.value.errors]
    assert row_counts(set_up_store) == before
    with set_up_store.database.reading() as session:
        assert session.scalar(select(CardEventRow.id)) is None
        query = select(OutboxChange.seq).where(OutboxChange.entity == "card_event")
        assert session.scalar(query) is None
