"""Values a device should never send, sent anyway to a real server process: each bad change is
refused by itself with a reason and a sentence naming the field, never a 5xx, and the rest of
its batch is stored."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bienestar_central import models
from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.protocol import Entity, Operation
from tests.server import crafted
from tests.sync.central_fixtures import BACKENDS
from tests.sync.central_harness import CentralServer, Device, running_server


@pytest.fixture(scope="module", params=BACKENDS)
def server(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    database_url_for: Callable[[str], str | None],
) -> Iterator[CentralServer]:
    url = database_url_for(request.param)
    with running_server(tmp_path_factory.mktemp("bad") / "central", url) as central:
        yield central


@pytest.fixture
def identity(
    server: CentralServer, make_device: Callable[[str], Device], office: str
) -> SyncIdentity:
    device = make_device("lap")
    device.enroll(server.url, server.code(office))
    return crafted.identity_of(device)


def _person_with(**fields: Any) -> dict[str, Any]:
    return {**crafted.person_fields(), **fields}


def _household_with(**fields: Any) -> dict[str, Any]:
    return {**crafted.household_fields(), **fields}


H, P = Entity.HOUSEHOLD, Entity.PERSON
SCHOOLING_X = {"level": "primaria", "public": True, "x": 1}
# (id, entity, fields, reason, the field the sentence names)
BAD = [
    ("gps-one-number", H, _household_with(gps=[19.4]), "invalid", "household.gps"),
    ("gps-text", H, _household_with(gps=[19.4, "x"]), "invalid", "household.gps"),
    ("gps-off-range", H, _household_with(gps=[91.0, -99.1]), "out_of_range", "household.gps"),
    ("1mb", H, _household_with(reference="x" * (1 << 20)), "out_of_range", "household.reference"),
    ("state-list", H, _household_with(state_code=["20"]), "invalid", "household.state_code"),
    ("postal-code", H, _household_with(postal_code="00000"), "invalid", "household.postal_code"),
    ("nul-folio", H, _household_with(folio="QA1\x00"), "invalid", "household.folio"),
    ("long-folio", H, _household_with(folio="Q" * 33), "out_of_range", "household.folio"),
    ("nul-parent", P, _person_with(household_id="h\x00"), "invalid", "person.household_id"),
    ("unknown-field", H, _household_with(extra="hola"), "unknown_field", "household.extra"),
    ("sex-list", P, _person_with(sex=["M"]), "invalid", "person.sex"),
    ("date-format", P, _person_with(birth_date="16/03/2026"), "invalid", "person.birth_date"),
    ("curp", P, _person_with(curp="XXXX000000XXXXXX00"), "invalid", "person.curp"),
    ("phone", P, _person_with(phone="12"), "invalid", "person.phone"),
    ("name-object", P, _person_with(nombres={"a": 1}), "invalid", "person.nombres"),
    ("notes-long", P, _person_with(notes="n" * 5000), "out_of_range", "person.notes"),
    ("partial", P, _person_with(disability={"kind": "motriz"}), "invalid", "person.disability"),
    ("nested", P, _person_with(schooling=SCHOOLING_X), "unknown_field", "person.schooling.x"),
]  # fmt: skip
BAD_CREATES = [pytest.param(*case[1:], id=case[0]) for case in BAD]


@pytest.mark.parametrize(("entity", "fields", "reason", "field"), BAD_CREATES)
def test_a_bad_value_is_refused_alone_with_a_reason_and_the_rest_is_stored(
    server: CentralServer,
    identity: SyncIdentity,
    entity: Entity,
    fields: dict[str, Any],
    reason: str,
    field: str,
) -> None:
    good = crafted.change(Entity.HOUSEHOLD, crafted.household_fields(seed=7))
    bad = crafted.change(entity, fields)
    answer = crafted.push(identity, [bad, good])
    (bad_status, bad_reason, detail), (good_status, _, _) = crafted.answers(answer)
    assert bad_status == "rejected"
    assert bad_reason == reason
    assert detail.startswith(field + " ")
    assert good_status == "applied"
    # Refused means not stored, not fed to the office, and the sentence never quotes the value.
    assert server.count(models.records, models.records.c.entity_id == bad.entity_id) == 0
    assert server.count(models.feed, models.feed.c.entity_id == bad.entity_id) == 0
    assert server.count(models.records, models.records.c.entity_id == good.entity_id) == 1
    assert len(detail) <= 200


def test_a_list_for_an_enrolment_status_is_refused_not_a_server_error(
    server: CentralServer, identity: SyncIdentity
) -> None:
    person = crafted.change(Entity.PERSON, crafted.person_fields(seed=3))
    enrolment = crafted.change(
        Entity.ENROLLMENT, crafted.enrollment_fields(person.entity_id, status=["submitted"])
    )
    found = crafted.answers(crafted.push(identity, [person, enrolment]))
    assert found[0] == ("applied", "", "")
    assert found[1][:2] == ("rejected", "invalid")
    assert found[1][2].startswith("enrollment.status must be one of")


def test_an_update_is_checked_field_by_field_too(
    server: CentralServer, identity: SyncIdentity
) -> None:
    person = crafted.change(Entity.PERSON, crafted.person_fields(seed=4))
    assert crafted.results(crafted.push(identity, [person])) == [("applied", "")]
    edits = [
        {"birth_state": 12},
        {"nombres": None},
        {"relationship": "jefe", "secret_field": True},
    ]
    changes = [
        crafted.change(Entity.PERSON, e, entity_id=person.entity_id, operation=Operation.UPDATE)
        for e in edits
    ]
    found = crafted.results(crafted.push(identity, changes))
    assert [status for status, _ in found] == ["rejected"] * 3
    assert [reason for _, reason in found] == ["invalid", "invalid", "unknown_field"]


def test_a_resent_bad_change_gets_the_same_answer(
    server: CentralServer, identity: SyncIdentity
) -> None:
    bad = crafted.change(Entity.HOUSEHOLD, _household_with(gps=[1]))
    first = crafted.answers(crafted.push(identity, [bad]))
    again = crafted.answers(crafted.push(identity, [bad]))
    assert first == again
    assert first[0][0] == "rejected"


def test_an_8_mib_text_is_refused_before_it_is_read(
    server: CentralServer, identity: SyncIdentity
) -> None:
    huge = crafted.change(H, _household_with(reference="x" * (8 << 20)))
    answer = crafted.push(identity, [huge])
    assert answer.status_code == 413
    assert answer.json()["error"] == "too_large"


def test_the_app_own_changes_all_pass(server: CentralServer, tmp_path: Path, office: str) -> None:
    """A positive control: the rules refuse nothing the app itself writes."""
    device = Device.create(tmp_path / "honest")
    try:
        device.enroll(server.url, server.code(office))
        device.add_households(12, seed=5)
        report = device.sync(server.url)
        assert report.rejected == 0
        assert device.outbox("pending") == []
    finally:
        device.close()
