"""Follow the README's operator section literally, without a container daemon (CI runs this).

    BIENESTAR_TEST_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test \\
        .venv/bin/python tools/operator_check.py

The README marks its shell blocks with ``<!-- operator-check: NAME -->``; they run here, in
order, with ``bash``, exactly as written: only the variables they read (``PREFIX``,
``BIENESTAR_CENTRAL_DATA_DIR``, ``BIENESTAR_CENTRAL_DATABASE_URL``, ``PORT``, ``BACKUP_DIR``)
point at a temporary folder, a fresh database on the test PostgreSQL server and a free port.
Between the blocks it checks what the section promises: the server's virtualenv has no Qt;
the server answers; a device made with the app's own CLI (this virtualenv) enrols with the
code and syncs everything; the backup can be read back. It also checks the Dockerfile, the
compose file (parsed with PyYAML) and the systemd unit against each other and the README.
Exits 1 with the reason on the first thing that does not hold.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests
import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
PG_ENV = "BIENESTAR_TEST_DATABASE_URL"
PASSPHRASE = "Operador de prueba, Oaxaca 2026"  # noqa: S105 - a throw-away test casebook
BLOCK = re.compile(r"<!-- operator-check: (?P<name>[\w-]+) -->\s*```sh\n(?P<body>.*?)```", re.S)


class CheckFailed(Exception):
    pass


_STARTED = time.monotonic()


def say(message: str) -> None:
    elapsed = time.monotonic() - _STARTED
    print(f"operator-check: [{elapsed:5.1f} s] {message}", file=sys.stderr, flush=True)


def require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def readme_blocks() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    blocks = {match["name"]: match["body"] for match in BLOCK.finditer(text)}
    expected = ["install", "first-start", "serve", "code", "backup"]
    require(list(blocks) == expected, f"README operator blocks {list(blocks)} != {expected}")
    return blocks


def run_block(name: str, body: str, env: Mapping[str, str], timeout: float = 300) -> str:
    say(f"README block '{name}'")
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", body],
        env=dict(env),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    require(
        done.returncode == 0,
        f"README block '{name}' failed ({done.returncode}): {done.stderr.strip()[-1500:]}",
    )
    return done.stdout


# --- the files, against each other ----------------------------------------------------------


def pip_command(blocks: Mapping[str, str]) -> str:
    (line,) = [line for line in blocks["install"].splitlines() if " install " in line]
    match = re.search(r'/bin/pip"? (install .+)$', line.strip())
    require(match is not None, f"no pip install in the README's install block: {line}")
    assert match is not None
    return f"pip {match[1]}"  # pip install --no-cache-dir ".[server]"


def check_dockerfile(pip: str) -> int:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    require(pip in text, f"the Dockerfile does not install with the README's command: {pip}")
    users = re.findall(r"^USER\s+(\S+)", text, re.M)
    require(bool(users), "the Dockerfile sets no USER")
    require(users[-1].split(":")[0] not in ("root", "0"), "the image runs as root")
    require(
        re.search(r"^HEALTHCHECK .*/v1/health", text, re.M | re.S) is not None,
        "no HEALTHCHECK on /v1/health",
    )
    (port,) = re.findall(r"^EXPOSE\s+(\d+)", text, re.M)
    require(f"127.0.0.1:{port}/v1/health" in text, "the health check asks another port")
    installs = " ".join(re.findall(r"pip install [^\n]+", text))
    require(
        re.search(r"\b(gui|dev|pyside)", installs, re.I) is None, f"Qt in the image: {installs}"
    )
    return int(port)


def check_compose(image_port: int) -> None:
    deploy = ROOT / "deploy"
    compose = yaml.safe_load((deploy / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    require({"db", "central", "proxy"} <= set(services), f"services: {sorted(services)}")
    db, central, proxy = services["db"], services["central"], services["proxy"]
    require(str(db["image"]).startswith("postgres:"), "the database is not PostgreSQL")
    require("pg_isready" in " ".join(db["healthcheck"]["test"]), "no health check on the db")
    build = central["build"]
    require((deploy / build["context"] / build["dockerfile"]).is_file(), "no Dockerfile there")
    url = central["environment"]["BIENESTAR_CENTRAL_DATABASE_URL"]
    require(url.startswith("postgresql+psycopg://") and "@db:5432/" in url, f"db URL: {url}")
    require(central["depends_on"]["db"]["condition"] == "service_healthy", "central waits?")
    command = [str(part) for part in central["command"]]
    require(command[0] == "serve", f"central runs {command[0]}")
    port = int(command[command.index("--port") + 1])
    require(port == image_port, f"compose serves on {port}, the image's port is {image_port}")
    require("ports" not in central, "the server is published without the proxy")
    trusted = command[command.index("--forwarded-allow-ips") + 1]
    require(
        proxy["networks"]["internal"]["ipv4_address"] == trusted,
        "--forwarded-allow-ips is not the proxy's address",
    )
    require(str(proxy["image"]).startswith("caddy:"), "no Caddy in front")
    mounts = [str(volume).split(":") for volume in proxy["volumes"]]
    (caddyfile,) = [source for source, target, *_ in mounts if target == "/etc/caddy/Caddyfile"]
    text = (deploy / caddyfile).read_text(encoding="utf-8")
    require(f"reverse_proxy central:{port}" in text, "the Caddyfile forwards elsewhere")
    require({"443:443", "80:80"} <= set(proxy["ports"]), "Caddy does not take 80 and 443")
    say("Dockerfile, deploy/compose.yaml and deploy/Caddyfile agree")


def check_unit(prefix: Path, work: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        say("systemd-analyze is not installed: the unit is not verified")
        return
    text = (ROOT / "deploy" / "bienestar-central.service").read_text(encoding="utf-8")
    require("User=bienestar" in text and "EnvironmentFile=" in text, "unit: user, env file")
    require(" serve " in text, "the unit does not serve")
    unit = work / "bienestar-central.service"
    unit.write_text(text.replace("/opt/bienestar-central", str(prefix)), encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    problems = [
        line
        for line in (done.stdout + done.stderr).splitlines()
        if "bienestar-central.service" in line
    ]
    require(not problems, f"systemd-analyze verify: {problems}")
    say("systemd-analyze verify: the unit is valid")


# --- the server's own virtualenv ------------------------------------------------------------


def check_no_qt(prefix: Path) -> None:
    python = prefix / "bin" / "python"
    probe = subprocess.run(
        [str(python), "-c", "import PySide6"], capture_output=True, text=True, check=False
    )
    require(probe.returncode != 0, "PySide6 is importable in the server's virtualenv")
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    names = {entry["name"].lower() for entry in json.loads(listed)}
    qt = sorted(name for name in names if "pyside" in name or "shiboken" in name)
    require(not qt, f"Qt packages in the server's virtualenv: {qt}")
    require({"fastapi", "uvicorn", "psycopg"} <= names, "the server's dependencies are missing")
    say(f"server virtualenv: {len(names)} packages, no PySide6 or shiboken")


# --- PostgreSQL, the server process, the device ---------------------------------------------


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    import psycopg

    name = f"bienestar_operator_{uuid.uuid4().hex[:10]}"
    libpq = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(libpq, autocommit=True, connect_timeout=10) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{admin_url.rpartition('/')[0]}/{name}"
    finally:
        with psycopg.connect(libpq, autocommit=True, connect_timeout=10) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(body: str, env: Mapping[str, str], log: Path, url: str) -> Iterator[None]:
    say("README block 'serve' (in the background)")
    with log.open("wb") as out:
        process = subprocess.Popen(
            ["bash", "-euo", "pipefail", "-c", f"exec {body.strip()}"],
            env=dict(env),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            require(process.poll() is None, f"serve exited: {log.read_text()[-1500:]}")
            try:
                if requests.get(f"{url}/v1/health", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            require(time.monotonic() < deadline, f"no answer: {log.read_text()[-1500:]}")
            time.sleep(0.1)
        say(f"the server answers /v1/health at {url}")
        yield
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        say("the server stopped")


def field(data_dir: Path, *args: str) -> str:
    """The app's CLI from this (the development) virtualenv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BIENESTAR_")}
    env["BIENESTAR_PASSPHRASE"] = PASSPHRASE
    done = subprocess.run(
        [sys.executable, "-m", "bienestar_field", "--data-dir", str(data_dir), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    shown = shlex.join(["bienestar-field", *args])
    require(done.returncode == 0, f"{shown} failed: {done.stderr.strip()[-800:]}")
    return done.stdout


def enrol_and_sync(code: str, url: str, work: Path) -> dict[str, Any]:
    device = work / "device"
    field(device, "config", "set", "kdf_target_ms", "0")  # a test casebook: fast set-up
    field(device, "user", "add", "operadora", "--role", "caseworker")
    made = json.loads(field(device, "demo", "--households", "3", "--seed", "11"))
    field(device, "enroll", "--server", url, "--code", code)
    field(device, "sync")
    stats: dict[str, Any] = json.loads(field(device, "stats"))
    require(stats["pending_changes"] == 0, f"changes left after sync: {stats}")
    say(f"a device enrolled and synced {made['households']} households, nothing pending")
    return stats


def server_stats(prefix: Path, env: Mapping[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [str(prefix / "bin" / "bienestar-central"), "stats"],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def check_backup(backup_dir: Path) -> None:
    dumps = list(backup_dir.glob("bienestar-*.dump"))
    require(len(dumps) == 1, f"no database dump in {backup_dir}")
    listed = subprocess.run(
        ["pg_restore", "--list", str(dumps[0])], capture_output=True, text=True, check=False
    )
    require(listed.returncode == 0 and "TABLE" in listed.stdout, "pg_restore cannot read it")
    keys = backup_dir / "server-keys.json"
    require(keys.is_file() and (keys.stat().st_mode & 0o077) == 0, "no private key copy")
    say(f"backup: {dumps[0].name} reads back with pg_restore, the key file copied (0600)")


def main() -> int:
    admin = os.environ.get(PG_ENV)
    if not admin:
        say(f"{PG_ENV} is not set: no PostgreSQL to run the operator section against")
        return 1
    try:
        blocks = readme_blocks()
        port = check_dockerfile(pip_command(blocks))
        check_compose(port)
        with (
            tempfile.TemporaryDirectory(prefix="operator-check-") as tmp,
            fresh_database(admin) as database_url,
        ):
            work = Path(tmp)
            prefix = work / "opt" / "bienestar-central"
            env = {k: v for k, v in os.environ.items() if not k.startswith("BIENESTAR_")}
            env.pop("VIRTUAL_ENV", None)
            # pip's own setting, not the README's command: no .pyc at install (Python
            # writes them at first import anyway); it halves the install's CPU time.
            env["PIP_NO_COMPILE"] = "1"
            env.update(
                PREFIX=str(prefix),
                BIENESTAR_CENTRAL_DATA_DIR=str(work / "var" / "bienestar-central"),
                BIENESTAR_CENTRAL_DATABASE_URL=database_url,
                PORT=str(free_port()),
                BACKUP_DIR=str(work / "backups"),
            )
            run_block("install", blocks["install"], env, timeout=600)
            check_no_qt(prefix)
            check_unit(prefix, work)
            run_block("first-start", blocks["first-start"], env)
            url = f"http://127.0.0.1:{env['PORT']}"
            with serving(blocks["serve"], env, work / "serve.log", url):
                code = run_block("code", blocks["code"], env).strip().splitlines()[-1]
                device = enrol_and_sync(code, url, work)
                central = server_stats(prefix, env)
                require(
                    central["households"] == device["households"]
                    and central["persons"] == device["persons"]
                    and central["devices"] == 1,
                    f"the server holds {central}, the device sent {device}",
                )
                say(f"the server holds what the device sent: {central['households']} households")
                run_block("backup", blocks["backup"], env)
                check_backup(Path(env["BACKUP_DIR"]))
    except CheckFailed as exc:
        say(f"FAILED: {exc}")
        return 1
    say("the README's operator section holds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
