"""``serve --workers N``: every worker gets the operator's settings; the app factory reads them
from the environment; a client that goes away mid-request is not a server error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import requests

from bienestar_central.app import app_from_env
from bienestar_central.config import (
    CONFIG_ENV,
    DATA_DIR_ENV,
    ConfigError,
    ServerConfig,
    config_from_env,
)
from bienestar_wire.protocol import PROTOCOL_HEADER
from tests.helpers.fault_proxy import FaultProxy
from tests.sync.central_harness import PgDatabases, running_server

V1 = {PROTOCOL_HEADER: "1"}


@pytest.mark.postgres
def test_each_of_several_workers_serves_with_the_operators_settings(
    tmp_path: Path, pg_databases: PgDatabases
) -> None:
    data = tmp_path / "central"
    with running_server(
        data, pg_databases.create(), "--workers", "2", "--max-body-bytes", "2000"
    ) as server:
        session = requests.Session()
        body = b"{" + b" " * 3000 + b"}"
        for _ in range(20):  # fresh connections, spread over the workers by the kernel
            answer = requests.post(server.url + "/v1/push", data=body, headers=V1, timeout=10)
            assert answer.status_code == 413
            assert "2000 bytes" in answer.json()["message"]
        assert session.get(server.url + "/v1/health", timeout=10).status_code == 200
        workers = server.worker_pids()
        settings = list(data.glob("serve-*.json"))
        assert len(settings) == 1  # the workers' settings, private, while the server runs
        assert settings[0].stat().st_mode & 0o077 == 0
        assert json.loads(settings[0].read_text())["max_body_bytes"] == 2000
    assert len(workers) == 2
    assert list(data.glob("serve-*.json")) == []  # gone with the server


def test_the_factory_reads_its_settings_from_a_file_named_by_the_environment(
    tmp_path: Path,
) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"max_body_bytes": 1234, "enroll_failure_limit": 3}))
    config = config_from_env({CONFIG_ENV: str(settings), DATA_DIR_ENV: str(tmp_path / "d")})
    assert config.max_body_bytes == 1234
    assert config.enroll_failure_limit == 3
    assert config.data_dir == (tmp_path / "d").resolve()
    assert config.database_url.startswith("sqlite")
    # What serve --workers writes is what the factory reads.
    again = ServerConfig(**{**config.to_json(), "data_dir": config.data_dir})
    settings.write_text(json.dumps(again.to_json()))
    assert config_from_env({CONFIG_ENV: str(settings)}) == config


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"max_body_bytes": "big"}', "max_body_bytes must be a whole number"),
        ('{"max_body_bytes": true}', "max_body_bytes must not be true or false"),
        ('{"max_body_bytes": 1.5}', "max_body_bytes must be a whole number"),
        ('{"max_body_bytes": -1}', "max_body_bytes must be a whole number"),
        ('{"database_url": 5}', "database_url must be text"),
        ('{"max_bodybytes": 5}', "unknown server settings: max_bodybytes"),
        ("[1]", "do not hold a JSON object"),
        ("{", "are not JSON"),
    ],
)
def test_bad_settings_are_refused_in_one_line(tmp_path: Path, content: str, message: str) -> None:
    settings = tmp_path / "settings.json"
    settings.write_text(content)
    with pytest.raises(ConfigError, match=message):
        config_from_env({CONFIG_ENV: str(settings)})
    with pytest.raises(ConfigError, match="cannot read"):
        config_from_env({CONFIG_ENV: str(tmp_path / "missing.json")})


def test_a_worker_without_keys_stops_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "never-initialised"))
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    with pytest.raises(SystemExit):
        app_from_env()
    assert "cannot start" in caplog.text
    assert "Traceback" not in caplog.text


def test_a_client_gone_mid_request_is_no_server_error(tmp_path: Path) -> None:
    with running_server(tmp_path / "central", None) as server:
        with FaultProxy(server.port, cut_request=1.0) as proxy:
            for path in ("/v1/enroll", "/v1/push"):
                with pytest.raises(requests.ConnectionError):
                    requests.post(
                        proxy.url + path, data=b"{" + b" " * 5000 + b"}", headers=V1, timeout=10
                    )
            with pytest.raises(requests.ConnectionError):
                requests.get(proxy.url + "/v1/pull", headers=V1, timeout=10)
            assert proxy.counts["cut_request"] == 3
        server.stop()  # the log is complete once the server has stopped
        log = server.log_text()
    assert "client gone before its request ended" in log
    assert " ERROR " not in log
    assert not re.search(r"bienestar_central\.http: \w+ \S+ 5\d\d ", log)
