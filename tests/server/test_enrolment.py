"""Each step of an enrolment on its own, on SQLite and PostgreSQL, with the clock held still."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from msgspec.structs import replace
from sqlalchemy import Connection, func, insert, select, update

from bienestar_central import models as m
from bienestar_central.config import ServerConfig
from bienestar_central.db import Database, migrate
from bienestar_central.keys import ServerKeys
from bienestar_central.service.audit import AuditChain
from bienestar_central.service.central import CentralService
from bienestar_central.service.codes import CodeRow
from bienestar_central.service.devices import find_device
from bienestar_central.service.enrolment import (
    Enrolled,
    Enrolment,
    code_is_usable,
    count_attempt,
    forget_attempts_before,
    read_request,
    retried_device,
    wait_before_retry,
)
from bienestar_central.service.enrolment import find_code as find_stored_code
from bienestar_central.service.errors import ServiceError
from bienestar_wire.enrolment import EnrolmentCode, answer_proof_holds
from bienestar_wire.envelope import KeyPairs
from bienestar_wire.protocol import (
    EnrollChallenge,
    EnrollRequest,
    ErrorCode,
    bearer,
    canonical_json,
)
from tests.server.enrolling import NEVER_ISSUED, enroll_request
from tests.sync.central_fixtures import BACKENDS

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
NOW_S = int(NOW.timestamp())
WINDOW = 600


@dataclasses.dataclass
class Server:
    service: CentralService
    enrolment: Enrolment
    db: Database


@pytest.fixture(params=BACKENDS)
def server(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    database_url_for: Callable[[str], str | None],
) -> Iterator[Server]:
    url = database_url_for(request.param) or f"sqlite+pysqlite:///{tmp_path / 'c.sqlite3'}"
    database = Database(url)
    migrate(database)
    config = ServerConfig(data_dir=tmp_path, database_url=url, enroll_window_seconds=WINDOW)
    keys = ServerKeys.generate()

    def now() -> datetime:
        return NOW

    audit = AuditChain(database, keys, now=now)
    yield Server(
        CentralService(database, keys, config, now=now),
        Enrolment(database, keys, config, audit, now=now),
        database,
    )
    database.close()


SOME_CHALLENGE = EnrollChallenge(bytes(40), KeyPairs.generate().public_info(), NOW.isoformat())


def signed_request(
    code: str,
    keys: KeyPairs,
    signer: KeyPairs | None = None,
    challenge: EnrollChallenge = SOME_CHALLENGE,
) -> EnrollRequest:
    return enroll_request(challenge, code, keys, signer=signer, casebook_id=CASEBOOK)


def find_code(conn: Connection, server: Server, typed: str) -> CodeRow | None:
    return find_stored_code(conn, server.service.keys, EnrolmentCode.parse(typed).code_id)


def fresh_request(server: Server, code: str, keys: KeyPairs) -> EnrollRequest:
    """A request answering a challenge of this server (``signed_request``'s nonce is not)."""
    return signed_request(code, keys, challenge=server.service.enroll_challenge())


CASEBOOK = "01a1fd7a-0000-7000-8000-00000000cafe"
DEVICE = "01a1fd7a-0000-7000-8000-0000000000d1"


def body(request: EnrollRequest) -> bytes:
    return canonical_json(request.to_json())


def code_row(**changes: object) -> CodeRow:
    fresh = CodeRow("c1", "Norte", NOW + timedelta(minutes=1), None, None)
    return dataclasses.replace(fresh, **changes)  # type: ignore[arg-type]


# --- read the request ---------------------------------------------------------------------------


def test_a_request_signed_by_its_own_key_is_read() -> None:
    keys = KeyPairs.generate()
    request = read_request(body(signed_request("ABCDE-FGHJK-MNPQR-STVWX-YZ012", keys)))
    code_id = EnrolmentCode.parse("ABCDE-FGHJK-MNPQR-STVWX-YZ012").code_id
    assert (request.code_id, request.signing) == (code_id, keys.signing_public)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"not json", ErrorCode.BAD_REQUEST),
        (b'{"type": "something else"}', ErrorCode.BAD_REQUEST),
        (
            body(signed_request(NEVER_ISSUED, KeyPairs.generate(), KeyPairs.generate())),
            ErrorCode.BAD_SIGNATURE,
        ),
    ],
    ids=["not-json", "not-an-enrolment", "signed-by-another-key"],
)
def test_a_request_that_is_unreadable_or_signed_by_another_key_is_a_400(
    raw: bytes, code: ErrorCode
) -> None:
    with pytest.raises(ServiceError) as refused:
        read_request(raw)
    assert (refused.value.status, refused.value.code) == (400, code)


# --- rate limit ---------------------------------------------------------------------------------


def test_a_client_waits_only_once_its_failures_in_the_window_reach_the_limit(
    server: Server,
) -> None:
    with server.db.writing() as conn:
        count_attempt(conn, "client", NOW_S - WINDOW - 1, ok=False)  # outside the window
        count_attempt(conn, "client", NOW_S - 100, ok=False)
        count_attempt(conn, "client", NOW_S - 50, ok=True)  # a success is no failure
        count_attempt(conn, "other", NOW_S - 10, ok=False)  # another client's
        assert wait_before_retry(conn, "client", NOW_S, WINDOW, limit=2) is None
        count_attempt(conn, "client", NOW_S - 20, ok=False)
        # Until the oldest failure in the window leaves it: 600 - 100 seconds.
        assert wait_before_retry(conn, "client", NOW_S, WINDOW, limit=2) == 500
        assert wait_before_retry(conn, "client", NOW_S, WINDOW, limit=3) is None


def test_attempts_older_than_the_window_are_forgotten(server: Server) -> None:
    with server.db.writing() as conn:
        for at in (NOW_S - WINDOW - 1, NOW_S - WINDOW, NOW_S):
            count_attempt(conn, "client", at, ok=False)
        forget_attempts_before(conn, NOW_S - WINDOW)
        kept = conn.execute(select(m.enroll_attempts.c.at).order_by(m.enroll_attempts.c.at))
        assert [at for (at,) in kept] == [NOW_S - WINDOW, NOW_S]


# --- find and check the code --------------------------------------------------------------------


def test_a_code_is_found_however_it_is_typed_and_nothing_else_is(server: Server) -> None:
    issued = server.service.issue_code("Norte")
    sloppy = issued.code.lower().replace("-", " ").replace("0", "o")
    with server.db.writing() as conn:
        found = find_code(conn, server, sloppy)
        assert found is not None
        assert (found.office, found.used_at, found.device_id) == ("Norte", None, None)
        assert found.expires_at == datetime.fromisoformat(issued.expires_at)
        assert find_code(conn, server, NEVER_ISSUED) is None  # well formed, never issued


@pytest.mark.parametrize(
    ("code", "usable"),
    [
        (code_row(), True),
        (None, False),
        (code_row(used_at=NOW.isoformat()), False),
        (code_row(expires_at=NOW), False),
    ],
    ids=["fresh", "unknown", "used", "expires-now"],
)
def test_only_a_known_unused_unexpired_code_is_usable(code: CodeRow | None, usable: bool) -> None:
    assert code_is_usable(code, NOW) is usable


# --- a retried enrolment ------------------------------------------------------------------------


def test_a_retried_enrolment_is_recognised_by_its_keys_until_the_code_expires(
    server: Server,
) -> None:
    keys = KeyPairs.generate()
    code = server.service.issue_code("Norte").code
    first = server.service.enroll(body(fresh_request(server, code, keys)), "10.0.0.1")
    other = KeyPairs.generate()
    same_signing_other_sealing = replace(signed_request(code, keys), sealing=other.sealing_public)
    with server.db.writing() as conn:
        used = find_code(conn, server, code)
        assert used is not None
        assert used.device_id == first.device_id
        again = retried_device(conn, used, signed_request(code, keys), NOW)
        assert again is not None
        assert again.id == first.device_id
        assert retried_device(conn, used, signed_request(code, other), NOW) is None
        assert retried_device(conn, used, same_signing_other_sealing, NOW) is None
        assert retried_device(conn, used, signed_request(code, keys), used.expires_at) is None
        assert retried_device(conn, None, signed_request(code, keys), NOW) is None
        never_used = dataclasses.replace(used, device_id=None)
        assert retried_device(conn, never_used, signed_request(code, keys), NOW) is None
    server.service.revoke(first.device_id)
    with server.db.writing() as conn:
        assert retried_device(conn, used, signed_request(code, keys), NOW) is None


# --- register the device, renew its token, answer -----------------------------------------------


def test_registering_a_device_claims_the_code_and_gives_a_working_token(server: Server) -> None:
    keys = KeyPairs.generate()
    code = server.service.issue_code("Norte").code
    events = server.service.stats()["audit_events"]
    with server.db.writing() as conn:
        found = find_code(conn, server, code)
        assert code_is_usable(found, NOW)
        enrolled = server.enrolment.register_device(conn, found, signed_request(code, keys), NOW)
        claimed = find_code(conn, server, code)
        assert claimed is not None
        assert (claimed.used_at, claimed.device_id) == (NOW.isoformat(), enrolled.device_id)
        assert not code_is_usable(claimed, NOW)
        device = find_device(conn, enrolled.device_id)
    assert enrolled.office == "Norte"
    assert device is not None
    assert (device.signing_key, device.sealing_key) == (keys.signing_public, keys.sealing_public)
    token = bearer(enrolled.device_id, enrolled.token)
    assert server.service.authenticate(token).id == enrolled.device_id
    assert server.service.stats()["audit_events"] == events + 1
    assert server.service.verify_audit().ok


def test_a_code_claimed_meanwhile_is_not_claimed_twice(server: Server) -> None:
    code = server.service.issue_code("Norte").code
    with server.db.writing() as conn:
        found = find_code(conn, server, code)
        assert found is not None
        conn.execute(update(m.enrollment_codes).values(used_at=NOW.isoformat()))
        with pytest.raises(ServiceError) as refused:
            server.enrolment.register_device(
                conn, found, signed_request(code, KeyPairs.generate()), NOW
            )
        assert refused.value.code is ErrorCode.CODE_INVALID
        assert conn.execute(select(func.count()).select_from(m.devices)).scalar_one() == 0


def test_a_renewed_token_replaces_the_old_one(server: Server) -> None:
    keys = KeyPairs.generate()
    code = server.service.issue_code("Norte").code
    first = server.service.enroll(body(fresh_request(server, code, keys)), "10.0.0.1")
    device = server.service.authenticate(bearer(first.device_id, first.token))
    with server.db.writing() as conn:
        renewed = server.enrolment.renew_token(conn, device, "ZZZZZZ")
    assert (renewed.device_id, renewed.office) == (device.id, "Norte")
    assert renewed.folio_prefix == first.folio_prefix  # the casebook's, not the one asked
    assert renewed.token != first.token
    assert server.service.authenticate(bearer(device.id, renewed.token)).id == device.id
    with pytest.raises(ServiceError):
        server.service.authenticate(bearer(device.id, first.token))


def test_the_answer_carries_the_device_its_token_and_the_server_keys(server: Server) -> None:
    code = EnrolmentCode.parse(NEVER_ISSUED)
    request = signed_request(NEVER_ISSUED, KeyPairs.generate())
    token = "t" * 43
    enrolled = Enrolled(DEVICE, "Norte", "K7M2QX", token)
    answer = server.enrolment.answer(enrolled, request, code.mac_key, NOW)
    assert (answer.device_id, answer.token, answer.office) == (DEVICE, token, "Norte")
    assert answer.folio_prefix == "K7M2QX"
    assert answer.server_keys == server.service.keys.info
    assert answer.server_time == NOW.isoformat()
    assert answer_proof_holds(answer, request, code.mac_key)
    assert not answer_proof_holds(
        answer, request, EnrolmentCode.parse(NEVER_ISSUED[:-1] + "B").mac_key
    )
    assert token not in repr(enrolled)


# --- the steps together -------------------------------------------------------------------------


def test_a_refused_code_still_counts_the_failed_attempt(server: Server) -> None:
    with pytest.raises(ServiceError) as refused:
        server.service.enroll(
            body(fresh_request(server, NEVER_ISSUED, KeyPairs.generate())), "10.9.9.9"
        )
    assert (refused.value.status, refused.value.code) == (403, ErrorCode.CODE_INVALID)
    with server.db.reading() as conn:
        attempts = conn.execute(select(m.enroll_attempts.c.at, m.enroll_attempts.c.ok)).all()
    assert [(at, bool(ok)) for at, ok in attempts] == [(NOW_S, False)]


def test_a_rate_limited_client_is_told_when_to_come_back(server: Server) -> None:
    client = server.service.keys.client_tag("10.9.9.9")
    with server.db.writing() as conn:
        conn.execute(
            insert(m.enroll_attempts),
            [{"client": client, "at": NOW_S - 60, "ok": False}] * 10,
        )
    code = server.service.issue_code("Norte").code
    with pytest.raises(ServiceError) as limited:
        server.service.enroll(body(fresh_request(server, code, KeyPairs.generate())), "10.9.9.9")
    assert (limited.value.status, limited.value.code) == (429, ErrorCode.RATE_LIMITED)
    assert limited.value.retry_after == WINDOW - 60
