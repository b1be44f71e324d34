"""The enrolment code and the proofs made with it (``bienestar_wire.enrolment``), on their own."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from bienestar_wire.enrolment import (
    CodeError,
    EnrolmentCode,
    answer_proof_holds,
    key_fingerprint,
    prove_answer,
    request_proof_holds,
)
from bienestar_wire.envelope import KeyPairs
from bienestar_wire.protocol import EnrollChallenge, EnrollResponse
from tests.server.enrolling import enroll_request

NOW = "2026-03-16T15:30:00+00:00"


def test_a_code_ends_with_the_fingerprint_of_the_server_that_issued_it() -> None:
    server, other = KeyPairs.generate().public_info(), KeyPairs.generate().public_info()
    code = EnrolmentCode.issue(server)
    assert len(code.grouped.split("-")) == 5
    assert code.fingerprint == key_fingerprint(server)
    assert code.pins(server)
    assert not code.pins(other)


def test_a_code_is_read_however_it_is_typed_and_nothing_else_is() -> None:
    code = EnrolmentCode.issue(KeyPairs.generate().public_info())
    sloppy = code.grouped.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert EnrolmentCode.parse(sloppy) == code
    assert EnrolmentCode.parse(sloppy).code_id == code.code_id
    for bad in ("", "ABCDE-FGHJK-MNPQR-STVWX", code.grouped + "A", "UUUUU" * 5):
        with pytest.raises(CodeError, match="25 letters and digits"):
            EnrolmentCode.parse(bad)
    assert code.compact not in repr(code)


def test_the_proofs_hold_only_for_what_they_cover_and_under_the_right_code() -> None:
    server = KeyPairs.generate().public_info()
    code = EnrolmentCode.issue(server)
    other_code = EnrolmentCode.issue(server)
    challenge = EnrollChallenge(bytes(range(40)), server, NOW)
    request = enroll_request(challenge, code.grouped, KeyPairs.generate())
    assert request_proof_holds(request, code.mac_key)
    assert not request_proof_holds(request, other_code.mac_key)
    someone = KeyPairs.generate()
    for altered in (
        replace(request, signing=someone.signing_public),
        replace(request, sealing=someone.sealing_public),
        replace(request, nonce=bytes(40)),
        replace(request, casebook_id="01a1fd7a-0000-7000-8000-000000000000"),
        replace(request, folio_prefix="ZZZZZZ"),
    ):
        assert not request_proof_holds(altered, code.mac_key)

    answer = prove_answer(
        EnrollResponse(
            "01a1fd7a-0000-7000-8000-0000000000d1", "t" * 43, "Norte", "K7M2QX", server, NOW
        ),
        request,
        code.mac_key,
    )
    assert answer_proof_holds(answer, request, code.mac_key)
    assert not answer_proof_holds(answer, request, other_code.mac_key)
    impostor = KeyPairs.generate().public_info()
    for altered_answer in (
        replace(answer, token="u" * 43),
        replace(answer, server_keys=impostor),
        replace(answer, folio_prefix="ZZZZZZ"),
        replace(answer, office="Sur"),
    ):
        assert not answer_proof_holds(altered_answer, request, code.mac_key)
    other_request = enroll_request(challenge, code.grouped, KeyPairs.generate())
    assert not answer_proof_holds(answer, other_request, code.mac_key)
