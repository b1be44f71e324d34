"""Changes a device's app would never write, sealed and signed with a real device's keys and
pushed over HTTP to a real server: what a buggy or hostile enrolled device can send."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from typing import Any

import requests

from bienestar_field.demo import synthetic_household
from bienestar_field.domain import codec
from bienestar_field.domain.ids import uuid7
from bienestar_field.sync.store import SyncIdentity, load_identity
from bienestar_wire.catalog import default_catalog
from bienestar_wire.envelope import seal_batch
from bienestar_wire.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    Change,
    Entity,
    Operation,
    bearer,
    canonical_json,
)
from tests.sync.central_harness import Device

USER = "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"


def identity_of(device: Device) -> SyncIdentity:
    identity = load_identity(device.casebook)
    assert identity is not None, "enrol the device first"
    return identity


def stamp() -> str:
    return f"{int(datetime.now(UTC).timestamp() * 1000):013d}-00000-abcdef"


def change(
    entity: Entity,
    fields: dict[str, Any],
    *,
    entity_id: str | None = None,
    operation: Operation = Operation.CREATE,
) -> Change:
    return Change(
        change_id=uuid7(),
        entity=entity,
        entity_id=entity_id or uuid7(),
        operation=operation,
        base_version=0,
        basis_version=0,
        hlc=stamp(),
        user_id=USER,
        created_at=datetime.now(UTC).isoformat(),
        fields=fields,
    )


def household_fields(seed: int = 1, folio: str = "QA0001-000001-X") -> dict[str, Any]:
    household = synthetic_household(random.Random(seed), date(2026, 3, 16))
    return {"folio": folio, **codec.household_fields(household)}


def person_fields(seed: int = 1, folio: str = "QA0001-000002-X") -> dict[str, Any]:
    household = synthetic_household(random.Random(seed), date(2026, 3, 16))
    return {
        "household_id": None,
        "folio": folio,
        **codec.person_personal_fields(household.members[0]),
    }


def enrollment_fields(person_id: str, **overrides: Any) -> dict[str, Any]:
    return {
        "person_id": person_id,
        "program_code": "PAM",
        "status": "submitted",
        "catalog_version": default_catalog().version,
        "folio": "QA0001-000003-X",
        "status_reason": "",
        "documents": {"curp": True},
        "consent": None,
        "representative": None,
        **overrides,
    }


def push(
    identity: SyncIdentity, changes: list[Change], *, timeout: float = 60
) -> requests.Response:
    """POST the changes as one sealed, signed batch of ``identity``'s device."""
    envelope = seal_batch(
        changes,
        batch_id=uuid7(),
        device_id=identity.device_id,
        device_keys=identity.device_keys,
        server=identity.server,
        created_at=datetime.now(UTC).isoformat(),
    )
    return requests.post(
        f"{identity.server_url}/v1/push",
        data=canonical_json(envelope.to_json()),
        headers={
            PROTOCOL_HEADER: str(PROTOCOL_VERSION),
            "Authorization": bearer(identity.device_id, identity.token),
            "Content-Type": "application/json",
        },
        timeout=timeout,
    )


def results(response: requests.Response) -> list[tuple[str, str]]:
    """(status, reason) per change of a 200 answer."""
    return [(status, reason) for status, reason, _ in answers(response)]


def answers(response: requests.Response) -> list[tuple[str, str, str]]:
    """(status, reason, detail) per change of a 200 answer."""
    assert response.status_code == 200, (response.status_code, response.text[:300])
    return [(r["status"], r["reason"], r.get("detail", "")) for r in response.json()["results"]]
