"""Locking the casebook while a sync runs (the idle lock wipes the keyring under the engine) is a
cancellation, recorded as such, never a bug for the crash handler."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bienestar_field.sync import store as sync_store
from bienestar_field.sync.client import Cancelled
from bienestar_field.sync.engine import SyncProgress
from tests.sync.central_harness import Device, running_server


@pytest.mark.parametrize("phase", ["check", "push"])
def test_a_lock_during_a_sync_cancels_it(
    phase: str, tmp_path: Path, make_device: Callable[[str], Device]
) -> None:
    with running_server(tmp_path / "server", None) as server:
        device = make_device("a")
        device.enroll(server.url, server.code("Norte"))
        device.add_households(3, seed=5)
        keyring = device.casebook.keyring

        def lock_on(step: SyncProgress) -> None:
            if step.phase == phase:
                keyring.wipe()  # what Casebook.lock() does to the keys the engine holds

        with pytest.raises(Cancelled):
            device.engine(progress=lock_on).sync()
        runs = sync_store.recent_runs(device.casebook, limit=1)
        assert [run.outcome for run in runs] == ["cancelled"]
        # A locked casebook does not even start a sync: cancelled too.
        with pytest.raises(Cancelled):
            device.engine().sync()
