"""Write a PNG of every main screen: Spanish, English, large text, high contrast, 1024×600.

    python tools/screenshots.py [OUT_DIR]

Uses a throw-away casebook filled with synthetic households (no real data) and QWidget.grab(),
on the offscreen platform with two screens: a 1366×768 laptop and a 1024×600 netbook, so that
windows sized to fit "their" screen are shown as they would be on each.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.demo import generate_demo
from bienestar_field.domain.arco import ArcoChannel, ArcoRequest, ArcoRight, ArcoStatus
from bienestar_field.domain.cards import CardEvent, CardEventKind, IdentityDocument, ReceiptMark
from bienestar_field.domain.curp import build_curp
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person, Sex
from bienestar_field.domain.synthetic import synthetic_identity
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import Settings
from bienestar_field.ui import i18n
from bienestar_field.ui.arco_cards import ArcoDialog, CardDialog
from bienestar_field.ui.enrol import EnrolDialog
from bienestar_field.ui.life_events import (
    AddressDialog,
    CloseEnrolmentDialog,
    CurpDialog,
    DeathDialog,
    LeaveDialog,
    MoveDialog,
)
from bienestar_field.ui.main import Shell, Workspace
from bienestar_field.ui.receipt import ReceiptDialog
from bienestar_field.ui.screen_fit import FRAME
from bienestar_field.ui.search import PersonDialog
from bienestar_field.ui.survey import SurveyDialog, load_subject
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.theme import apply_theme
from bienestar_field.ui.widgets import set_combo_value

PASSPHRASE = "maiz azul en la milpa 2026"  # noqa: S105 - a throw-away demo casebook
LAPTOP = (1366, 768)
NETBOOK = (1024, 600)
# The offscreen platform's screens: the netbook sits to the right of the laptop, so a window
# moved there is on it and sizes itself to it.
SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": LAPTOP[0], "height": LAPTOP[1]},
        {"name": "netbook", "x": LAPTOP[0], "y": 0, "width": NETBOOK[0], "height": NETBOOK[1]},
    ]
}
for _screen in SCREENS["screens"]:
    _screen.update(logicalDpi=96, dpr=1)


@dataclass(frozen=True)
class Variant:
    prefix: str
    settings: Settings
    netbook: bool = False

    @property
    def origin(self) -> tuple[int, int]:
        return (LAPTOP[0], 0) if self.netbook else (0, 0)

    @property
    def size(self) -> tuple[int, int]:
        # On the netbook, the size the window gives itself there (the screen less a frame).
        if self.netbook:
            return (NETBOOK[0] - FRAME.width(), NETBOOK[1] - FRAME.height())
        return (1180, 740)


def _quiet(kind: QtMsgType, _context: object, message: str) -> None:
    if "This plugin does not support" not in message and kind != QtMsgType.QtDebugMsg:
        print(message, file=sys.stderr)


def _settle(app: QApplication, runner: TaskRunner) -> None:
    for _ in range(500):
        app.processEvents()
        if not runner.busy:
            app.processEvents()
            if not runner.busy:
                return
        time.sleep(0.01)


def _save(widget: QWidget, path: Path) -> None:
    # Let pending layout requests run first, as they would before a real paint.
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    widget.grab().save(str(path), "PNG", 0)  # 0: the smallest file, same pixels
    print(path)


def _place(window: QWidget, variant: Variant) -> None:
    """On the variant's screen, at the size a person would give it there."""
    window.move(*variant.origin)
    window.resize(*variant.size)


def _supervisor_shots(
    app: QApplication,
    out: Path,
    variant: Variant,
    translators: i18n.Translators,
    supervisor: Path,
    batch_file: Path,
) -> None:
    """The supervisor's pages: the office's reports; the collection page with the day's
    batches, and a file's contents shown before it is imported."""
    runner = TaskRunner()
    store = CasebookStore(supervisor, kdf_target_seconds=0)
    # Collected where there is no signal: the second batch waits for the next sync.
    offline = replace(variant.settings, server_url=None)
    shell = Shell(supervisor, offline, runner, translators, store=store)
    _place(shell, variant)
    shell.show()
    shell.start()
    _settle(app, runner)
    shell.show_workspace(store.unlock(SUPERVISOR, PASSPHRASE))
    _settle(app, runner)
    workspace = shell.workspace
    assert workspace is not None
    # The office's figures: what the supervisor's laptop holds after its sync.
    workspace.show_page(workspace.PAGES.index("reports"))
    _settle(app, runner)
    reports = workspace.reports
    today = workspace.casebook.today()
    reports.set_period(today.replace(day=1), today, "municipality")
    _settle(app, runner)
    _save(shell, out / f"{variant.prefix}-15-reports.png")
    reports_area = reports.findChild(QScrollArea)
    assert reports_area is not None
    reports_area.ensureWidgetVisible(reports.view)
    _save(shell, out / f"{variant.prefix}-15b-reports-table.png")
    reports_area.ensureWidgetVisible(reports.survey_view)
    _save(shell, out / f"{variant.prefix}-15c-reports-survey.png")
    workspace.show_page(workspace.PAGES.index("collection"))
    _settle(app, runner)
    workspace.collection.controller.preview_import(batch_file)
    _settle(app, runner)
    _save(shell, out / f"{variant.prefix}-16-collection.png")
    shell.shutdown()
    shell.close()
    runner.shutdown()
    store.close()


def _review_shot(
    app: QApplication,
    out: Path,
    variant: Variant,
    translators: i18n.Translators,
    supervisor: Path,
) -> None:
    """The supervisor's review page: the office's queue, a probable duplicate side by side
    with the phone taken from the other record."""
    from bienestar_field.ui.review_page import DuplicatePanel

    runner = TaskRunner()
    store = CasebookStore(supervisor, kdf_target_seconds=0)
    offline = replace(variant.settings, server_url=None)
    shell = Shell(supervisor, offline, runner, translators, store=store)
    _place(shell, variant)
    shell.show()
    shell.start()
    _settle(app, runner)
    shell.show_workspace(store.unlock(SUPERVISOR, PASSPHRASE))
    _settle(app, runner)
    workspace = shell.workspace
    assert workspace is not None
    workspace.show_page(workspace.PAGES.index("review"))
    _settle(app, runner)
    page = workspace.review
    for row in range(page.items.count()):
        page.items.setCurrentRow(row)
        panel = page.detail
        if isinstance(panel, DuplicatePanel) and "phone" in panel.different:
            side = 0 if panel.records[0].fields.get("segundo_apellido") else 1
            panel.keep(side)
            panel.choose("phone", 1 - side)
            break
    _settle(app, runner)
    _save(shell, out / f"{variant.prefix}-17-review.png")
    shell.shutdown()
    shell.close()
    runner.shutdown()
    store.close()


def _shots(app: QApplication, out: Path, variant: Variant, template: Path) -> None:
    prefix, settings = variant.prefix, variant.settings
    translators = i18n.Translators()
    translators.install(settings.language)
    apply_theme(app, large_text=settings.large_text, high_contrast=settings.high_contrast)
    runner = TaskRunner()
    settle: Callable[[], None] = lambda: _settle(app, runner)  # noqa: E731

    # First run.
    with tempfile.TemporaryDirectory() as empty:
        store = CasebookStore(Path(empty), kdf_target_seconds=0)
        shell = Shell(Path(empty), settings, runner, translators, store=store)
        _place(shell, variant)
        shell.show()
        shell.start()
        settle()
        wizard = shell.wizard
        assert wizard is not None
        wizard.next()
        wizard.user_page.name.setText("Rosa Hernández")
        wizard.user_page.passphrase.passphrase.setText(PASSPHRASE)
        wizard.user_page.passphrase.confirm.setText(PASSPHRASE)
        _save(shell, out / f"{prefix}-01-setup.png")
        shell.shutdown()
        shell.deleteLater()
        store.close()

    store = CasebookStore(template, kdf_target_seconds=0)
    shell = Shell(template, settings, runner, translators, store=store)
    _place(shell, variant)
    shell.show()
    shell.start()
    settle()
    _save(shell, out / f"{prefix}-02-unlock.png")
    casebook: Casebook = store.unlock("Ana López", PASSPHRASE)
    shell.show_workspace(casebook)
    settle()
    workspace = shell.workspace
    assert workspace is not None
    _wait_for_server(app, shell)
    workspace.home.refresh()  # what the sync just changed, without waiting for the re-read
    settle()
    _save(shell, out / f"{prefix}-03-home.png")
    home_area = workspace.home.findChild(QScrollArea)
    assert home_area is not None
    home_area.ensureWidgetVisible(workspace.home.sync_table)
    settle()
    _save(shell, out / f"{prefix}-03b-home-records.png")

    workspace.show_page(1)
    page = workspace.household
    page.notice.accept_box.setChecked(True)
    page.controller.go_next()
    page.address_form.state.setCurrentIndex(page.address_form.state.findData("20"))
    page.address_form.municipality.setCurrentIndex(page.address_form.municipality.findData("067"))
    page.address_form.locality.setEditText("Ranchito del Cerro")
    page.address_form.street_name.setText("Camino a la presa")
    _save(shell, out / f"{prefix}-04-household-address.png")
    page.controller.go_next()
    rng = random.Random(7)  # noqa: S311 - synthetic data
    who = synthetic_identity(rng, min_age=30, max_age=60, today=casebook.now().date())
    page.person_form.curp.setText(who.curp)
    page.person_form.curp.textEdited.emit(who.curp)
    page.person_form.nombres.setText(who.nombres)
    page.person_form.primer_apellido.setText(who.primer_apellido)
    page.person_form.birth_date.setText("01/01/1990")
    page.person_form.birth_date.editingFinished.emit()
    _save(shell, out / f"{prefix}-05-household-member.png")
    # A three-year-old: phone, occupation and pregnancy are not asked; what was typed is kept
    # aside and the form says it will not be saved.
    page.person_form.clear()
    page.person_form.phone.setText("9511234567")
    child = synthetic_identity(rng, min_age=3, max_age=3, today=casebook.now().date())
    page.person_form.curp.setText(child.curp)
    page.person_form.curp.textEdited.emit(child.curp)
    page.person_form.nombres.setText(child.nombres)
    page.person_form.primer_apellido.setText(child.primer_apellido)
    _save(shell, out / f"{prefix}-05b-household-member-child.png")
    page.person_form.clear()

    workspace.show_page(2)
    quick = workspace.quick
    elder = synthetic_identity(rng, min_age=70, max_age=80, today=casebook.now().date())
    quick.notice.accept_box.setChecked(True)
    quick.form.curp.setText(elder.curp)
    quick.form.curp.textEdited.emit(elder.curp)
    settle()
    quick.form.nombres.setText(elder.nombres)
    quick.form.primer_apellido.setText(elder.primer_apellido)
    quick.form.changed.emit()
    _save(shell, out / f"{prefix}-06-quick-enrolment.png")

    workspace.show_page(3)
    checks = workspace.checks
    checks.program.setCurrentIndex(checks.program.findData("SV"))
    checks.load()
    settle()
    checks.model.mark_all(True)
    _save(shell, out / f"{prefix}-07-attendance-checks.png")
    follow_up_shots(casebook, runner, workspace, out, prefix, settle)

    workspace.show_page(4)
    search = workspace.search
    search.query.setText("maria")
    search.search()
    settle()
    _save(shell, out / f"{prefix}-08-search.png")

    search.open_current()
    settle()
    person_dialog = search.findChild(PersonDialog)
    assert person_dialog is not None
    # A correction, so the history shows one next to the registration.
    person_dialog.form.phone.setText("9511234567")
    person_dialog.save()
    settle()
    _save(person_dialog, out / f"{prefix}-09-person.png")
    person_dialog.tabs.setCurrentIndex(3)
    _save(person_dialog, out / f"{prefix}-10-person-history.png")
    life_event_shots(app, person_dialog, out, prefix, settle)
    survey_shots(app, person_dialog, out, prefix, settle)
    arco_and_card_shots(app, person_dialog, out, prefix, settle)
    assert person_dialog.person is not None
    enrol = EnrolDialog(
        casebook,
        runner,
        person_dialog.person,
        household=person_dialog.household,
        parent=person_dialog,
    )
    enrol.show()
    settle()
    if enrol.cards:
        enrol.cards[0].setChecked(True)
    _save(enrol, out / f"{prefix}-11-enrol.png")
    receipt = person_dialog.receipt()
    assert receipt is not None
    dialog = ReceiptDialog(receipt, runner, person_dialog)
    dialog.show()
    app.processEvents()
    _save(dialog, out / f"{prefix}-12-receipt.png")
    for window in (enrol, dialog, person_dialog):
        window.close()

    workspace.show_page(5)
    _save(shell, out / f"{prefix}-13-settings.png")
    workspace.show_page(workspace.PAGES.index("sync"))
    settle()
    _save(shell, out / f"{prefix}-14-sync.png")
    shell.shutdown()
    shell.close()
    runner.shutdown()
    store.close()
    supervisor = template.parent / f"{prefix}-supervisor"
    if supervisor.exists():
        _supervisor_shots(
            app, out, variant, translators, supervisor, template.parent / "usb" / "lote-2.json"
        )
        _review_shot(app, out, variant, translators, supervisor)
    # Destroy every window now, before the next language restyles the application.
    for window in app.topLevelWidgets():
        window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def follow_up_shots(
    casebook: Casebook,
    runner: TaskRunner,
    workspace: Workspace,
    out: Path,
    prefix: str,
    settle: Callable[[], None],
) -> None:
    """The payments at risk this period, the person's page with compliance (the first
    person at risk) and the transitions due within a year, opened from the home page."""
    home = workspace.home
    at_risk = home.open_at_risk()
    settle()
    _save(at_risk, out / f"{prefix}-07b-at-risk.png")
    if at_risk.model.rows:
        person = PersonDialog(casebook, runner, at_risk.model.rows[0].person.person_id, at_risk)
        person.show()
        settle()
        person.tabs.setCurrentIndex(1)
        settle()
        _save(person, out / f"{prefix}-07c-person-compliance.png")
        person.close()
    at_risk.close()
    transitions = home.open_transitions()
    transitions.horizon.setValue(365)
    transitions.reload()
    settle()
    _save(transitions, out / f"{prefix}-07d-transitions.png")
    transitions.close()


def life_event_shots(
    app: QApplication,
    person_dialog: PersonDialog,
    out: Path,
    prefix: str,
    settle: Callable[[], None],
) -> None:
    """The household tab and each life-event dialog, one of them showing a refusal."""
    person_dialog.tabs.setCurrentIndex(2)
    _save(person_dialog, out / f"{prefix}-10b-person-household.png")
    person = person_dialog.person
    assert person is not None
    tomorrow = person_dialog._today() + timedelta(days=1)
    death = DeathDialog(person_dialog._casebook, person_dialog._runner, person, 2, person_dialog)
    death.show()
    death.date.setText(f"{tomorrow.day:02d}/{tomorrow.month:02d}/{tomorrow.year}")
    death.submit()
    settle()
    _save(death, out / f"{prefix}-10c-death-refused.png")
    dialogs: list[tuple[str, QWidget]] = [
        ("10d-leave", LeaveDialog(person_dialog._casebook, person_dialog._runner, person)),
        ("10e-move", MoveDialog(person_dialog._casebook, person_dialog._runner, person)),
        ("10f-curp", CurpDialog(person_dialog._casebook, person_dialog._runner, person)),
    ]
    if person_dialog.enrollments:
        enrollment = person_dialog.enrollments[0]
        dialogs.append(
            (
                "10g-close-enrolment",
                CloseEnrolmentDialog(
                    person_dialog._casebook,
                    person_dialog._runner,
                    enrollment,
                    enrollment.program_code,
                ),
            )
        )
    if person_dialog.household is not None:
        dialogs.append(
            (
                "10h-address",
                AddressDialog(
                    person_dialog._casebook, person_dialog._runner, person_dialog.household
                ),
            )
        )
    for name, dialog in dialogs:
        dialog.show()
        app.processEvents()
        _save(dialog, out / f"{prefix}-{name}.png")
        dialog.close()
    death.close()


def survey_shots(
    app: QApplication,
    person_dialog: PersonDialog,
    out: Path,
    prefix: str,
    settle: Callable[[], None],
) -> None:
    """The socioeconomic survey's steps half-answered, then the poverty result on its page."""
    household = person_dialog.household
    if household is None:
        return
    casebook, runner = person_dialog._casebook, person_dialog._runner
    dialog = SurveyDialog(casebook, runner, load_subject(casebook, household.id), person_dialog)
    dialog.show()
    for box, value in (
        (dialog.rural, "yes"),
        (dialog.floor, "tierra"),
        (dialog.walls, "adobe"),
        (dialog.roof, "lamina_metalica"),
        (dialog.water, "llave_publica"),
        (dialog.drainage, "sin_drenaje"),
        (dialog.electricity, "red"),
        (dialog.cooking_fuel, "lena_carbon"),
        (dialog.chimney, "no"),
    ):
        set_combo_value(box, value)
    dialog.rooms.setValue(2)
    dialog.goods["telefono_celular"].setChecked(True)
    for step in dialog.members:
        if step.asks_income:
            set_combo_value(step.has_income, "yes" if step is dialog.members[0] else "no")
            set_combo_value(step.social_security, "no")
        if step is dialog.members[0]:
            check, amount, frequency, _row = step.sources["trabajo"]
            check.setChecked(True)
            amount.setText("1800")
            set_combo_value(frequency, "quincenal")
        set_combo_value(step.schooling, "primaria")
        set_combo_value(step.attends, "no")
        step.health["imss_bienestar"].setChecked(True)
    for box in dialog.food.values():
        set_combo_value(box, "no")
    names = ["dwelling", "services", "goods", "member"]
    for index, name in enumerate(names):
        dialog.show_step(index)
        _save(dialog, out / f"{prefix}-10i-survey-{index + 1}-{name}.png")
    dialog.show_step(dialog.last_step - 1)
    _save(dialog, out / f"{prefix}-10i-survey-5-food.png")
    dialog.show_step(dialog.last_step)
    dialog.save()
    settle()
    _save(dialog, out / f"{prefix}-10i-survey-6-result.png")
    dialog.close()
    person_dialog.reload()
    settle()
    person_dialog.tabs.setCurrentIndex(2)
    settle()
    _save(person_dialog, out / f"{prefix}-10j-poverty-result.png")


def arco_and_card_shots(
    app: QApplication,
    person_dialog: PersonDialog,
    out: Path,
    prefix: str,
    settle: Callable[[], None],
) -> None:
    """The ARCO dialog with a request answered and one pending, and the card screen with a
    card delivered, reported lost and replaced."""
    casebook, runner = person_dialog._casebook, person_dialog._runner
    person = person_dialog.person
    assert person is not None
    today = casebook.today()
    if not casebook.arco.of_person(person.id):
        opposed = casebook.arco.record(
            ArcoRequest(
                id="",
                person_id=person.id,
                right=ArcoRight.OPOSICION,
                received_on=today - timedelta(days=20),
                channel=ArcoChannel.ESCRITO,
                request_text="No desea recibir llamadas para encuestas",
                handled_by="Ana López",
                opposition_scope="Uso del teléfono para encuestas",
            )
        )
        casebook.arco.answer(opposed.id, ArcoStatus.ATENDIDA, today - timedelta(days=12))
        casebook.arco.record(
            ArcoRequest(
                id="",
                person_id=person.id,
                right=ArcoRight.ACCESO,
                received_on=today,
                channel=ArcoChannel.EN_PERSONA,
                request_text="Pide una copia de todos sus datos",
                handled_by="Ana López",
            )
        )
    if not casebook.cards.of_person(person.id):
        handed = CardEvent(
            id="",
            person_id=person.id,
            kind=CardEventKind.ENTREGA,
            on=today - timedelta(days=40),
            last_four="4821",
            place="Módulo de Bienestar",
            identity_document=IdentityDocument.INE,
            identity_checked=True,
            receipt_mark=ReceiptMark.FIRMA,
            handled_by="Ana López",
        )
        casebook.cards.record(handed)
        casebook.cards.record(
            replace(
                handed,
                kind=CardEventKind.EXTRAVIO,
                on=today - timedelta(days=5),
                last_four="",
                place="",
                identity_document=None,
                identity_checked=False,
                receipt_mark=None,
                note="La perdió en el mercado",
            )
        )
        casebook.cards.record(
            replace(handed, kind=CardEventKind.REPOSICION, on=today, last_four="7390")
        )
    arco = ArcoDialog(casebook, runner, person, person_dialog)
    arco.show()
    settle()
    arco.select(casebook.arco.of_person(person.id)[-1].id)
    app.processEvents()
    _save(arco, out / f"{prefix}-10k-arco.png")
    arco.close()
    card = CardDialog(casebook, runner, person, person_dialog)
    card.show()
    settle()
    _save(card, out / f"{prefix}-10l-card.png")
    card.close()


def _wait_for_server(app: QApplication, shell: Shell) -> None:
    """Until the first probe has answered, so the status bar shows the real connection."""
    from bienestar_field.ui.syncing.connection import Connection

    for _ in range(500):
        app.processEvents()
        if shell.sync.connection is not Connection.CHECKING and not shell.sync.network.busy:
            return
        time.sleep(0.01)


def _code(folder: Path, role: str = "caseworker") -> str:
    """A one-time enrolment code of the screenshots' office, for a device of ``role``."""
    data = ["--data-dir", str(folder / "central")]
    command = [sys.executable, "-m", "bienestar_central", "enrollment-code", *data]
    return (
        subprocess.run(
            [*command, "--office", "Oficina Tlacolula", "--role", role],
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )
        .stdout.strip()
        .splitlines()[-1]
    )


def _central(folder: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    """A real central server on loopback; returns the process, its URL and an enrolment code."""
    data = ["--data-dir", str(folder / "central")]
    command = [sys.executable, "-m", "bienestar_central"]
    subprocess.run([*command, "init", *data], check=True, capture_output=True, timeout=60)
    code = _code(folder)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = subprocess.Popen(
        [*command, "serve", *data, "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    import requests

    for _ in range(300):
        try:
            if requests.get(f"{url}/v1/health", timeout=1).status_code == 200:
                break
        except requests.RequestException:
            time.sleep(0.1)
    return server, url, code


def _enrol_and_sync(casebook: Casebook, folder: Path, url: str, code: str) -> None:
    """One real sync, so the home page and the history show a last sync; then more work."""
    from bienestar_field.platform.config import SettingsStore
    from bienestar_field.sync.engine import engine_for
    from bienestar_field.sync.enrolment import enroll_device

    enroll_device(casebook, server_url=url, code=code, label="screenshots")
    SettingsStore(folder).set("server_url", url)
    engine_for(casebook, folder).sync()
    generate_demo(casebook, households=3, seed=11)


SUPERVISOR = "Sofía Ramírez"


def _supervisor_with_batches(folder: Path, caseworker: Casebook, url: str) -> Path:
    """A supervisor's casebook that collected two of the caseworker's batches: the first
    forwarded and acknowledged, the second waiting for the next sync. Writes the second
    batch file (``usb/lote-2.json``), whose contents the collection shot previews."""
    from bienestar_field.sync.engine import engine_for
    from bienestar_field.sync.enrolment import enroll_device

    usb = folder / "usb"
    usb.mkdir()
    path = folder / "supervisor"
    # The same woman registered twice, the second time with a mistyped homoclave and no second
    # surname: the server queues the pair for the supervisor's review.
    for second, homonymy, phone in (("López", "0", None), (None, "3", "+529511234567")):
        caseworker.people.register(
            Person(
                id=uuid7(),
                curp=build_curp(
                    "Hernández",
                    second,
                    "María Guadalupe",
                    date(1958, 3, 14),
                    Sex.MUJER,
                    "OC",
                    homonymy,
                ),
                nombres="María Guadalupe",
                primer_apellido="Hernández",
                segundo_apellido=second,
                birth_date=date(1958, 3, 14),
                sex=Sex.MUJER,
                birth_state="OC",
                phone=phone,
            )
        )
    store = CasebookStore(path, kdf_target_seconds=0)
    supervisor = store.set_up(SUPERVISOR, Role.SUPERVISOR, PASSPHRASE).casebook
    enroll_device(supervisor, server_url=url, code=_code(folder, "supervisor"), label="sup")
    caseworker.collection.export(usb / "lote-1.json")
    supervisor.collection.import_batches(usb / "lote-1.json")
    engine_for(supervisor, path).sync()
    generate_demo(caseworker, households=2, seed=12)
    caseworker.collection.export(usb / "lote-2.json")
    supervisor.collection.import_batches(usb / "lote-2.json")
    supervisor.lock()
    store.close()
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "docs/screenshots"
    out.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(_quiet)
    screens = Path(tempfile.mkdtemp()) / "screens.json"
    screens.write_text(json.dumps(SCREENS))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    app = QApplication(["screenshots"])
    with tempfile.TemporaryDirectory() as folder:
        server, url, code = _central(Path(folder))
        try:
            template = Path(folder) / "template"
            store = CasebookStore(template, kdf_target_seconds=0)
            result = store.set_up("Ana López", Role.CASEWORKER, PASSPHRASE)
            generate_demo(result.casebook, households=40, seed=3)
            _enrol_and_sync(result.casebook, template, url, code)
            supervisor = _supervisor_with_batches(Path(folder), result.casebook, url)
            result.casebook.lock()
            store.close()
            for variant in (
                Variant("es", Settings(language="es_MX", server_url=url)),
                Variant("en", Settings(language="en", server_url=url)),
                Variant("es-large", Settings(language="es_MX", large_text=True, server_url=url)),
                Variant(
                    "es-contrast", Settings(language="es_MX", high_contrast=True, server_url=url)
                ),
                Variant(
                    "es-1024x600-large",
                    Settings(language="es_MX", large_text=True, server_url=url),
                    netbook=True,
                ),
            ):
                # A fresh copy each time, so a draft one language left behind is not shown.
                copy = Path(folder) / variant.prefix
                shutil.copytree(template, copy)
                shutil.copytree(supervisor, Path(folder) / f"{variant.prefix}-supervisor")
                _shots(app, out, variant, copy)
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
