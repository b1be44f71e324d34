"""The household registration's state and rules, apart from its widgets.

``HouseholdController`` knows the step, the members typed so far, the draft and the saved
household; it decides whether a step may be left, saves and resumes drafts, registers through
the casebook on the task runner and sends refused fields back to where they were typed. It
reads and shows everything through a :class:`HouseholdView` (the page, or a fake in tests),
so it is driven without pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QObject

from bienestar_field.casebook import Casebook, ValidationFailed
from bienestar_field.domain.enrollments import PrivacyConsent
from bienestar_field.domain.households import Address, Household
from bienestar_field.domain.people import Person
from bienestar_field.domain.validation import FieldError
from bienestar_field.ui import i18n
from bienestar_field.ui.calendar_texts import visit_and_bring
from bienestar_field.ui.drafts import Answer, DraftKeeper
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.home import HOUSEHOLD_DRAFT
from bienestar_field.ui.household import texts
from bienestar_field.ui.receipt import DeviceCode, Receipt, ReceiptLine
from bienestar_field.ui.tasks import TaskRunner

NOTICE, ADDRESS, MEMBERS, REVIEW = range(texts.STEPS)
_IDENTIFYING = ("curp", "nombres", "primer_apellido")


class HouseholdView(Protocol):
    """What the controller reads from the page and asks it to show."""

    # --- reading what was typed ---
    def notice_accepted(self) -> bool: ...
    def consent(self) -> PrivacyConsent: ...
    def consent_values(self) -> dict[str, Any]: ...
    def address(self) -> tuple[Address, list[FieldError]]: ...
    def address_values(self) -> dict[str, Any]: ...
    def address_is_empty(self) -> bool: ...
    def place_names(self) -> tuple[str, str, str]:
        """Locality, municipality and state as shown."""
        ...

    def member_values(self) -> dict[str, Any]: ...
    def checked_member(self, today: date) -> dict[str, Any] | None:
        """The member form's values, or ``None`` after showing its errors."""
        ...

    def people(self, members: Sequence[dict[str, Any]], today: date) -> list[Person]: ...

    # --- showing ---
    def show_step(self, step: int, *, suggest_head: bool) -> None: ...
    def focus_step(self, step: int) -> None: ...
    def show_nav(self, *, back: bool, forward: bool, editable: bool) -> None: ...
    def show_review(self, text: str) -> None: ...
    def show_notice_error(self, message: str) -> None: ...
    def check_address(self) -> bool:
        """Show the address errors beside their fields; ``True`` when there are none."""
        ...

    def show_address_errors(self, errors: list[FieldError]) -> None: ...
    def show_members(self, lines: list[str]) -> None: ...
    def show_members_error(self, message: str) -> None: ...
    def show_new_member(self, title: str, *, head_of_household: bool) -> None: ...
    def show_member(self, title: str, values: dict[str, Any]) -> None: ...
    def select_member(self, index: int) -> None: ...
    def show_member_errors(self, errors: list[FieldError]) -> None: ...
    def ask_member_unsaved(self, on_answer: Callable[[Answer], None]) -> None:
        """Ask what to do with the member being typed before the form shows someone else."""
        ...

    def show_registering(self) -> None: ...
    def show_register_error(self, message: str | None) -> None: ...
    def show_registered(self, household: Household, title: str) -> None: ...
    def show_draft_status(self, text: str) -> None: ...
    def clear(self) -> None: ...
    def load_draft_values(
        self, consent: dict[str, Any], address: dict[str, Any], editing: dict[str, Any] | None
    ) -> None: ...


@dataclass(frozen=True)
class ErrorRoute:
    """Where the casebook's refusal goes: a step, maybe one member, and the errors for it."""

    step: int
    errors: list[FieldError]
    member: int | None = None
    message: str = ""


def route_errors(errors: list[FieldError]) -> ErrorRoute:
    """Send the casebook's field errors back to the step and field they concern."""
    address_errors = [
        replace(e, field=e.field.removeprefix("address."))
        for e in errors
        if e.field.startswith("address.")
    ]
    if address_errors:
        return ErrorRoute(ADDRESS, address_errors)
    for error in errors:
        if error.field.startswith("members["):
            index = int(error.field[len("members[") : error.field.index("]")])
            member_errors = [
                replace(e, field=e.field.split("].", 1)[1])
                for e in errors
                if e.field.startswith(f"members[{index}].")
            ]
            return ErrorRoute(MEMBERS, member_errors, member=index)
    message = " ".join(i18n.domain_text(e.text) for e in errors)
    return ErrorRoute(MEMBERS, errors, message=message)


def has_content(member: dict[str, Any]) -> bool:
    """Whether the member form holds someone worth keeping (a CURP or a name)."""
    return any(str(member.get(key, "")).strip() for key in _IDENTIFYING)


class HouseholdController:
    """One household being registered; ``on_saved`` hears of the stored household."""

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        view: HouseholdView,
        *,
        owner: QObject,
        device: DeviceCode | None = None,
        on_saved: Callable[[Household], None] | None = None,
    ) -> None:
        self._casebook = casebook
        self._runner = runner
        self._view = view
        # Background results are dropped once this object is destroyed (the page).
        self._owner = owner
        self._device = device or DeviceCode()
        self._on_saved = on_saved
        self.step = NOTICE
        self.drafts = DraftKeeper(
            casebook,
            runner,
            HOUSEHOLD_DRAFT,
            payload=lambda: self.draft_payload() if self.has_unsaved_work() else None,
            label=self.draft_label,
            parent=owner,
            on_saved=lambda: self._view.show_draft_status(texts.draft_saved()),
            on_failed=self._view.show_draft_status,
        )
        self.members: list[dict[str, Any]] = []
        self.editing_index: int | None = None
        self.household: Household | None = None
        self.enrolled: list[ReceiptLine] = []

    @property
    def draft_id(self) -> str | None:
        return self.drafts.draft_id

    def today(self) -> date:
        return self._casebook.today()

    # --- steps -----------------------------------------------------------------------------

    def set_step(self, step: int) -> None:
        self.step = step
        self._view.show_step(step, suggest_head=step == MEMBERS and not self.members)
        if step == REVIEW:
            address, _errors = self._view.address()
            _locality, municipality, state = self._view.place_names()
            self._view.show_review(texts.review_text(address, municipality, state, self._people()))
        self.update_nav()
        self._view.focus_step(step)

    def update_nav(self) -> None:
        done = self.household is not None
        self._view.show_nav(
            back=self.step > NOTICE and not done,
            forward=self.step < REVIEW and (self.step != NOTICE or self._view.notice_accepted()),
            editable=not done,
        )

    def go_back(self) -> None:
        if self.step > NOTICE:
            self.set_step(self.step - 1)

    def go_next(self) -> None:
        """The next step, unless this one has something to fix (then it says what)."""
        if self.step == NOTICE:
            if not self._view.notice_accepted():
                self._view.show_notice_error(texts.notice_first())
                return
        elif self.step == ADDRESS:
            if not self._view.check_address():
                return
        elif self.step == MEMBERS:
            if has_content(self._view.member_values()) and not self.add_member():
                return
            if not self.members:
                self._view.show_members_error(texts.at_least_one_member())
                return
        if self.step < REVIEW:
            self.set_step(self.step + 1)

    # --- members ---------------------------------------------------------------------------

    def add_member(self) -> bool:
        """Check the form and put the person in the list; ``False`` when it has errors."""
        values = self._view.checked_member(self.today())
        if values is None:
            return False
        if self.editing_index is None:
            self.members.append(values)
        else:
            self.members[self.editing_index] = values
        self._show_members()
        self._view.show_members_error("")
        self._show_new_member()
        self.drafts.changed()
        return True

    def member_unsaved(self) -> bool:
        """Whether the member form holds input the list does not (typed, not yet added)."""
        values = self._view.member_values()
        if self.editing_index is None:
            return has_content(values)
        return values != self.members[self.editing_index]

    def new_member(self) -> None:
        self._unless_unsaved(self._show_new_member)

    def _show_new_member(self) -> None:
        self.editing_index = None
        self._view.show_new_member(texts.new_member_title(), head_of_household=not self.members)

    def remove_member(self) -> None:
        if self.editing_index is None:
            return
        del self.members[self.editing_index]
        self._show_members()
        self._show_new_member()
        self.drafts.changed()

    def member_selected(self, row: int) -> None:
        """Show member ``row`` in the form, asking first if that would drop typed input."""
        if row < 0 or row >= len(self.members) or row == self.editing_index:
            return
        self._unless_unsaved(lambda: self._load_member(row))

    def _load_member(self, row: int) -> None:
        self.editing_index = row
        self._view.select_member(row)
        self._view.show_member(texts.member_title(row), self.members[row])

    def _unless_unsaved(self, then: Callable[[], None]) -> None:
        """``then``, once the member being typed is added, dropped, or there is none."""
        if not self.member_unsaved():
            then()
            return

        def answered(answer: Answer) -> None:
            if answer is Answer.KEEP:
                if self.add_member():
                    then()
            elif answer is Answer.DROP:
                then()
            else:
                self._view.select_member(-1 if self.editing_index is None else self.editing_index)
                self._view.focus_step(MEMBERS)

        self._view.ask_member_unsaved(answered)

    def _show_members(self) -> None:
        self._view.show_members(
            [texts.member_line(index, values) for index, values in enumerate(self.members)]
        )

    def _people(self) -> list[Person]:
        return self._view.people(self.members, self.today())

    # --- registering -----------------------------------------------------------------------

    def build_household(self) -> Household:
        address, _errors = self._view.address()
        return Household(
            id="", address=address, members=self._people(), consent=self._view.consent()
        )

    def register(self) -> None:
        household = self.build_household()
        today = self.today()
        self._view.show_registering()
        self.drafts.hold()  # an autosave after the delete below would bring the draft back
        casebook, draft_id = self._casebook, self.draft_id

        def work() -> Household:
            saved = casebook.households.register(household, today=today)
            if draft_id is not None:
                casebook.drafts.delete(draft_id)
            return saved

        self._runner.run_in_background(
            work, self._registered, self._register_failed, owner=self._owner, writes=True
        )

    def _registered(self, household: Household) -> None:
        self.household = household
        self.drafts.release()
        self.drafts.adopt(None)
        self._view.show_registered(household, texts.registered_title(household.folio or ""))
        self.update_nav()
        if self._on_saved is not None:
            self._on_saved(household)

    def _register_failed(self, exc: Exception) -> None:
        self.drafts.release()
        if not isinstance(exc, ValidationFailed):
            self._view.show_register_error(describe_error(exc))
            return
        self._view.show_register_error(None)
        route = route_errors(exc.errors)
        if route.step == ADDRESS:
            self.set_step(ADDRESS)
            self._view.show_address_errors(route.errors)
        elif route.member is not None:
            self.set_step(MEMBERS)
            self._load_member(route.member)
            self._view.show_member_errors(route.errors)
        else:
            self.set_step(MEMBERS)
            self._view.show_members_error(route.message)

    # --- after registering: enrolment and receipt ------------------------------------------

    def member(self, person_id: str) -> Person | None:
        """A member of the registered household, to enrol."""
        if self.household is None:
            return None
        return next((m for m in self.household.members if m.id == person_id), None)

    def add_enrolled(self, lines: list[ReceiptLine]) -> None:
        self.enrolled.extend(lines)

    def receipt(self) -> Receipt | None:
        household = self.household
        if household is None:
            return None
        # The household comes back on its head's day (the first member registered).
        head = household.members[0].primer_apellido if household.members else ""
        visit, bring = visit_and_bring(self._casebook, head, [])
        return Receipt(
            folio=household.folio or "",
            issued_on=self.today(),
            kind="household",
            visit=visit,
            bring=bring,
            members=len(household.members),
            programs=tuple(self.enrolled),
            device=self._device.label(),
        )

    def reset(self) -> None:
        """Ready for the next household: nothing typed, back at the notice."""
        self.household = None
        self.drafts.adopt(None)
        self.members = []
        self.enrolled = []
        self.editing_index = None
        self._view.clear()
        self._show_members()
        self._view.show_draft_status("")
        self.set_step(NOTICE)

    # --- drafts ----------------------------------------------------------------------------

    def has_unsaved_work(self) -> bool:
        if self.household is not None:
            return False
        return (
            bool(self.members)
            or not self._view.address_is_empty()
            or has_content(self._view.member_values())
        )

    def draft_payload(self) -> dict[str, Any]:
        member = self._view.member_values()
        return {
            "step": self.step,
            "consent": self._view.consent_values(),
            "address": self._view.address_values(),
            "members": self.members,
            "editing": member if has_content(member) else None,
            "editing_index": self.editing_index,
        }

    def draft_label(self) -> str:
        locality, _municipality, _state = self._view.place_names()
        return texts.draft_label(locality, len(self.members))

    def save_draft(self) -> None:
        """Ctrl+S: keep the draft now (it is also kept as it is typed)."""
        if self.household is not None or not self.has_unsaved_work():
            return
        self._view.show_draft_status(texts.draft_saving())
        self.drafts.save_now()

    def save_draft_before_lock(self) -> None:
        """Queue a draft save ahead of the lock (the worker runs them in order)."""
        self.drafts.flush_and_close()

    def load_draft(self, draft_id: str) -> None:
        casebook = self._casebook
        self._runner.run_in_background(
            lambda: casebook.drafts.load(draft_id),
            lambda payload: self.apply_draft(draft_id, payload),
            lambda exc: self._view.show_draft_status(describe_error(exc)),
            owner=self._owner,
        )

    def apply_draft(self, draft_id: str, payload: dict[str, Any]) -> None:
        self.reset()
        self.drafts.adopt(draft_id)
        self.members = list(payload.get("members") or [])
        self._show_members()
        index = payload.get("editing_index")
        if isinstance(index, int) and 0 <= index < len(self.members):
            self._load_member(index)
        editing = payload.get("editing")
        self._view.load_draft_values(
            payload.get("consent") or {},
            payload.get("address") or {},
            editing if isinstance(editing, dict) else None,
        )
        self._view.show_draft_status(texts.draft_recovered())
        step = int(payload.get("step", 0))
        self.set_step(step if self._view.notice_accepted() else NOTICE)
