"""The server finds the same person under two CURPs by itself, and people decide: against a
real server process, with the operator's commands, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from bienestar_field.domain.curp import build_curp
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import Person, Sex
from tests.sync.central_harness import CentralServer, Device

MakeDevice = Callable[[str], Device]
BORN = date(1958, 3, 14)


def person(nombres: str, first: str, second: str | None, homonymy: str, **extra: Any) -> Person:
    return Person(
        id=uuid7(),
        curp=build_curp(first, second, nombres, BORN, Sex.MUJER, "PL", homonymy),
        nombres=nombres,
        primer_apellido=first,
        segundo_apellido=second,
        birth_date=BORN,
        sex=Sex.MUJER,
        birth_state="PL",
        **extra,
    )


def review_list(server: CentralServer, *options: str) -> list[dict[str, Any]]:
    out = server.cli("review", "list", *options).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_the_same_person_under_two_curps_is_queued_and_merged_on_every_device(
    server: CentralServer, make_device: MakeDevice, office: str
) -> None:
    north, south = make_device("north"), make_device("south")
    north.enroll(server.url, server.code(office))
    south.enroll(server.url, server.code(office))
    maria = north.casebook.people.register(
        person("María Guadalupe", "Hernández", "López", "0"), today=date(2026, 12, 1)
    )
    # The same woman at another module: "Ma.", no second surname, a mistyped homoclave.
    again = south.casebook.people.register(
        person("Ma. Guadalupe", "Hernandez", None, "3", phone="+522221234567"),
        today=date(2026, 12, 1),
    )
    # Not her: another woman of the same names, born the same year.
    other = person("María Guadalupe", "Hernández", "Santiago", "0")
    other = replace(
        other,
        birth_date=date(1958, 11, 30),
        curp=build_curp(
            "Hernández", "Santiago", "María Guadalupe", date(1958, 11, 30), Sex.MUJER, "PL", "0"
        ),
    )
    south.casebook.people.register(other, today=date(2026, 12, 1))
    assert maria.curp != again.curp
    assert north.sync().complete
    assert south.sync().complete

    (pair,) = review_list(server, "--office", office)
    assert pair["kind"] == "probable_duplicate"
    assert {pair["entity_id"], pair["other_entity_id"]} == {maria.id, again.id}
    assert pair["score"] >= 0.85
    assert review_list(server, "--office", office, "--kind", "conflict") == []
    assert review_list(server, "--office", "Otra oficina") == []

    decided = server.cli(
        "review", "decide", pair["id"], "--same-person", "--keep", maria.id, "--take", "phone"
    )
    assert json.loads(decided.stdout) == {
        "kept": maria.id,
        "closed": again.id,
        "records_changed": 2,
    }
    assert review_list(server, "--office", office) == []
    again_decided = server.cli("review", "decide", pair["id"], "--different", check=False)
    assert again_decided.returncode != 0
    assert "already decided" in again_decided.stderr
    assert "Traceback" not in again_decided.stderr

    # Every device of the office learns the outcome at its next sync.
    assert north.sync().complete
    assert south.sync().complete
    for device in (north, south):
        kept = device.casebook.people.get(maria.id)
        assert kept.phone == "+522221234567"
        assert kept.segundo_apellido == "López"
        assert device.casebook.people.find_by_curp(again.curp) is None
    assert server.stats()["persons"] == 2  # María and the other woman; the copy is closed

    # Editing the merged copy later does not queue the pair again.
    assert review_list(server, "--office", office, "--kind", "probable_duplicate") == []


def test_a_decision_on_an_unknown_item_says_so_in_one_line(server: CentralServer) -> None:
    for item in ("duplicate-999999", "conflict-999999", "nonsense"):
        result = server.cli("review", "decide", item, "--different", check=False)
        assert result.returncode != 0
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["loser", "winner"])
def test_a_conflict_settled_by_a_person_reaches_both_devices(
    server: CentralServer, make_device: MakeDevice, office: str, value: str
) -> None:
    north, south = make_device("north"), make_device("south")
    north.enroll(server.url, server.code(office))
    south.enroll(server.url, server.code(office))
    maria = north.casebook.people.register(
        person("María Guadalupe", "Hernández", "López", "0"), today=date(2026, 12, 1)
    )
    assert north.sync().complete
    assert south.sync().complete
    # Both edit her phone while apart; the later stamp wins, the other is kept for review.
    north.casebook.people.update(
        replace(north.casebook.people.get(maria.id), phone="+522221111111"), today=date(2026, 12, 1)
    )
    south.casebook.people.update(
        replace(south.casebook.people.get(maria.id), phone="+522222222222"), today=date(2026, 12, 1)
    )
    assert north.sync().complete
    south.sync()
    (conflict,) = review_list(server, "--office", office, "--kind", "conflict")
    assert conflict["field"] == "phone"
    chosen = conflict[value]["value"]
    server.cli("review", "decide", conflict["id"], "--value", value)
    assert review_list(server, "--office", office, "--kind", "conflict") == []
    north.sync()
    south.sync()
    for device in (north, south):
        assert device.casebook.people.get(maria.id).phone == chosen
