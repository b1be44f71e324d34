"""Sync in the app against a real ``bienestar-central serve`` on loopback (SQLite).

Enrolment from the wizard and from settings, sync on demand with the status bar and the
history following, a server that goes away and comes back, and a revoked device.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWizard
from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import SettingsStore
from bienestar_field.sync import store as sync_store
from bienestar_field.ui import i18n
from bienestar_field.ui.main import Shell, Workspace
from bienestar_field.ui.receipt import DeviceCode
from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.texts import describe_sync_error
from bienestar_field.ui.tasks import TaskRunner
from tests.sync.central_harness import CentralServer, running_server

Settle = Callable[[], None]
MakeShell = Callable[[CasebookStore], Shell]

LAST_SYNC = re.compile(r"^Última sincronización: \d{2}/\d{2}/\d{4} \d{2}:\d{2}$")
PASSPHRASE = "maiz azul en la milpa 2026"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CentralServer]:
    with running_server(tmp_path_factory.mktemp("central") / "server", None) as central:
        yield central


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[CentralServer]:
    """A server this test may stop and start again."""
    with running_server(tmp_path / "own-central", None) as central:
        yield central


def _quick_probes(shell: Shell) -> None:
    shell.sync.probe_base = 0.05
    shell.sync.probe_cap = 0.4
    shell.sync.probe_floor = 0.05
    shell.sync.online_interval = 600.0
    shell.sync.sync_timeout = (1.0, 10.0)


@pytest.fixture
def sync_shell(
    make_shell: MakeShell, set_up_store: CasebookStore, casebook: Casebook, settle: Settle
) -> Shell:
    shell = make_shell(set_up_store)
    settle()
    _quick_probes(shell)
    shell.show_workspace(casebook)
    settle()
    return shell


def _idle(qtbot: QtBot, shell: Shell, runner: TaskRunner, timeout: int = 20_000) -> None:
    """Wait as a person would: no sync running, nothing queued on either thread."""
    qtbot.waitUntil(
        lambda: not shell.sync.syncing and not shell.sync.network.busy and not runner.busy,
        timeout=timeout,
    )


def _workspace(shell: Shell) -> Workspace:
    assert shell.workspace is not None
    return shell.workspace


def _enrol_in_settings(qtbot: QtBot, shell: Shell, runner: TaskRunner, url: str, code: str) -> str:
    workspace = _workspace(shell)
    workspace.show_page(Workspace.PAGES.index("settings"))
    form = workspace.settings.enrol_form
    assert form is not None
    form.server.setText(url)
    form.code.clear()
    qtbot.keyClicks(form.code, code)
    qtbot.mouseClick(form.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(form.status.text() or form.error.text()), timeout=20_000)
    _idle(qtbot, shell, runner)
    return form.status.text() or form.error.text()


def _save_household(runner: TaskRunner, casebook: Casebook, people: object, settle: Settle) -> None:
    household = people.household(2)  # type: ignore[attr-defined]
    runner.run_in_background(lambda: casebook.households.register(household), writes=True)
    settle()


def test_enrol_in_settings_then_sync_on_demand_reaches_the_server_and_the_history(
    qtbot: QtBot,
    sync_shell: Shell,
    runner: TaskRunner,
    casebook: Casebook,
    server: CentralServer,
    people: object,
    settle: Settle,
    data_dir: Path,
) -> None:
    shell = sync_shell
    assert "Sin servidor configurado" in shell.connection.text()
    assert not shell.sync_button.isVisible()

    said = _enrol_in_settings(qtbot, shell, runner, server.url, "no-es-un-codigo")
    assert "código de inscripción no es válido" in said

    said = _enrol_in_settings(qtbot, shell, runner, server.url, server.code("Oficina Ajusco"))
    assert "Oficina Ajusco" in said
    assert SettingsStore(data_dir).load().server_url == server.url
    qtbot.waitUntil(lambda: shell.connection.text() == "En línea", timeout=10_000)
    assert shell.sync.connection is Connection.ONLINE
    assert shell.sync_button.isVisible()
    assert shell.last_sync.text() == "Última sincronización: nunca"

    _save_household(runner, casebook, people, settle)
    pending = casebook.reports.pending_changes()
    assert pending > 0
    qtbot.waitUntil(lambda: shell.pending.text() == f"{pending} cambios por enviar")

    qtbot.mouseClick(shell.sync_button, Qt.MouseButton.LeftButton)
    assert shell.connection.text() == "Sincronizando…"
    _idle(qtbot, shell, runner)
    qtbot.waitUntil(lambda: shell.pending.text() == "0 cambios por enviar")
    assert LAST_SYNC.match(shell.last_sync.text()), shell.last_sync.text()
    qtbot.waitUntil(lambda: shell.connection.text() == "En línea", timeout=10_000)
    assert not shell.sync_progress.isVisible()
    identity = sync_store.load_identity(casebook)
    assert identity is not None
    assert len(server.change_ids(identity.device_id)) == pending

    workspace = _workspace(shell)
    workspace.show_page(0)
    settle()
    assert workspace.home.pending.value.text() == "0"
    assert re.match(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", workspace.home.last_sync.value.text())

    workspace.show_page(Workspace.PAGES.index("sync"))
    page = workspace.sync_page
    settle()
    assert page.history_model.rowCount() == 1
    history = page.history_model
    row = [history.index(0, c).data() for c in range(history.columnCount())]
    assert row[1:6] == ["Completa", str(pending), str(pending), "0", "0"]
    assert "Sincronización completa" in page.message.text()
    assert page.rejected_model.rowCount() == 0


def test_the_wizard_enrols_the_device_and_says_why_when_it_cannot(
    qtbot: QtBot,
    make_shell: MakeShell,
    store: CasebookStore,
    runner: TaskRunner,
    server: CentralServer,
    settle: Settle,
) -> None:
    shell = make_shell(store)
    settle()
    _quick_probes(shell)
    wizard = shell.wizard
    assert wizard is not None
    wizard.next()
    page = wizard.user_page
    qtbot.keyClicks(page.name, "Rosa Hernandez")
    page.role.setCurrentIndex(page.role.findData(Role.CASEWORKER.value))
    qtbot.keyClicks(page.passphrase.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.passphrase.confirm, PASSPHRASE)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    settle()
    qtbot.keyClick(wizard.recovery_page.written, Qt.Key.Key_Space)
    wizard.next()
    device = wizard.device_page
    assert wizard.currentPage() is device
    form = device.form
    assert form is not None

    def attempt(url: str, code: str) -> str:
        form.error.clear_message()
        form.server.setText(url)
        form.code.setText(code)
        qtbot.mouseClick(form.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(form.status.text() or form.error.text()), timeout=20_000)
        _idle(qtbot, shell, runner)
        return form.error.text() or form.status.text()

    assert "no es válida" in attempt("ftp://servidor", "ABCD-1234")
    assert "no es válido" in attempt(server.url, "ABCD-1234")  # too short to be a code
    closed = f"http://127.0.0.1:{_closed_port()}"
    well_formed = "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"
    assert "No se pudo conectar con el servidor" in attempt(closed, well_formed)
    assert "no corresponde a un servidor de Bienestar" in attempt(server.url + "/otra", well_formed)
    assert "Oficina Tlalpan" in attempt(server.url, server.code("Oficina Tlalpan"))

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    settle()
    assert shell.workspace is not None
    assert shell.settings.server_url == server.url
    qtbot.waitUntil(lambda: shell.connection.text() == "En línea", timeout=10_000)
    assert shell.pending.text() == "0 cambios por enviar"


def _closed_port() -> int:
    from tests.sync.central_harness import free_port

    return free_port()


def test_a_server_that_goes_away_shows_offline_then_syncs_by_itself_when_back(
    qtbot: QtBot,
    sync_shell: Shell,
    runner: TaskRunner,
    casebook: Casebook,
    own_server: CentralServer,
    people: object,
    settle: Settle,
) -> None:
    shell = sync_shell
    assert "Oficina" in _enrol_in_settings(
        qtbot, shell, runner, own_server.url, own_server.code("Oficina Milpa Alta")
    )
    qtbot.waitUntil(lambda: shell.sync.connection is Connection.ONLINE, timeout=10_000)
    _save_household(runner, casebook, people, settle)
    own_server.stop()

    qtbot.mouseClick(shell.sync_button, Qt.MouseButton.LeftButton)
    # The GUI keeps painting while the network thread waits: the event loop still turns.
    ticks: list[int] = []
    # The label follows by a queued signal, and an automatic sync started by the save may
    # still be finishing: wait for the settled state rather than sample the first instant.
    qtbot.waitUntil(
        lambda: (
            ticks.append(1) is None
            and not shell.sync.syncing
            and shell.connection.text() == "Sin conexión"
        ),
        timeout=20_000,
    )
    assert len(ticks) > 1
    assert "No se pudo conectar con el servidor" in shell.sync.message
    assert shell.pending.text() != "0 cambios por enviar"
    runs = sync_store.recent_runs(casebook)
    assert runs[0].outcome == "transient"

    own_server.start()
    qtbot.waitUntil(lambda: shell.pending.text() == "0 cambios por enviar", timeout=30_000)
    _idle(qtbot, shell, runner)
    qtbot.waitUntil(lambda: shell.connection.text() == "En línea", timeout=10_000)
    assert LAST_SYNC.match(shell.last_sync.text())


def test_a_revoked_device_says_so_plainly_and_stops_trying(
    qtbot: QtBot,
    sync_shell: Shell,
    runner: TaskRunner,
    casebook: Casebook,
    server: CentralServer,
    people: object,
    settle: Settle,
) -> None:
    shell = sync_shell
    _enrol_in_settings(qtbot, shell, runner, server.url, server.code("Oficina Xochimilco"))
    identity = sync_store.load_identity(casebook)
    assert identity is not None
    server.service.revoke(identity.device_id)
    _save_household(runner, casebook, people, settle)

    qtbot.keyClick(shell, Qt.Key.Key_F5)
    _idle(qtbot, shell, runner)
    qtbot.waitUntil(lambda: shell.connection.text() == "Equipo dado de baja", timeout=10_000)
    assert "dio de baja este equipo" in shell.sync.message
    assert not shell.sync_button.isEnabled()
    assert not shell.sync._timer.isActive(), "no more probes"
    assert shell.sync.sync_now() is False
    workspace = _workspace(shell)
    workspace.show_page(0)
    settle()
    assert "dio de baja este equipo" in workspace.home.sync_note.text()
    workspace.show_page(Workspace.PAGES.index("sync"))
    settle()
    assert workspace.sync_page.history_model.index(0, 1).data() == "Equipo dado de baja"


def test_locking_cancels_sync_and_stops_the_network_thread(
    qtbot: QtBot,
    sync_shell: Shell,
    runner: TaskRunner,
    casebook: Casebook,
    server: CentralServer,
    settle: Settle,
) -> None:
    shell = sync_shell
    _enrol_in_settings(qtbot, shell, runner, server.url, server.code("Oficina Tláhuac"))
    shell.sync_now()
    shell.lock()
    settle()
    assert casebook.is_locked
    assert not shell.sync.attached
    assert not shell.sync._timer.isActive()
    shell.sync.shutdown()
    assert not [t for t in threading.enumerate() if t.name.startswith("sync")]


def test_plain_http_to_another_computer_is_flagged_on_the_enrol_form_and_the_sync_page(
    qtbot: QtBot, sync_shell: Shell, settle: Settle, translators: i18n.Translators
) -> None:
    workspace = _workspace(sync_shell)
    workspace.show_page(Workspace.PAGES.index("settings"))
    form = workspace.settings.enrol_form
    assert form is not None
    assert not form.plain_http.isVisible()
    form.server.setText("http://192.0.2.10:8080")
    assert form.plain_http.isVisible()
    assert "http:// sin cifrar hacia otro equipo" in form.plain_http.text()
    for safe in ("https://192.0.2.10", "http://127.0.0.1:8080", "http://localhost:8080", ""):
        form.server.setText(safe)
        assert not form.plain_http.isVisible(), safe

    sync_shell.sync.set_server_url("http://bienestar.ejemplo.gob.mx")
    workspace.show_page(Workspace.PAGES.index("sync"))
    page = workspace.sync_page
    page._show_state()
    settle()
    assert page.plain_http.isVisible()
    translators.install("en")
    page._show_state()
    assert "unencrypted http:// to another computer" in page.plain_http.text()
    sync_shell.sync.set_server_url("https://bienestar.ejemplo.gob.mx")
    page._show_state()
    assert not page.plain_http.isVisible()


def test_a_copied_casebook_is_explained_in_plain_words_in_both_languages(
    translators: i18n.Translators,
) -> None:
    from bienestar_field.sync.client import CasebookCloned, PermanentError

    refused = CasebookCloned(
        "this casebook is already enrolled", status=409, code="casebook_cloned"
    )
    spanish = describe_sync_error(refused)
    assert "copia de los de otro equipo que ya está inscrito" in spanish
    assert "carpeta de datos nueva" in spanish
    translators.install("en")
    assert "copy of another computer's that is already enrolled" in describe_sync_error(refused)
    replayed = PermanentError("replayed", status=403, code="challenge_invalid")
    assert "Try again" in describe_sync_error(replayed)


def _sync_buttons_shown(shell: Shell) -> list[QPushButton]:
    return [
        button
        for button in shell.findChildren(QPushButton)
        if "Sincronizar ahora" in button.text() and button.isVisible()
    ]


def test_one_sync_now_on_every_page_f5_everywhere_and_the_device_named_by_its_office(
    qtbot: QtBot,
    sync_shell: Shell,
    runner: TaskRunner,
    casebook: Casebook,
    server: CentralServer,
    people: object,
    settle: Settle,
) -> None:
    shell = sync_shell
    said = _enrol_in_settings(qtbot, shell, runner, server.url, server.code("Tlacolula Centro"))
    assert "Tlacolula Centro" in said
    qtbot.waitUntil(lambda: shell.sync.connection is Connection.ONLINE, timeout=10_000)
    workspace = _workspace(shell)
    for index, name in enumerate(Workspace.PAGES):
        qtbot.keyClick(workspace, str(index + 1), Qt.KeyboardModifier.ControlModifier)
        settle()
        shown = _sync_buttons_shown(shell)
        assert len(shown) == 1, f"{name}: {len(shown)} «Sincronizar ahora» buttons"
        wanted = workspace.sync_page.sync_button if name == "sync" else shell.sync_button
        assert shown[0] is wanted, name

    # F5 from the home page, which has no button of its own.
    qtbot.keyClick(workspace, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    _save_household(runner, casebook, people, settle)
    assert casebook.reports.pending_changes() > 0
    qtbot.keyClick(workspace.home, Qt.Key.Key_F5)
    _idle(qtbot, shell, runner)
    qtbot.waitUntil(lambda: casebook.reports.pending_changes() == 0, timeout=10_000)

    # The device by its office and code, never by the hex id, in settings and on receipts.
    code = casebook.device_fingerprint()
    qtbot.keyClick(workspace, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert workspace.settings.device_label.text() == f"Tlacolula Centro · equipo {code}"
    assert shell.device is not None
    assert shell.device.label() == f"Tlacolula Centro · equipo {code}"
    shown = " ".join(label.text() for label in workspace.settings.findChildren(QLabel))
    assert casebook.device_id[-12:] not in shown
    # After the next unlock too: read from the sealed enrolment, not only from its answer.
    fetched = DeviceCode.fetch(casebook, runner)
    settle()
    assert fetched.label() == f"Tlacolula Centro · equipo {code}"
