"""Problems the person can act on, each with a ``code`` the UI words in its own language."""

from __future__ import annotations

from collections.abc import Sequence

from bienestar_field.domain.validation import FieldError


class CasebookError(Exception):
    """A problem the person can act on. ``code`` lets the UI say it in its own language."""

    code = "casebook"


class ValidationFailed(CasebookError):
    code = "invalid"

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = list(errors)
        fields = ", ".join(sorted({e.field for e in self.errors}))
        super().__init__(f"the record has invalid fields: {fields}")


class DuplicateCurp(CasebookError):
    code = "duplicate_curp"

    def __init__(self, existing_folio: str) -> None:
        self.existing_folio = existing_folio
        super().__init__(f"this CURP is already registered (folio {existing_folio})")


class DuplicateEnrollment(CasebookError):
    code = "duplicate_enrollment"


class NotFound(CasebookError):
    code = "not_found"


class StaleRecord(CasebookError):
    code = "stale"


class NotSetUp(CasebookError):
    code = "not_set_up"


class NotAllowed(CasebookError):
    """The signed-in user's role may not do this (a discard is a supervisor's decision).

    ``action`` names what was refused, for the UI to say in its own language: "discard",
    "add_supervisor", "collect"."""

    code = "not_allowed"

    def __init__(self, message: str, *, action: str = "discard") -> None:
        super().__init__(message)
        self.action = action
