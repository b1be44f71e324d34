"""The household registration's rules, driven through a fake view: no widgets, a real casebook."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QObject

from bienestar_field.casebook import Casebook
from bienestar_field.domain.enrollments import PrivacyConsent
from bienestar_field.domain.households import Address, Household
from bienestar_field.domain.people import Person
from bienestar_field.domain.text import verbatim
from bienestar_field.domain.validation import FieldError
from bienestar_field.ui.drafts import Answer
from bienestar_field.ui.household.controller import (
    ADDRESS,
    MEMBERS,
    NOTICE,
    REVIEW,
    HouseholdController,
    route_errors,
)
from bienestar_field.ui.tasks import TaskRunner

Settle = Callable[[], None]


class FakeView:
    """What a person typed, as plain values; what the controller showed, as a log."""

    def __init__(self, household: Household) -> None:
        self.accepted = False
        self.address_ok = True
        self.household = household
        self.typed_member: dict[str, Any] = {}
        self.member_ok = True
        self.address_raw: dict[str, Any] = {}
        self.consent_raw: dict[str, Any] = {"shown_at": "2026-05-04T09:00:00+00:00"}
        self.shown: dict[str, Any] = {}
        self.errors: list[str] = []
        self.asked: Callable[[Answer], None] | None = None

    def notice_accepted(self) -> bool:
        return self.accepted

    def consent(self) -> PrivacyConsent:
        assert self.household.consent is not None
        return self.household.consent

    def consent_values(self) -> dict[str, Any]:
        return {**self.consent_raw, "accepted": self.accepted}

    def address(self) -> tuple[Address, list[FieldError]]:
        return self.household.address, []

    def address_values(self) -> dict[str, Any]:
        return self.address_raw

    def address_is_empty(self) -> bool:
        return not self.address_raw

    def place_names(self) -> tuple[str, str, str]:
        return str(self.address_raw.get("locality", "")), "Oaxaca de Juárez", "Oaxaca"

    def member_values(self) -> dict[str, Any]:
        return self.typed_member

    def checked_member(self, today: date) -> dict[str, Any] | None:
        return dict(self.typed_member) if self.member_ok else None

    def people(self, members: Sequence[dict[str, Any]], today: date) -> list[Person]:
        by_curp = {person.curp: person for person in self.household.members}
        return [by_curp[str(values["curp"])] for values in members]

    def show_step(self, step: int, *, suggest_head: bool) -> None:
        self.shown["step"] = step
        self.shown["suggest_head"] = suggest_head

    def focus_step(self, step: int) -> None:
        self.shown["focus"] = step

    def show_nav(self, *, back: bool, forward: bool, editable: bool) -> None:
        self.shown["nav"] = (back, forward, editable)

    def show_review(self, text: str) -> None:
        self.shown["review"] = text

    def show_notice_error(self, message: str) -> None:
        self.errors.append(message)

    def check_address(self) -> bool:
        return self.address_ok

    def show_address_errors(self, errors: list[FieldError]) -> None:
        self.shown["address_errors"] = errors

    def show_members(self, lines: list[str]) -> None:
        self.shown["members"] = lines

    def show_members_error(self, message: str) -> None:
        if message:
            self.errors.append(message)

    def show_new_member(self, title: str, *, head_of_household: bool) -> None:
        self.typed_member = {}
        self.shown["member_title"] = title

    def show_member(self, title: str, values: dict[str, Any]) -> None:
        self.typed_member = dict(values)
        self.shown["member_title"] = title

    def select_member(self, index: int) -> None:
        self.shown["selected"] = index

    def show_member_errors(self, errors: list[FieldError]) -> None:
        self.shown["member_errors"] = errors

    def ask_member_unsaved(self, on_answer: Callable[[Answer], None]) -> None:
        self.asked = on_answer

    def show_registering(self) -> None:
        self.shown["registering"] = True

    def show_register_error(self, message: str | None) -> None:
        self.shown["registering"] = False
        if message:
            self.errors.append(message)

    def show_registered(self, household: Household, title: str) -> None:
        self.shown["registered"] = title

    def show_draft_status(self, text: str) -> None:
        self.shown["draft_status"] = text

    def clear(self) -> None:
        self.accepted = False
        self.address_raw = {}
        self.typed_member = {}

    def load_draft_values(
        self, consent: dict[str, Any], address: dict[str, Any], editing: dict[str, Any] | None
    ) -> None:
        self.consent_raw = dict(consent)
        self.accepted = bool(consent.get("accepted"))
        self.address_raw = dict(address)
        self.typed_member = dict(editing or {})


def _typed(person: Person) -> dict[str, Any]:
    relationship = person.relationship.value if person.relationship else ""
    return {
        "curp": person.curp,
        "nombres": person.nombres,
        "primer_apellido": person.primer_apellido,
        "segundo_apellido": person.segundo_apellido or "",
        "relationship": relationship,
    }


@pytest.fixture
def owner() -> Iterator[QObject]:
    holder = QObject()
    yield holder
    holder.deleteLater()


def _controller(
    casebook: Casebook, runner: TaskRunner, view: FakeView, owner: QObject, **kwargs: Any
) -> HouseholdController:
    controller = HouseholdController(casebook, runner, view, owner=owner, **kwargs)
    controller.set_step(NOTICE)
    return controller


def _to_members_step(controller: HouseholdController, view: FakeView) -> None:
    view.accepted = True
    view.address_raw = {"state": "20", "locality": "Ranchito del Cerro"}
    controller.go_next()
    controller.go_next()
    assert controller.step == MEMBERS


def test_each_step_is_left_only_when_it_is_complete(
    qtbot: Any, casebook: Casebook, runner: TaskRunner, people: Any, owner: QObject
) -> None:
    household = people.household(2)
    view = FakeView(household)
    controller = _controller(casebook, runner, view, owner)
    assert view.shown["nav"] == (False, False, True), "no capture before the notice"
    controller.go_next()
    assert controller.step == NOTICE
    assert view.errors == ["Antes de capturar datos, la persona debe conocer y aceptar el aviso."]
    view.accepted = True
    controller.update_nav()
    assert view.shown["nav"] == (False, True, True)
    controller.go_next()
    assert controller.step == ADDRESS
    view.address_ok = False
    controller.go_next()
    assert controller.step == ADDRESS, "address errors keep the person on the address"
    view.address_ok = True
    controller.go_next()
    assert controller.step == MEMBERS
    assert view.shown["suggest_head"], "the first member is suggested as the head"
    controller.go_next()
    assert controller.step == MEMBERS
    assert view.errors[-1] == "Registre al menos a una persona del hogar."
    view.typed_member = _typed(household.members[0])
    view.member_ok = False
    controller.go_next()
    assert controller.step == MEMBERS
    assert controller.members == [], "a form with errors stays"
    view.member_ok = True
    controller.go_next()  # adds the member typed on the way
    assert controller.step == REVIEW
    assert len(controller.members) == 1
    assert household.members[0].primer_apellido in view.shown["review"]
    assert view.shown["review"].startswith("Domicilio:")
    assert view.shown["focus"] == REVIEW
    controller.go_back()
    assert controller.step == MEMBERS


def test_members_are_added_edited_and_removed(
    qtbot: Any, casebook: Casebook, runner: TaskRunner, people: Any, owner: QObject
) -> None:
    household = people.household(2)
    head, spouse = household.members
    view = FakeView(household)
    controller = _controller(casebook, runner, view, owner)
    _to_members_step(controller, view)
    for person in (head, spouse):
        view.typed_member = _typed(person)
        assert controller.add_member()
    assert view.shown["members"][0].startswith(f"1. {head.nombres} {head.primer_apellido}")
    assert view.shown["members"][1].startswith("2. ")
    assert view.shown["member_title"] == "Integrante nuevo"
    controller.member_selected(1)
    assert view.shown["member_title"] == "Integrante 2"
    view.typed_member["nombres"] = "Otra"
    controller.add_member()
    assert controller.members[1]["nombres"] == "Otra", "the selected member is replaced"
    assert len(controller.members) == 2
    controller.member_selected(0)
    controller.remove_member()
    assert [m["curp"] for m in controller.members] == [spouse.curp]
    assert controller.editing_index is None


def test_a_draft_is_saved_and_restored_at_the_same_step(
    qtbot: Any,
    casebook: Casebook,
    runner: TaskRunner,
    people: Any,
    owner: QObject,
    settle: Settle,
) -> None:
    household = people.household(2)
    view = FakeView(household)
    controller = _controller(casebook, runner, view, owner)
    assert not controller.has_unsaved_work()
    _to_members_step(controller, view)
    view.typed_member = _typed(household.members[0])
    controller.add_member()
    view.typed_member = {"curp": household.members[1].curp}  # half typed
    assert controller.has_unsaved_work()
    controller.save_draft()
    assert view.shown["draft_status"] == "Guardando borrador…"
    settle()
    assert view.shown["draft_status"] == "Borrador guardado."
    assert controller.draft_id is not None
    [draft] = casebook.drafts.saved()
    assert draft.label == "Hogar en Ranchito del Cerro, 1 integrante"

    other_view = FakeView(household)
    resumed = _controller(casebook, runner, other_view, owner)
    resumed.load_draft(draft.id)
    settle()
    assert resumed.draft_id == draft.id
    assert resumed.step == MEMBERS
    assert resumed.members == controller.members
    assert other_view.address_raw == view.address_raw
    assert other_view.typed_member == {"curp": household.members[1].curp}
    assert other_view.consent_raw["shown_at"] == view.consent_raw["shown_at"]
    assert other_view.shown["draft_status"] == "Borrador recuperado."
    assert other_view.shown["members"][0].startswith("1. ")


def test_a_draft_without_the_notice_accepted_resumes_at_the_notice(
    qtbot: Any,
    casebook: Casebook,
    runner: TaskRunner,
    people: Any,
    owner: QObject,
    settle: Settle,
) -> None:
    view = FakeView(people.household(1))
    controller = _controller(casebook, runner, view, owner)
    controller.apply_draft("draft-1", {"step": 2, "consent": {"accepted": False}, "members": []})
    assert controller.step == NOTICE


def test_registering_stores_the_household_deletes_its_draft_and_gives_a_receipt(
    qtbot: Any,
    casebook: Casebook,
    runner: TaskRunner,
    people: Any,
    owner: QObject,
    settle: Settle,
) -> None:
    household = people.household(2)
    view = FakeView(household)
    saved: list[Household] = []
    controller = _controller(casebook, runner, view, owner, on_saved=saved.append)
    _to_members_step(controller, view)
    for person in household.members:
        view.typed_member = _typed(person)
        controller.add_member()
    controller.save_draft()
    settle()
    assert len(casebook.drafts.saved()) == 1
    controller.go_next()
    controller.register()
    assert view.shown["registering"]
    settle()
    assert controller.household is not None
    assert saved == [controller.household]
    assert controller.household.folio
    assert view.shown["registered"] == f"Hogar registrado con el folio {controller.household.folio}"
    assert view.shown["nav"] == (False, False, False), "a registered household is done"
    assert casebook.drafts.saved() == []
    assert not controller.has_unsaved_work()
    receipt = controller.receipt()
    assert receipt is not None
    assert receipt.members == 2
    assert receipt.folio == controller.household.folio
    controller.reset()
    assert controller.household is None
    assert controller.step == NOTICE
    assert controller.receipt() is None


def _error(field: str) -> FieldError:
    return FieldError(field, verbatim(f"mal: {field}"))


def test_refused_fields_go_back_to_the_step_and_member_they_concern() -> None:
    address = route_errors([_error("members[0].curp"), _error("address.postal_code")])
    assert address.step == ADDRESS
    assert [e.field for e in address.errors] == ["postal_code"]
    member = route_errors(
        [_error("members[1].curp"), _error("members[1].nombres"), _error("members[0].curp")]
    )
    assert member.step == MEMBERS
    assert member.member == 1
    assert [e.field for e in member.errors] == ["curp", "nombres"]
    other = route_errors([_error("members"), _error("consent")])
    assert other.step == MEMBERS
    assert other.member is None
    assert other.message == "mal: members mal: consent"
