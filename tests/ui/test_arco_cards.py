"""The ARCO and card dialogs from the person window, by keyboard: a request recorded and
answered (an access request printed as a PDF, a refusal that needs its legal ground, a
cancellation that closes the record), and a card whose digits field takes four digits only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook
from bienestar_field.domain.arco import ArcoRight, ArcoStatus, RefusalGround
from bienestar_field.domain.cards import CardEventKind, CardState, IdentityDocument, ReceiptMark
from bienestar_field.domain.enrollments import ClosureReason, EnrollmentStatus
from bienestar_field.ui import i18n
from bienestar_field.ui.arco_cards import (
    ArcoDialog,
    CardDialog,
    RectifyDialog,
    record_html,
    suggested_pdf_name,
)
from bienestar_field.ui.main import Shell
from tests.ui.test_life_events import an_elder_enrolled, day, open_by_key, person_window
from tests.ui.ui_helpers import choose, type_into

Settle = Callable[[], None]
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot: QtBot, dialog: QWidget, letter: str) -> None:
    """Alt+letter in ``dialog``, once it is the active window (a mnemonic is a shortcut of
    the active window only)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    qtbot.keyClick(dialog, letter, ALT)


def record_request(
    qtbot: QtBot, dialog: ArcoDialog, right: ArcoRight, asked: str, settle: Settle
) -> None:
    choose(dialog.right, right.value)
    dialog.request_text.setFocus()
    qtbot.keyClicks(dialog.request_text, asked)
    press(qtbot, dialog, "r")  # &Registrar solicitud
    qtbot.waitUntil(lambda: "registrada" in dialog.status.text(), timeout=5_000)
    settle()


def test_an_access_request_is_recorded_printed_as_a_pdf_and_attended(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
    tmp_path: Path,
) -> None:
    elder, _pension = an_elder_enrolled(casebook, people)
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    dialog = open_by_key(qtbot, window, "a", ArcoDialog)

    # Nothing chosen: refused beside the field, nothing written.
    press(qtbot, dialog, "r")
    qtbot.waitUntil(lambda: "Elija el derecho" in dialog.fields["right"].error.text())
    assert casebook.arco.of_person(elder.id) == []

    record_request(qtbot, dialog, ArcoRight.ACCESO, "Quiere copia de sus datos", settle)
    (request,) = casebook.arco.of_person(elder.id)
    assert (request.right, request.status) == (ArcoRight.ACCESO, ArcoStatus.PENDIENTE)
    assert request.handled_by == casebook.user.name
    settle()
    selected = dialog.selected()
    assert selected is not None
    assert selected.id == request.id
    assert dialog.pdf_button.isEnabled()

    target = tmp_path / "entrega" / "expediente.pdf"
    dialog.save_pdf(target)
    qtbot.waitUntil(lambda: "Expediente guardado" in dialog.status.text(), timeout=15_000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1000
    assert [p.name for p in target.parent.iterdir()] == ["expediente.pdf"]  # no temp left
    # The name offered carries the folio, never the CURP.
    assert suggested_pdf_name(elder) == f"expediente-{elder.folio}.pdf"
    # The record names the pension by its name, as the person reads it, not by its code.
    names = {program.code: i18n.catalog_text(program.label) for program in casebook.catalog}
    shown = record_html(casebook.arco.full_record(elder.id), names)
    assert i18n.catalog_text(casebook.catalog["PAM"].label) in shown

    press(qtbot, dialog, "a")  # &Atender
    qtbot.waitUntil(lambda: "Respuesta guardada" in dialog.status.text(), timeout=5_000)
    assert casebook.arco.get(request.id).status is ArcoStatus.ATENDIDA
    settle()
    assert dialog.model.data(dialog.model.index(0, 3)) == "Atendida"


def test_a_refusal_asks_for_its_legal_ground(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    elder, _pension = an_elder_enrolled(casebook, people)
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    dialog = open_by_key(qtbot, window, "a", ArcoDialog)
    choose(dialog.right, ArcoRight.OPOSICION.value)
    type_into(qtbot, dialog.opposition_scope, "Uso de sus datos en encuestas")
    dialog.request_text.setFocus()
    qtbot.keyClicks(dialog.request_text, "No quiere que lo llamen")
    press(qtbot, dialog, "r")
    qtbot.waitUntil(lambda: "registrada" in dialog.status.text(), timeout=5_000)
    settle()
    (request,) = casebook.arco.of_person(elder.id)

    press(qtbot, dialog, "i")  # &Improcedente, without a ground
    qtbot.waitUntil(lambda: "causa legal" in dialog.fields["refusal_ground"].error.text())
    assert casebook.arco.get(request.id).status is ArcoStatus.PENDIENTE

    choose(dialog.ground, RefusalGround.OBLIGACION_LEGAL.value)
    press(qtbot, dialog, "i")
    qtbot.waitUntil(lambda: "Respuesta guardada" in dialog.status.text(), timeout=5_000)
    settle()
    refused = casebook.arco.get(request.id)
    assert (refused.status, refused.refusal_ground) == (
        ArcoStatus.IMPROCEDENTE,
        RefusalGround.OBLIGACION_LEGAL,
    )
    assert not dialog.attend_button.isEnabled()  # answered: no second answer


def test_a_cancellation_closes_the_record_from_the_dialog(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    elder, pension_id = an_elder_enrolled(casebook, people)
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    dialog = open_by_key(qtbot, window, "a", ArcoDialog)
    record_request(qtbot, dialog, ArcoRight.CANCELACION, "Pide cancelar su registro", settle)
    assert "Se borran su teléfono" in dialog.selected_text.text()

    press(qtbot, dialog, "a")
    qtbot.waitUntil(lambda: "Respuesta guardada" in dialog.status.text(), timeout=5_000)
    settle()

    person = casebook.people.get(elder.id)
    today = casebook.today()
    assert person.cancelled_on == today
    (closed,) = casebook.enrolments.of_person(elder.id)
    assert (closed.id, closed.status, closed.closure_reason) == (
        pension_id,
        EnrollmentStatus.BAJA,
        ClosureReason.CANCELACION_ARCO,
    )
    qtbot.waitUntil(lambda: "Registro cancelado" in window.facts.text(), timeout=5_000)
    assert day(today) in window.facts.text()
    assert not window.enrol_button.isEnabled()


def test_the_card_takes_four_digits_only_and_the_person_window_shows_it(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    elder, _pension = an_elder_enrolled(casebook, people)
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    assert "sin entregar" in window.facts.text()
    dialog = open_by_key(qtbot, window, "t", CardDialog)
    assert dialog.kind.currentData() == CardEventKind.ENTREGA.value

    type_into(qtbot, dialog.last_four, "41a52313800001234")
    assert dialog.last_four.text() == "4152"  # letters refused, nothing past four digits
    type_into(qtbot, dialog.place, "Módulo de Bienestar, Tlapa")
    choose(dialog.document, IdentityDocument.INE.value)
    choose(dialog.mark, ReceiptMark.HUELLA.value)
    press(qtbot, dialog, "r")  # &Registrar, identity not checked yet
    qtbot.waitUntil(lambda: "Verifique la identificación" in dialog.fields["identity"].error.text())
    assert casebook.cards.of_person(elder.id) == []

    dialog.identity_checked.setChecked(True)
    press(qtbot, dialog, "r")
    qtbot.waitUntil(lambda: "registrado" in dialog.saved_text.text(), timeout=5_000)
    settle()
    status = casebook.cards.status(elder.id)
    assert (status.state, status.last_four) == (CardState.ACTIVA, "4152")
    qtbot.waitUntil(lambda: "····4152" in dialog.status_text.text(), timeout=5_000)
    assert dialog.kind.currentData() == CardEventKind.EXTRAVIO.value  # what comes next
    qtbot.waitUntil(lambda: "····4152" in window.facts.text(), timeout=5_000)

    # A note with a card number in it is refused beside the note.
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Perdio la 4152313800001234")
    press(qtbot, dialog, "r")
    qtbot.waitUntil(lambda: "solo se registran los últimos" in dialog.fields["note"].error.text())
    assert len(casebook.cards.of_person(elder.id)) == 1


def test_the_dialogs_speak_english(
    qtbot: QtBot,
    workspace_shell: Shell,
    casebook: Casebook,
    people: Any,
    settle: Settle,
    translators: i18n.Translators,
) -> None:
    elder, _pension = an_elder_enrolled(casebook, people)
    translators.install("en")
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    assert window.arco_button.text() == "ARC&O rights…"
    assert window.card_button.text() == "Mi &Bienestar card…"
    assert "Mi Bienestar card: not delivered" in window.facts.text()
    arco = ArcoDialog(casebook, workspace_shell.runner, elder, window)
    qtbot.addWidget(arco)
    assert arco.windowTitle() == "ARCO rights"
    card = CardDialog(casebook, workspace_shell.runner, elder, window)
    qtbot.addWidget(card)
    assert card.windowTitle() == "Mi Bienestar card"


def test_a_rectification_opens_the_data_and_links_the_change_to_the_request(
    qtbot: QtBot, workspace_shell: Shell, casebook: Casebook, people: Any, settle: Settle
) -> None:
    elder, _pension = an_elder_enrolled(casebook, people)
    window = person_window(qtbot, casebook, workspace_shell, elder.id, settle)
    dialog = open_by_key(qtbot, window, "a", ArcoDialog)
    record_request(qtbot, dialog, ArcoRight.RECTIFICACION, "Su telefono cambio", settle)
    (request,) = casebook.arco.of_person(elder.id)

    press(qtbot, dialog, "a")  # &Atender opens the person's data
    qtbot.waitUntil(lambda: dialog.findChild(RectifyDialog) is not None, timeout=5_000)
    rectify = dialog.findChild(RectifyDialog)
    assert rectify is not None
    qtbot.waitUntil(lambda: rectify.person is not None, timeout=5_000)
    rectify.form.phone.clear()
    type_into(qtbot, rectify.form.phone, "9511234567")
    press(qtbot, rectify, "g")  # &Guardar la rectificación
    qtbot.waitUntil(lambda: not rectify.isVisible(), timeout=5_000)
    settle()

    answered = casebook.arco.get(request.id)
    assert answered.status is ArcoStatus.ATENDIDA
    assert answered.rectified_fields == ("phone",)
    person = casebook.people.get(elder.id)
    assert person.phone == "+529511234567"
    assert answered.rectified_version == person.version
