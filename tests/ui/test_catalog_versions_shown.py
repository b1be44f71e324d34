"""The settings page says which program catalog is in force and which wait for their day."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.platform.config import Settings
from bienestar_field.ui.settings_page import SettingsPage
from bienestar_field.ui.tasks import TaskRunner
from bienestar_wire.catalog import default_catalog
from tests.conftest import FakeClock
from tests.helpers import catalogs


def test_a_pending_catalog_is_shown_then_in_force_on_its_day(
    qtbot: QtBot,
    casebook: Casebook,
    set_up_store: CasebookStore,
    clock: FakeClock,
    runner: TaskRunner,
) -> None:
    day = clock.today + timedelta(days=2)
    document = catalogs.with_pension_age("2030.1", day, 66)
    with closing(sqlite3.connect(set_up_store.database.path)) as raw:  # as a pull stores it
        raw.execute(
            "INSERT INTO sync_state (key, value) VALUES ('catalog/2030.1', ?)",
            (json.dumps(document),),
        )
        raw.commit()
    casebook.refresh_after_pull()
    page = SettingsPage(Settings(), casebook, runner)
    qtbot.addWidget(page)
    text = page.catalog_label.text()
    shipped = default_catalog()
    assert f"Vigente: versión {shipped.version}, desde el {shipped.valid_from:%d/%m/%Y}" in text
    assert f"Pendiente: versión 2030.1, entra en vigor el {day:%d/%m/%Y}" in text

    clock.current = datetime.combine(day, time(), tzinfo=ZoneInfo("America/Mexico_City"))
    page.show()  # shown again on its day: no sync in between
    assert page.catalog_label.text() == "Vigente: versión 2030.1, desde el " + f"{day:%d/%m/%Y}"
