"""A device made of keys and HTTP only, for tests that send what no honest app would: it enrols
with a real ``bienestar-central serve``, pushes changes it builds itself, and pulls."""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import requests

from bienestar_field.demo import synthetic_household
from bienestar_field.domain import codec
from bienestar_field.domain.ids import uuid7
from bienestar_wire.envelope import (
    KeyPairs,
    PeerKeys,
    open_pull,
    seal_batch,
    verify_receipt,
)
from bienestar_wire.protocol import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    BatchEnvelope,
    Change,
    ChangeResult,
    EnrollChallenge,
    EnrollResponse,
    Entity,
    Health,
    Operation,
    PullPage,
    Receipt,
    RecordState,
    SealedPull,
    bearer,
    canonical_json,
)
from tests.server.enrolling import enroll_request
from tests.sync.central_harness import CentralServer

AT = "2026-03-16T00:00:00+00:00"
USER = "0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Content-Type": "application/json"}


def stamp() -> str:
    return f"{int(datetime.now(UTC).timestamp() * 1000):013d}-00000-abcdef"


def change(
    entity: Entity,
    entity_id: str,
    fields: dict[str, Any],
    *,
    operation: Operation = Operation.CREATE,
    basis: int = 0,
    change_id: str | None = None,
) -> Change:
    return Change(
        change_id or uuid7(),
        entity,
        entity_id,
        operation,
        0,
        basis,
        stamp(),
        USER,
        AT,
        fields,
    )


def household_fields(seed: int, folio: str) -> dict[str, Any]:
    household = synthetic_household(random.Random(seed), date(2026, 3, 16))
    return {"folio": folio, **codec.household_fields(household)}


def person_fields(seed: int, folio: str, household_id: str | None = None) -> dict[str, Any]:
    household = synthetic_household(random.Random(seed), date(2026, 3, 16))
    return {
        "household_id": household_id,
        "folio": folio,
        **codec.person_personal_fields(household.members[0]),
    }


@dataclass
class RawDevice:
    server: CentralServer
    keys: KeyPairs
    device_id: str
    token: str
    office: str
    server_keys: PeerKeys

    @classmethod
    def enrol(cls, server: CentralServer, office: str) -> RawDevice:
        keys = KeyPairs.generate()
        challenge = requests.get(server.url + "/v1/enroll/challenge", headers=HEADERS, timeout=20)
        request = enroll_request(
            EnrollChallenge.from_json(challenge.json()), server.code(office), keys, label="raw"
        )
        answer = requests.post(
            server.url + "/v1/enroll",
            data=canonical_json(request.to_json()),
            headers=HEADERS,
            timeout=20,
        )
        assert answer.status_code == 200, answer.text
        enrolled = EnrollResponse.from_json(answer.json())
        health = Health.from_json(requests.get(server.url + "/v1/health", timeout=20).json())
        return cls(
            server,
            keys,
            enrolled.device_id,
            enrolled.token,
            enrolled.office,
            PeerKeys.from_info(health.server_keys),
        )

    @property
    def auth(self) -> dict[str, str]:
        return {**HEADERS, "Authorization": bearer(self.device_id, self.token)}

    def seal(self, changes: list[Change], batch_id: str | None = None) -> BatchEnvelope:
        return seal_batch(
            changes,
            batch_id=batch_id or uuid7(),
            device_id=self.device_id,
            device_keys=self.keys,
            server=self.server_keys,
            created_at=AT,
        )

    def post(self, envelope: BatchEnvelope, path: str = "/v1/push") -> requests.Response:
        return requests.post(
            self.server.url + path,
            data=canonical_json(envelope.to_json()),
            headers=self.auth,
            timeout=20,
        )

    def send(self, envelope: BatchEnvelope, path: str = "/v1/push") -> list[ChangeResult]:
        """Post ``envelope`` and return its verified receipt's results."""
        answer = self.post(envelope, path)
        assert answer.status_code == 200, answer.text
        receipt = Receipt.from_json(answer.json())
        verify_receipt(receipt, self.server_keys, device_id=envelope.device_id)
        return list(receipt.results)

    def push(self, changes: list[Change]) -> list[tuple[str, str]]:
        return [(r.status.value, r.reason) for r in self.send(self.seal(changes))]

    def pull_all(self) -> list[RecordState]:
        """Every record the office's feed gives this device, page after page."""
        cursor, records = "", []
        while True:
            nonce = secrets.token_hex(8)
            answer = requests.get(
                self.server.url + "/v1/pull",
                params={"cursor": cursor, "nonce": nonce, "limit": 50},
                headers=self.auth,
                timeout=20,
            )
            assert answer.status_code == 200, answer.text
            page: PullPage = open_pull(
                SealedPull.from_json(answer.json()),
                server=self.server_keys,
                device_id=self.device_id,
                device_keys=self.keys,
                request_cursor=cursor,
                nonce=nonce,
            )
            records.extend(e.record for e in page.entries if e.record is not None)
            cursor = page.cursor
            if not page.more:
                return records
