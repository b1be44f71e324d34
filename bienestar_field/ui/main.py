"""The application window: set-up, unlock and the workspace, one after the other.

``Shell`` is the one top-level window. It holds the status bar (connection, pending changes,
busy indicator) and swaps its centre between the first-run wizard, the unlock screen and the
workspace. Locking drops the workspace, so nothing decrypted stays in a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bienestar_field.domain.users import Role
from bienestar_field.platform.config import Settings, SettingsStore
from bienestar_field.ui import i18n
from bienestar_field.ui.collector import GuiThreadCollector
from bienestar_field.ui.display_options import Display
from bienestar_field.ui.drafts import (
    ENROL_DRAFT,
    PERSON_DRAFT,
    QUICK_DRAFT,
    SURVEY_DRAFT,
    DraftKeeper,
)
from bienestar_field.ui.errors import bug_text, describe_error
from bienestar_field.ui.home import HOUSEHOLD_DRAFT, HomePage
from bienestar_field.ui.receipt import DeviceCode
from bienestar_field.ui.screen_fit import fit_to_screen
from bienestar_field.ui.syncing.connection import Connection
from bienestar_field.ui.syncing.controller import SyncController
from bienestar_field.ui.syncing.indicator import ConnectionIndicator
from bienestar_field.ui.syncing.texts import last_sync_text, pending_text
from bienestar_field.ui.tasks import TaskRunner
from bienestar_field.ui.theme import app_icon, apply_theme
from bienestar_field.ui.unlock import UnlockScreen
from bienestar_field.ui.widgets import BusyBar

if TYPE_CHECKING:
    # Imported where first needed instead: the casebook (SQLAlchemy, Alembic, the crypto)
    # loads on the worker thread while the window shows, and each task page's module
    # on the first visit or by the warm-up after the workspace is painted.
    from bienestar_field.casebook import Casebook, CasebookStore
    from bienestar_field.domain.users import UserInfo
    from bienestar_field.ui.checks import ChecksPage
    from bienestar_field.ui.household.page import HouseholdPage
    from bienestar_field.ui.quick import QuickEnrolPage
    from bienestar_field.ui.reports import ReportsPage
    from bienestar_field.ui.review_page import ReviewPage
    from bienestar_field.ui.search import SearchPage
    from bienestar_field.ui.settings_page import SettingsPage
    from bienestar_field.ui.setup_wizard import SetupWizard
    from bienestar_field.ui.syncing.collection_page import CollectionPage
    from bienestar_field.ui.syncing.page import SyncPage

log = logging.getLogger(__name__)

_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits ``idle`` after a stretch without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60 * 1000)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


_P = TypeVar("_P", bound=QWidget)


class Workspace(QWidget):
    """Navigation and the task pages, for one unlocked casebook.

    Only the home page is built with the workspace; every other page is built the first time
    it is shown (or its attribute is read), so unlocking paints at once.
    """

    lock_requested = Signal()
    switch_requested = Signal()
    settings_applied = Signal(object)
    page_changed = Signal(str)  # the name of the page now shown

    # Every user's pages; a supervisor's workspace adds SUPERVISOR_PAGES after them (the
    # instance's ``PAGES`` is the list it shows). The casebook refuses their use cases to
    # other roles too: hiding them is for the person, not the guard.
    PAGES: tuple[str, ...] = (
        "home",
        "household",
        "quick",
        "checks",
        "search",
        "settings",
        "sync",
    )
    SUPERVISOR_PAGES: tuple[str, ...] = ("reports", "collection", "review")

    def __init__(
        self,
        casebook: Casebook,
        runner: TaskRunner,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        device: DeviceCode | None = None,
        sync: SyncController | None = None,
    ) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self._sync = sync
        self._runner = runner
        self._settings = settings
        self._device = device or DeviceCode()
        self._built: dict[str, QWidget] = {}
        self.user_label = QLabel(
            i18n.fill(
                self.tr("Sesión: %1 (%2)"), casebook.user.name, i18n.role_label(casebook.user.role)
            )
        )
        self.lock_button = QPushButton(self.tr("B&loquear (Ctrl+L)"))
        # A shortcut of its own: setShortcut would have replaced the underlined letter's.
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self, self.lock_button.click)
        self.switch_button = QPushButton(self.tr("Cambiar de &usuario"))
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Menú"))
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()

        if casebook.user.role is Role.SUPERVISOR:
            self.PAGES = Workspace.PAGES + Workspace.SUPERVISOR_PAGES
        titles = {
            "home": self.tr("Inicio"),
            "household": self.tr("Registrar hogar"),
            "quick": self.tr("Inscripción rápida"),
            "checks": self.tr("Corresponsabilidades"),
            "search": self.tr("Buscar"),
            "settings": self.tr("Configuración"),
            "sync": self.tr("Sincronización"),
            "reports": self.tr("Reportes"),
            "collection": self.tr("Recolección de lotes"),
            "review": self.tr("Revisión"),
        }
        labels = [titles[name] for name in self.PAGES]
        for number, label in enumerate(labels, start=1):
            # The tenth page is Ctrl+0, as on the keyboard's row of digits.
            key = f"Ctrl+{number % 10}"
            # The shortcut on a line of its own keeps the menu narrow at large text sizes.
            item = QListWidgetItem(f"{label}\n{key}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
            QShortcut(QKeySequence(key), self, lambda n=number - 1: self.show_page(n))
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.show_page(4))
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 24)

        header = QHBoxLayout()
        header.addWidget(self.user_label, 1)
        header.addWidget(self.switch_button)
        header.addWidget(self.lock_button)
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(body, 1)

        self.nav.currentRowChanged.connect(self._row_changed)
        self.lock_button.clicked.connect(self.lock_requested)
        self.switch_button.clicked.connect(self.switch_requested)
        self.show_page(0)

    # --- pages, built on first use ---------------------------------------------------------

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built now if it has not been shown yet."""
        built = self._built.get(name)
        if built is not None:
            return built
        if name not in self.PAGES:
            raise KeyError(name)  # a supervisor's page, in another role's workspace
        page = self._make(name)
        index = self.PAGES.index(name)
        placeholder = self.stack.widget(index)
        showing = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if showing:
            self.stack.setCurrentIndex(index)
        self._built[name] = page
        return page

    def is_built(self, name: str) -> bool:
        return name in self._built

    def _make(self, name: str) -> QWidget:
        casebook, runner = self.casebook, self._runner
        if name == "home":
            home = HomePage(casebook, runner, sync=self._sync)
            home.go.connect(lambda target: self.show_page(self.PAGES.index(target)))
            home.resume_draft.connect(self.resume_draft)
            home.checks_wanted.connect(self.open_checks)
            home.person_wanted.connect(self.open_person)
            return home
        if name == "household":
            from bienestar_field.ui.household.page import HouseholdPage

            return HouseholdPage(casebook, runner, device=self._device)
        if name == "quick":
            from bienestar_field.ui.quick import QuickEnrolPage

            return QuickEnrolPage(casebook, runner, device=self._device)
        if name == "checks":
            from bienestar_field.ui.checks import ChecksPage

            return ChecksPage(casebook, runner)
        if name == "search":
            from bienestar_field.ui.search import SearchPage

            return SearchPage(casebook, runner, device=self._device)
        if name == "settings":
            from bienestar_field.ui.settings_page import SettingsPage

            settings_page = SettingsPage(
                self._settings, casebook, runner, sync=self._sync, device=self._device
            )
            settings_page.apply.connect(self.settings_applied)
            return settings_page
        if name == "sync":
            from bienestar_field.ui.syncing.page import SyncPage

            assert self._sync is not None
            return SyncPage(self._sync, casebook, runner)
        if name == "reports":
            from bienestar_field.ui.reports import ReportsPage

            return ReportsPage(casebook, runner)
        if name == "collection":
            from bienestar_field.ui.syncing.collection_page import CollectionPage

            assert self._sync is not None
            return CollectionPage(self._sync, casebook, runner)
        if name == "review":
            from bienestar_field.ui.review_page import ReviewPage

            return ReviewPage(self._sync, casebook, runner)
        raise KeyError(name)

    def _typed(self, name: str, kind: type[_P]) -> _P:
        page = self.page(name)
        assert isinstance(page, kind)
        return page

    @property
    def home(self) -> HomePage:
        return self._typed("home", HomePage)

    @property
    def household(self) -> HouseholdPage:
        from bienestar_field.ui.household.page import HouseholdPage

        return self._typed("household", HouseholdPage)

    @property
    def quick(self) -> QuickEnrolPage:
        from bienestar_field.ui.quick import QuickEnrolPage

        return self._typed("quick", QuickEnrolPage)

    @property
    def checks(self) -> ChecksPage:
        from bienestar_field.ui.checks import ChecksPage

        return self._typed("checks", ChecksPage)

    @property
    def search(self) -> SearchPage:
        from bienestar_field.ui.search import SearchPage

        return self._typed("search", SearchPage)

    @property
    def settings(self) -> SettingsPage:
        from bienestar_field.ui.settings_page import SettingsPage

        return self._typed("settings", SettingsPage)

    @property
    def collection(self) -> CollectionPage:
        from bienestar_field.ui.syncing.collection_page import CollectionPage

        return self._typed("collection", CollectionPage)

    @property
    def review(self) -> ReviewPage:
        from bienestar_field.ui.review_page import ReviewPage

        return self._typed("review", ReviewPage)

    @property
    def sync_page(self) -> SyncPage:
        from bienestar_field.ui.syncing.page import SyncPage

        return self._typed("sync", SyncPage)

    @property
    def reports(self) -> ReportsPage:
        from bienestar_field.ui.reports import ReportsPage

        return self._typed("reports", ReportsPage)

    # --- navigation ------------------------------------------------------------------------

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self.PAGES):
            self.page(self.PAGES[row])
            self.stack.setCurrentIndex(row)
            self.page_changed.emit(self.PAGES[row])

    @property
    def current_page(self) -> str:
        return self.PAGES[self.stack.currentIndex()]

    def show_page(self, index: int) -> None:
        name = self.PAGES[index]
        self.page(name)
        self.nav.setCurrentRow(index)
        self.stack.setCurrentIndex(index)
        if name == "search":
            self.search.query.setFocus()
        elif name == "household":
            self.household.set_step(self.household.step)
        elif name == "quick":
            self.quick.notice.accept_box.setFocus()
        else:
            # Inside the page: left on "Cambiar de usuario", a stray Space switched user.
            focus_first(self.page(name))

    def open_checks(self, program_code: str, kind: str) -> None:
        """The attendance list of one program and kind, for the current period."""
        self.show_page(self.PAGES.index("checks"))
        self.checks.open_list(program_code, kind)

    def open_person(self, person_id: str) -> None:
        from bienestar_field.ui.search import PersonDialog

        PersonDialog(self.casebook, self._runner, person_id, self, device=self._device).open()

    def resume_draft(self, kind: str, draft_id: str) -> None:
        """Open the form a draft (from the home page's list) was typed in, with the draft."""
        if kind == HOUSEHOLD_DRAFT:
            self.show_page(self.PAGES.index("household"))
            self.household.load_draft(draft_id)
        elif kind == QUICK_DRAFT:
            self.show_page(self.PAGES.index("quick"))
            self.quick.load_draft(draft_id)
        elif kind == SURVEY_DRAFT:  # the survey of a household, where it was left
            from bienestar_field.ui.survey import open_survey

            casebook = self.casebook
            self._runner.run_in_background(
                lambda: casebook.drafts.load(draft_id).get("household_id"),
                lambda household_id: (
                    open_survey(casebook, self._runner, household_id, self)
                    if isinstance(household_id, str)
                    else None
                ),
                owner=self,
            )
        elif kind in (PERSON_DRAFT, ENROL_DRAFT):  # the person's window, where both open
            casebook = self.casebook
            self.show_page(self.PAGES.index("search"))
            self._runner.run_in_background(
                lambda: casebook.drafts.load(draft_id).get("person_id"),
                lambda person_id: (
                    self.search.open_person(person_id) if isinstance(person_id, str) else None
                ),
                owner=self,
            )

    def save_work_before_lock(self) -> None:
        """Queue a draft of every form (dialogs too) ahead of the lock or the rebuild."""
        for keeper in self.findChildren(DraftKeeper):
            keeper.flush_and_close()

    def carry_over(self) -> dict[str, object]:
        """Where the person was, to pick up in the next workspace (after the drafts above)."""
        carried: dict[str, object] = {"page": self.stack.currentIndex()}
        if self.is_built("household") and self.household.controller.draft_id is not None:
            carried["household"] = self.household.controller.draft_id
        return carried

    def take_over(self, carried: dict[str, object], *, page: bool = True) -> None:
        """Back where :meth:`carry_over` left off: the household resumed, the page shown."""
        draft_id = carried.get("household")
        if isinstance(draft_id, str):
            self.household.load_draft(draft_id)
        index = carried.get("page")
        if page and isinstance(index, int) and 0 <= index < len(self.PAGES):
            self.show_page(index)

    def warm_up(self) -> None:
        """Load the other pages' modules and the catalogs off the GUI thread, after painting.

        The first visit to a page then only builds widgets. Nothing here touches the casebook.
        """
        if not self._runner.accepting:
            return
        self._runner.run_aside(_load_page_modules)


def focus_first(page: QWidget) -> None:
    """Focus the first control of ``page`` that Tab would reach."""
    widget = page.nextInFocusChain()
    for _ in range(5000):  # the chain is a ring through the whole window
        if widget is page or widget is None:
            return
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


def _load_unlocked_path() -> None:
    """What the first minute after unlocking needs: the catalog, the sync status, the pages."""
    import bienestar_field.sync.store  # noqa: F401 - the sync status read right after unlock
    from bienestar_wire.catalog import default_catalog

    default_catalog()
    _load_page_modules()


def _load_page_modules() -> None:
    # Importing only defines classes; every widget is still built on the GUI thread.
    import bienestar_field.ui.checks
    import bienestar_field.ui.household.page
    import bienestar_field.ui.quick
    import bienestar_field.ui.review_page
    import bienestar_field.ui.search
    import bienestar_field.ui.settings_page
    import bienestar_field.ui.syncing.collection_page
    import bienestar_field.ui.syncing.page  # noqa: F401 - loaded ahead of the first visit
    from bienestar_field.ui.person_form import state_items

    state_items()  # the INEGI states, shared by every person form and address


class Shell(QMainWindow):
    """The one top-level window."""

    workspace_shown = Signal()
    locked = Signal()

    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        runner: TaskRunner,
        translators: i18n.Translators,
        *,
        store: CasebookStore | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings
        self.runner = runner
        self.translators = translators
        self.store = store
        # Set on the worker by the job that opens the casebook file, which every later job
        # follows: the first screen shows before it is done.
        self._opening: Future[CasebookStore] = Future()
        self.casebook: Casebook | None = None
        self.device: DeviceCode | None = None
        self.workspace: Workspace | None = None
        self.unlock_screen: UnlockScreen | None = None
        self.wizard: SetupWizard | None = None
        # Where the last user was when the screen locked: theirs again after they unlock.
        self._left_off: tuple[str, dict[str, object]] | None = None
        self.idle = IdleWatcher(settings.idle_lock_minutes, self)
        self.idle.idle.connect(self.lock)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.sync = SyncController(data_dir, runner, self)
        self.sync.set_server_url(settings.server_url)
        self.connection = ConnectionIndicator()
        self.pending = QLabel()
        self.last_sync = QLabel()
        self.sync_progress = QProgressBar()
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setTextVisible(False)
        self.sync_progress.hide()
        self.sync_button = QPushButton()
        self.sync_button.hide()
        self.busy = BusyBar()
        for label in (self.pending, self.last_sync):
            label.setContentsMargins(4, 0, 12, 0)
        self.statusBar().addWidget(self.connection)
        self.statusBar().addWidget(self.pending)
        self.statusBar().addWidget(self.last_sync)
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.statusBar().addPermanentWidget(self.sync_button)
        self.statusBar().addPermanentWidget(self.busy)
        self.sync_button.clicked.connect(self.sync_now)
        QShortcut(QKeySequence("F5"), self, self.sync_now)
        self.sync.changed.connect(self._show_sync)
        self.sync.progress.connect(self._sync_progress)
        self.sync.enrolled.connect(self._enrolled)
        self.runner.busy_changed.connect(self._busy_changed)
        self.runner.wrote.connect(self.refresh_pending)
        self.runner.unhandled_error.connect(self.show_error)
        fit_to_screen(self, 1100, 760)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Bienestar Field"))
        self.connection.setAccessibleName(self.tr("Conexión"))
        self.pending.setAccessibleName(self.tr("Cambios por enviar"))
        self.last_sync.setAccessibleName(self.tr("Última sincronización"))
        self.sync_button.setText(self.tr("Sincronizar ahora (F5)"))
        self.sync_button.setAccessibleName(self.tr("Sincronizar ahora"))
        self._show_sync()

    def _show_sync(self) -> None:
        """The status bar's sync part: connection, what waits to be sent, the last sync."""
        sync = self.sync
        self.connection.show_state(sync.connection)
        status = sync.status if self.casebook is not None else None
        self.pending.setText(pending_text(status.pending) if status is not None else "")
        enrolled = status is not None and status.enrolled
        last = status.last_success_at if status is not None else None
        self.last_sync.setText(last_sync_text(last) if enrolled else "")
        self.last_sync.setVisible(enrolled)
        # One "Sincronizar ahora" on screen: on the sync page, that page's own button.
        on_sync_page = self.workspace is not None and self.workspace.current_page == "sync"
        self.sync_button.setVisible(enrolled and self.casebook is not None and not on_sync_page)
        self.sync_button.setEnabled(not sync.syncing and sync.connection is not Connection.REVOKED)
        self.sync_progress.setVisible(sync.syncing)
        self.connection.setToolTip(sync.message)

    def _page_changed(self, _name: str) -> None:
        self._show_sync()  # the status bar's button hides on the sync page, which has its own

    def _sync_progress(self, done: int, total: int) -> None:
        self.sync_progress.setRange(0, max(total, 0))
        self.sync_progress.setValue(min(done, total) if total else 0)

    def sync_now(self) -> None:
        if self.casebook is not None:
            self.sync.sync_now()

    def _enrolled(self, url: str, office: str) -> None:
        self.settings = replace(self.settings, server_url=url)
        if self.device is not None:
            self.device.office = office  # receipts name the office from now on

    def _busy_changed(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if busy:
                app.setOverrideCursor(Qt.CursorShape.BusyCursor)
            else:
                app.restoreOverrideCursor()

    # --- start-up ----------------------------------------------------------------------------

    def start(self, users: list[UserInfo] | None = None) -> None:
        """Show the first screen, and open the casebook file (migrating it) off the GUI thread.

        ``users``, read without opening the casebook (``[]`` before set-up), lets the unlock
        screen or the set-up wizard paint at once; the person types while the casebook opens
        on the worker, and whatever they ask of it waits there behind the opening.
        """
        if users:
            self.show_unlock(users=users)
        elif users is not None:
            self.show_setup()
        store, opening = self.store, self._opening
        data_dir, kdf = self.data_dir, self.settings.kdf_target_ms / 1000
        zone = self.settings.time_zone
        # The import below holds the GIL for long stretches, and the GUI thread takes it back
        # after every Qt call: it waits until the window has painted (at most a second).
        painted = threading.Event()
        QTimer.singleShot(0, painted.set)

        def open_store() -> tuple[CasebookStore, bool]:
            try:
                if store is None:
                    painted.wait(timeout=1.0)
                    # Imported here, on the worker: the window is up while SQLAlchemy loads.
                    from bienestar_field.casebook import CasebookStore

                    opened = CasebookStore(data_dir, kdf_target_seconds=kdf, time_zone_name=zone)
                else:
                    opened = store
                is_set_up = opened.is_set_up
            except BaseException as exc:
                opening.set_exception(exc)
                raise
            opening.set_result(opened)
            return opened, is_set_up

        self.runner.run_in_background(open_store, self._store_ready, self.show_error)

    def _opened_store(self) -> CasebookStore:
        """The casebook file, for jobs on the worker (queued after the opening, so it is done)."""
        return self._opening.result(timeout=0)

    def _store_ready(self, opened: tuple[CasebookStore, bool]) -> None:
        self.store, is_set_up = opened
        if self.runner.accepting:
            # While the person types the passphrase; the key derivation that follows releases
            # the interpreter, so even a passphrase typed at once does not wait for this.
            self.runner.run_aside(_load_unlocked_path)
        if self.casebook is not None:
            return
        if is_set_up and self.unlock_screen is None:
            self.show_unlock()
        elif not is_set_up and self.wizard is None:
            self.show_setup()

    def _replace_centre(self, widget: QWidget) -> None:
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()

    def show_setup(self) -> None:
        from bienestar_field.ui.setup_wizard import SetupWizard

        old = self.wizard
        self.wizard = SetupWizard(
            self._opened_store, self.runner, sync=self.sync, display=self._display()
        )
        self.wizard.setWindowFlags(Qt.WindowType.Widget)
        self.wizard.completed.connect(self.show_workspace)
        self.wizard.display_changed.connect(self._display_chosen)
        self._replace_centre(self.wizard)
        if old is not None:
            self.wizard.take_over(old)
        self.unlock_screen = None

    def show_unlock(
        self, preferred_user: str | None = None, *, users: list[UserInfo] | None = None
    ) -> None:
        self.unlock_screen = UnlockScreen(
            self._opened_store,
            self.runner,
            preferred_user=preferred_user,
            users=users,
            display=self._display(),
        )
        self.unlock_screen.unlocked.connect(self.show_workspace)
        self.unlock_screen.display_changed.connect(self._display_chosen)
        self._replace_centre(self.unlock_screen)
        self.wizard = None
        self._show_sync()

    def _display(self) -> Display:
        settings = self.settings
        return Display(settings.language, settings.large_text, settings.high_contrast)

    def _display_chosen(self, display: Display) -> None:
        """Language, large text or contrast chosen on the unlock screen or the wizard: saved
        and applied like Settings › Apply, after the signal's handlers have returned (the
        screen that sent it is replaced)."""
        settings = replace(
            self.settings,
            language=display.language,
            large_text=display.large_text,
            high_contrast=display.high_contrast,
        )
        QTimer.singleShot(0, self, lambda: self.apply_settings(settings))

    def show_workspace(self, casebook: Casebook, page: int = 0) -> None:
        fresh = casebook is not self.casebook or self.device is None
        if fresh:
            # Once per unlock, on the worker: receipts then never read the database.
            self.device = DeviceCode.fetch(casebook, self.runner)
            # The name index now, in the background, so the first search is instant.
            self.runner.run_in_background(casebook.search.prepare, None, lambda _exc: None)
        self.casebook = casebook
        assert self.store is not None
        if fresh:
            self.sync.attach(casebook, self.settings.server_url)
        workspace = Workspace(
            casebook,
            self.runner,
            self.settings,
            device=self.device,
            sync=self.sync,
        )
        self.workspace = workspace
        workspace.lock_requested.connect(self.lock)
        workspace.switch_requested.connect(self.switch_user)
        workspace.settings_applied.connect(self.apply_settings)
        workspace.page_changed.connect(self._page_changed)
        self._replace_centre(workspace)
        workspace.show_page(page)
        left_off, self._left_off = self._left_off, None
        if fresh and left_off is not None and left_off[0] == casebook.user.id:
            workspace.take_over(left_off[1])
        self.unlock_screen = None
        self.wizard = None
        self.idle.set_minutes(self.settings.idle_lock_minutes)
        self.idle.start()
        self.refresh_pending()
        self.workspace_shown.emit()
        # After the first paint, with nothing else queued for the GUI thread.
        QTimer.singleShot(300, workspace, workspace.warm_up)

    # --- session -----------------------------------------------------------------------------

    def lock(self, *, switch: bool = False) -> None:
        """Save unfinished work as a draft, forget the keys, and show the unlock screen."""
        casebook, workspace = self.casebook, self.workspace
        if casebook is None:
            return
        self.idle.stop()
        if workspace is not None:
            workspace.save_work_before_lock()
            self._left_off = (casebook.user.id, workspace.carry_over())
        self.casebook = None
        self.device = None
        self.workspace = None
        self.sync.detach()
        self.runner.run_in_background(self._lock_after_sync(casebook))
        self.show_unlock(None if switch else casebook.user.name)
        self.locked.emit()

    def _lock_after_sync(self, casebook: Casebook) -> Callable[[], None]:
        """Forget the keys only once a running sync has seen its cancel flag and stopped."""
        sync = self.sync

        def lock() -> None:
            sync.wait_stopped()
            casebook.lock()

        return lock

    def switch_user(self) -> None:
        self.lock(switch=True)

    def refresh_pending(self) -> None:
        """After each save: the pending count (and the rest of the sync status) read again."""
        casebook = self.casebook
        if casebook is None or casebook.is_locked:
            return
        self.sync.refresh()

    def apply_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings.language
        self.settings = settings
        self.sync.set_server_url(settings.server_url)
        store = SettingsStore(self.data_dir)
        self.runner.run_in_background(lambda: store.save(settings), None, self.show_error)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, large_text=settings.large_text, high_contrast=settings.high_contrast)
            self._show_sync()  # the connection dot in the new theme's colours
        self.idle.set_minutes(settings.idle_lock_minutes)
        if self.idle.timer.isActive():
            self.idle.timer.start()
        if language_changed:
            self.translators.install(settings.language)
            self.retranslate()
        if self.casebook is None:
            self._rebuild_first_screen()
        elif self.workspace is not None:
            # Rebuilt so every text is in the new language and size; back on the settings page,
            # with the work in the other pages kept as drafts and picked up again.
            old = self.workspace
            old.save_work_before_lock()
            carried = old.carry_over()
            self.show_workspace(self.casebook, page=Workspace.PAGES.index("settings"))
            if self.workspace is not None:
                self.workspace.take_over(carried, page=False)
                self.workspace.settings.status.setText(self.tr("Configuración guardada."))

    def _rebuild_first_screen(self) -> None:
        """The unlock screen or the wizard built again in the new language and size, with what
        was typed in it carried over."""
        old_unlock = self.unlock_screen
        if old_unlock is not None:
            self.show_unlock(old_unlock.user_name() or None, users=old_unlock.users)
            if self.unlock_screen is not None:
                self.unlock_screen.take_over(old_unlock)
        elif self.wizard is not None and self.wizard.result_ is None:
            self.show_setup()

    def show_error(self, exc: Exception) -> None:
        self._show_notice(describe_error(exc))

    def show_bug(self) -> None:
        """After an uncaught exception (already logged by the crash hooks): the bug notice."""
        self._show_notice(bug_text())

    def _show_notice(self, text: str) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Aviso"))
        box.setText(text)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def shutdown(self) -> None:
        """Keep unfinished work as a draft, lock, and close the file (the runner drains)."""
        if self.workspace is not None:
            self.workspace.save_work_before_lock()
        casebook, store = self.casebook, self.store
        self.casebook = None
        self.device = None
        self.workspace = None
        self.store = None
        self.idle.stop()
        # Cancel a running sync and wait for its thread before the keys are forgotten.
        self.sync.shutdown()
        if casebook is not None:
            self.runner.run_in_background(casebook.lock)
        opening = self._opening

        def close_store() -> None:
            # The window may close before the casebook's opening was delivered to it.
            if opening.done() and opening.exception() is None:
                opening.result().close()
            elif store is not None:
                store.close()

        self.runner.run_in_background(close_store)
        self.runner.wait_idle()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def launch(
    data_dir: Path,
    settings: Settings,
    argv: Sequence[str],
    *,
    users: list[UserInfo] | None = None,
) -> tuple[QApplication, Shell, TaskRunner]:
    """Create the application and show the window; the casebook opens in the background.

    With ``users`` (see :meth:`Shell.start`) the first screen paints before it is open.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("Bienestar Field")
    # The installed desktop entry's name (installer/linux): Wayland shells match the window to
    # it for the title bar's icon and the task bar; X11 and Windows take the window icon.
    app.setDesktopFileName("bienestar-field")
    app.setWindowIcon(app_icon())
    # Garbage holding Qt objects must be freed on this thread, never on the casebook worker.
    collector = GuiThreadCollector(app)
    collector.start()
    app.aboutToQuit.connect(collector.stop)
    translators = i18n.Translators()
    translators.install(settings.language)
    apply_theme(app, large_text=settings.large_text, high_contrast=settings.high_contrast)
    runner = TaskRunner()
    shell = Shell(data_dir, settings, runner, translators)
    shell.start(users)
    shell.show()
    return app, shell, runner
