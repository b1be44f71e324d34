"""The person's page quotes the next deposit of each approved enrolment, and the receipt says
when to come and what to bring: all from the catalog, so a new catalog changes the answers."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.enrollments import Enrollment, EnrollmentStatus, PrivacyConsent
from bienestar_field.ui import i18n
from bienestar_field.ui.calendar_texts import visit_and_bring
from bienestar_field.ui.search import PersonDialog
from bienestar_field.ui.tasks import TaskRunner
from tests.conftest import FakeClock
from tests.helpers import catalogs
from tests.ui.conftest import Settle


def _deposit_cell(dialog: PersonDialog) -> tuple[str, str]:
    """The cell's text and its tooltip."""
    model = dialog.enrollment_model
    index = model.index(0, [c.name for c in model.columns].index("deposit"))
    return str(model.data(index)), str(model.data(index, Qt.ItemDataRole.ToolTipRole))


def _publish_locally(store: CasebookStore, document: dict[str, Any]) -> None:
    """As a pull stores a delivered catalog."""
    key = "catalog/" + document["catalog_version"]
    with closing(sqlite3.connect(store.database.path)) as raw:
        raw.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)", (key, json.dumps(document))
        )
        raw.commit()


def test_next_deposit_and_visit_come_from_the_catalog_and_change_with_it(
    qtbot: QtBot,
    casebook: Casebook,
    set_up_store: CasebookStore,
    clock: FakeClock,
    runner: TaskRunner,
    settle: Settle,
    people: Any,
) -> None:
    # Monday 16 March 2026 (the test clock), an elderly person whose surname starts with C.
    elder = casebook.people.register(
        replace(
            people.person(None, identity=people.identity(min_age=70, max_age=80)),
            primer_apellido="Cruz",
        )
    )
    pension = casebook.catalog["PAM"]
    shown = {d.code: True for d in pension.documents}
    casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=elder.id,
            program_code="PAM",
            status=EnrollmentStatus.APROBADA,
            documents=shown,
            consent=PrivacyConsent("2026.1", clock().isoformat(), accepted=True),
        )
    )
    dialog = PersonDialog(casebook, runner, elder.id)
    qtbot.addWidget(dialog)
    settle()
    assert _deposit_cell(dialog) == (
        "05/03/2026 al 28/03/2026 · $6,400.00",
        "marzo–abril de 2026: del 05/03/2026 al 28/03/2026 · $6,400.00 cada dos meses",
    )
    receipt = dialog.receipt()
    assert receipt is not None
    assert receipt.visit == (
        "Su día de atención en el Módulo de Bienestar es el lunes (primer apellido de la A a "
        "la C). El próximo: 16 de marzo de 2026."
    )
    assert (
        receipt.bring
        == "Traiga este comprobante y: "
        + "; ".join(d.name for d in pension.required_documents)
        + "."
    )

    # A catalog in force from 1 March moves the window, raises the amount, changes the days.
    changed = catalogs.catalog("2026.2", "2026-03-01")
    catalogs.program(changed, "PAM")["amount"] = 6650.5
    changed["payment_calendar"] = [
        {
            "period": "2026-B2",
            "programs": ["PAM"],
            "deposit_from": "2026-03-23",
            "deposit_to": "2026-04-03",
        }
    ]
    changed["module_schedule"] = [
        {"weekday": "miércoles", "initials": "A-M"},
        {"weekday": "jueves", "initials": "N-Z"},
    ]
    _publish_locally(set_up_store, changed)
    casebook.refresh_after_pull()
    dialog.reload()
    settle()
    assert _deposit_cell(dialog) == (
        "23/03/2026 al 03/04/2026 · $6,650.50",
        "marzo–abril de 2026: del 23/03/2026 al 03/04/2026 · $6,650.50 cada dos meses",
    )
    receipt = dialog.receipt()
    assert receipt is not None
    assert "es el miércoles (primer apellido de la A a la M)" in receipt.visit
    assert "El próximo: 18 de marzo de 2026." in receipt.visit
    # Documents come from the catalog too: a program that asks for one more names it.
    catalogs.program(changed, "PAM")["documents"].append(
        {"code": "constancia", "name": "Constancia de residencia", "required": True}
    )
    changed["catalog_version"] = "2026.3"
    _publish_locally(set_up_store, changed)
    casebook.refresh_after_pull()
    receipt = dialog.receipt()
    assert receipt is not None
    assert receipt.bring.endswith("; Constancia de residencia.")


def test_the_receipt_in_english_names_the_documents_in_the_catalogs_english(
    casebook: Casebook,
    people: Any,
    translators: i18n.Translators,
) -> None:
    elder = casebook.people.register(
        replace(
            people.person(None, identity=people.identity(min_age=70, max_age=80)),
            primer_apellido="Ñuñez",
        )
    )
    pension = casebook.catalog["PAM"]
    enrollment = Enrollment(
        id="", person_id=elder.id, program_code="PAM", status=EnrollmentStatus.APROBADA
    )
    translators.install("en")
    visit, bring = visit_and_bring(casebook, elder.primer_apellido, [enrollment])
    english = [document.name_en for document in pension.required_documents]
    assert all(english), "the shipped catalog gives every document its English"
    assert bring == "Bring this receipt and: " + "; ".join(english) + "."
    assert visit.startswith("Your day at the Módulo de Bienestar is Thursday (first surname")
    translators.install("es_MX")
    _, bring = visit_and_bring(casebook, elder.primer_apellido, [enrollment])
    assert bring == (
        "Traiga este comprobante y: " + "; ".join(d.name for d in pension.required_documents) + "."
    )
