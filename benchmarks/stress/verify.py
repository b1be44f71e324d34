"""After the run: every record the devices made is on the server exactly once, and no 5xx.

Reads the server's database directly (the operator's view) and its log. Each check that fails
adds one line to the list returned; an empty list means the run held.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sqlalchemy import func, select

from benchmarks.common import percentile
from bienestar_central import models
from tests.sync.central_harness import CentralServer

# bienestar_central.app logs one line per request: "METHOD PATH STATUS TIMEms".
_REQUEST_LINE = re.compile(r"bienestar_central\.http: (\w+) (\S+) (\d{3}) (\d+)ms")
ENTITIES = {
    "households": "household",
    "persons": "person",
    "enrollments": "enrollment",
    "attendance_checks": "attendance_check",
}


def server_statuses(log_text: str) -> Counter[int]:
    return Counter(int(m.group(3)) for m in _REQUEST_LINE.finditer(log_text))


def server_times(log_text: str) -> dict[str, dict[str, float]]:
    """Per route, how many requests the server answered and its own p50/p99 time (ms)."""
    times: dict[str, list[float]] = {}
    for match in _REQUEST_LINE.finditer(log_text):
        route = f"{match.group(1)} {match.group(2).split('?')[0]}"
        times.setdefault(route, []).append(float(match.group(4)))
    return {
        route: {
            "n": len(ms),
            "p50_ms": round(percentile(ms, 50), 1),
            "p99_ms": round(percentile(ms, 99), 1),
            "total_s": round(sum(ms) / 1000, 1),
        }
        for route, ms in sorted(times.items())
    }


def unexpected_errors(log_text: str) -> list[str]:
    """Exceptions the server's shield caught, answered or not: their lines name only the
    exception's type, the method and the route (app.ErrorShield), so they may be shown."""
    return [
        line.split(": ", 1)[-1]
        for line in log_text.splitlines()
        if " ERROR " in line and "unexpected" in line
    ]


def exactly_once(server: CentralServer, devices: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []
    made = 0
    per_office: dict[str, Counter[str]] = {}
    for device in devices:
        name = device["name"]
        if device["error"]:
            problems.append(f"{name}: {device['error']}")
        if device["pending"]:
            problems.append(f"{name}: {device['pending']} changes still pending")
        mine = device["change_ids"]
        on_server = server.change_ids(device["device_id"])
        made += len(mine)
        if len(on_server) != len(mine) or set(on_server) != set(mine):
            problems.append(
                f"{name}: made {len(mine)} changes, the server holds {len(on_server)} of it "
                f"({len(set(mine) - set(on_server))} missing, "
                f"{len(set(on_server) - set(mine))} unknown)"
            )
        office = per_office.setdefault(device["office"], Counter())
        office.update({ENTITIES[k]: v for k, v in device["created"].items()})
    with server.db.reading() as conn:
        total, distinct = conn.execute(
            select(func.count(), func.count(func.distinct(models.changes.c.change_id)))
        ).one()
        statuses = Counter(
            dict(
                conn.execute(
                    select(models.changes.c.status, func.count()).group_by(models.changes.c.status)
                ).all()
            )
        )
        fed = dict(
            conn.execute(
                select(models.feed.c.office, func.count())
                .where(models.feed.c.kind == "record")
                .group_by(models.feed.c.office)
            ).all()
        )
    if total != made or distinct != total:
        problems.append(f"the server holds {total} changes ({distinct} distinct); made {made}")
    if set(statuses) - {"applied"}:
        problems.append(f"changes not applied: {dict(statuses)}")
    for office, expected in per_office.items():
        held = server.records_of_office(office)
        if +held != +expected:
            problems.append(
                f"{office}: the devices made {dict(expected)}, the server holds {dict(held)}"
            )
        changes_of_office = sum(len(d["change_ids"]) for d in devices if d["office"] == office)
        if fed.get(office, 0) != changes_of_office:
            problems.append(
                f"{office}: {fed.get(office, 0)} feed entries for {changes_of_office} changes"
            )
        for device in (d for d in devices if d["office"] == office):
            holds = Counter({ENTITIES[k]: v for k, v in device["holds"].items()})
            if +holds != +held:
                problems.append(f"{device['name']}: holds {dict(holds)} of {dict(held)}")
    audit = server.service.verify_audit()
    problems.extend(f"audit: {problem}" for problem in audit.problems)
    return problems
