"""``bienestar-central serve --tls-cert/--tls-key``: a device enrols and syncs over HTTPS on
loopback, trusting only the authority it was told to (``server_ca_file``), and the app says so
when it talks plain HTTP to another computer."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from bienestar_field.sync.client import PermanentError
from tests.helpers.certificates import make_tls_files
from tests.sync.central_harness import Device, running_server
from tests.sync.test_cli_sync import field


def test_a_device_enrols_and_syncs_over_tls_trusting_only_the_named_authority(
    tmp_path: Path, make_device: Callable[[str], Device], office: str
) -> None:
    tls = make_tls_files(tmp_path / "tls")
    serve_tls = ("--tls-cert", str(tls.certificate), "--tls-key", str(tls.key))
    with running_server(tmp_path / "central", None, *serve_tls, ca_file=tls.authority) as server:
        assert server.url.startswith("https://127.0.0.1:")
        with pytest.raises(requests.ConnectionError):  # nothing answers in plain HTTP
            requests.get(server.url.replace("https:", "http:") + "/v1/health", timeout=5)

        device = make_device("field")
        code = server.code(office)
        # The system's authorities do not know this one: refused, and nothing was enrolled.
        with pytest.raises(PermanentError, match="not trusted"):
            device.enroll(server.url, code)
        assert server.stats()["devices"] == 0

        set_ca = field(device, "config", "set", "server_ca_file", str(tls.authority))
        assert set_ca.returncode == 0, set_ca.stderr
        enrolled = field(device, "enroll", "--server", server.url, "--code", code)
        assert enrolled.returncode == 0, enrolled.stderr
        assert "plain HTTP" not in enrolled.stderr
        device.add_households(2, seed=71)
        synced = field(device, "sync")
        assert synced.returncode == 0, synced.stderr
        assert json.loads(synced.stdout)["pending"] == 0
        assert server.stats()["households"] == 2


def test_the_command_line_warns_of_plain_http_to_another_computer(
    make_device: Callable[[str], Device],
) -> None:
    device = make_device("field")
    # Not a code (too short): the command stops before the network, after the warning.
    remote = field(device, "enroll", "--server", "http://192.0.2.10:8080", "--code", "ABCD")
    assert remote.returncode == 1
    warning, error = remote.stderr.strip().splitlines()
    assert warning.startswith("bienestar-field: warning: http://192.0.2.10:8080 is plain HTTP")
    assert "25 letters and digits" in error
    for url in ("http://127.0.0.1:8080", "http://localhost:8080", "https://192.0.2.10"):
        local = field(device, "enroll", "--server", url, "--code", "ABCD")
        assert local.returncode == 1
        assert "plain HTTP" not in local.stderr
