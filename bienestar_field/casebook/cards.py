"""The Mi Bienestar card of a person: deliveries, reported losses or thefts, replacements.

Append-only events through the unit of work (the event, its outbox change, its audit event);
whether the person holds a working card is folded from them (``domain.cards.card_status``).
Only a card's last four digits are ever accepted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import ValidationFailed
from bienestar_field.domain import cards
from bienestar_field.domain.cards import CardEvent, CardStatus
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.text import text
from bienestar_field.domain.validation import FieldError

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession

ENTITY = "card_event"


class CardsManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def record(self, event: CardEvent, *, today: date | None = None) -> CardEvent:
        """Append a card event, checked against the person's earlier ones."""
        session = self._session
        session.refuse_if_locked()
        today = today or session.today()
        event = replace(
            event,
            id=event.id or uuid7(),
            last_four=event.last_four.strip(),
            place=event.place.strip(),
            handled_by=event.handled_by.strip(),
            note=event.note.strip(),
        )
        with session.unit_of_work() as work:
            person = work.people.get(event.person_id)
            if person is None:
                raise ValidationFailed(
                    [FieldError("person", text("La persona no existe en este expediente."))]
                )
            before = work.cards.of_person(event.person_id)
            errors = cards.event_errors(event, before, today=today, born=person.birth_date)
            if errors:
                raise ValidationFailed(errors)
            stamp = session.stamp()
            event = replace(event, recorded_by=stamp.user_id, recorded_at=stamp.at)
            work.cards.add(event, stamp)
            work.record_change(stamp, ENTITY, event.id, "append", 0, cards.all_fields(event))
        return event

    def of_person(self, person_id: str) -> list[CardEvent]:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.cards.of_person(person_id)

    def status(self, person_id: str) -> CardStatus:
        return cards.card_status(self.of_person(person_id))
