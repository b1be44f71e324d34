"""Users, passphrases, back-off, lock-out and recovery, through the CasebookStore."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

import pytest

from bienestar_field.casebook import (
    Casebook,
    CasebookError,
    CasebookStore,
    NotSetUp,
)
from bienestar_field.domain.users import Role
from bienestar_field.storage import keystore
from bienestar_field.storage.crypto import CryptoError
from bienestar_field.storage.keystore import (
    BASE_DELAY_SECONDS,
    AccountLocked,
    BadPassphrase,
    UnknownUser,
    UnlockThrottled,
    UserExists,
    WeakPassphrase,
)

if TYPE_CHECKING:
    from tests.conftest import Credentials, FakeClock, People

BETO = "beto.modulo"
BETO_PASSPHRASE = "Mitla y sus grecas 1802"
WRONG = "esta no es la frase correcta"
WEAK = [
    pytest.param("corta123", id="too-short"),
    pytest.param("abababababababab", id="too-few-different-characters"),
    pytest.param(" empieza con espacio", id="leading-space"),
    pytest.param("termina con espacio ", id="trailing-space"),
]


def fail_until_throttled(store: CasebookStore, user: str, clock: FakeClock) -> list[int]:
    """Wrong passphrases until the back-off starts; the attempts left each failure reported."""
    left = []
    for _ in range(3):
        with pytest.raises(BadPassphrase) as caught:
            store.unlock(user, WRONG)
        left.append(caught.value.attempts_left_before_lock)
    return left


@pytest.fixture
def count_derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = keystore.derive_kek

    def counting(*args: Any, **kwargs: Any) -> bytes:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(keystore, "derive_kek", counting)
    return calls


def test_set_up_gives_a_recovery_code_and_a_first_user(store: CasebookStore) -> None:
    assert not store.is_set_up
    with pytest.raises(NotSetUp):
        store.unlock("nadie", WRONG)

    result = store.set_up("ana", Role.CASEWORKER, "Tlacolula de Matamoros 2026")

    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}", result.recovery_code)
    assert store.is_set_up
    assert [(u.name, u.role, u.locked) for u in store.users()] == [("ana", Role.CASEWORKER, False)]
    assert result.casebook.user.name == "ana"
    with pytest.raises(CasebookError, match="already set up"):
        store.set_up("otra", Role.CLERK, "Tlacolula de Matamoros 2026")


def test_several_users_unlock_the_same_data(
    casebook: Casebook, set_up_store: CasebookStore, credentials: Credentials, people: People
) -> None:
    casebook.users.add(BETO, Role.CLERK, BETO_PASSPHRASE)
    household = casebook.households.register(people.household(3))
    casebook.lock()

    beto = set_up_store.unlock(BETO, BETO_PASSPHRASE)
    assert beto.user.role is Role.CLERK
    assert beto.households.get(household.id) == household
    single = beto.people.register(people.person())
    beto.lock()

    ana = set_up_store.unlock(credentials.user, credentials.passphrase)
    assert ana.people.get(single.id) == single
    assert ana.reports.history(single.id)[0].user_name == BETO
    assert {(u.name, u.role) for u in set_up_store.users()} == {
        (credentials.user, Role.CASEWORKER),
        (BETO, Role.CLERK),
    }
    with pytest.raises(UserExists):
        ana.users.add(BETO, Role.CLERK, "Otra frase cualquiera 99")


def test_unknown_user_is_refused(set_up_store: CasebookStore, credentials: Credentials) -> None:
    with pytest.raises(UnknownUser):
        set_up_store.unlock("quien.sea", credentials.passphrase)


def test_wrong_passphrase_says_how_many_attempts_are_left(
    set_up_store: CasebookStore, credentials: Credentials
) -> None:
    for left in (9, 8):
        with pytest.raises(BadPassphrase) as caught:
            set_up_store.unlock(credentials.user, WRONG)
        assert caught.value.attempts_left_before_lock == left
    # A right passphrase opens and starts the count again.
    set_up_store.unlock(credentials.user, credentials.passphrase).lock()
    with pytest.raises(BadPassphrase) as caught:
        set_up_store.unlock(credentials.user, WRONG)
    assert caught.value.attempts_left_before_lock == 9


def test_the_passphrase_is_compared_after_unicode_normalization(
    set_up_store: CasebookStore, casebook: Casebook
) -> None:
    composed = unicodedata.normalize("NFC", "Señora Ángeles de Tlaxiaco")
    casebook.users.add(BETO, Role.CLERK, composed)
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert set_up_store.unlock(BETO, decomposed).user.name == BETO


def test_back_off_after_three_failures_even_for_the_right_passphrase(
    set_up_store: CasebookStore,
    credentials: Credentials,
    clock: FakeClock,
    count_derivations: list[int],
) -> None:
    assert fail_until_throttled(set_up_store, credentials.user, clock) == [9, 8, 7]
    derived = count_derivations[0]

    with pytest.raises(UnlockThrottled) as caught:
        set_up_store.unlock(credentials.user, credentials.passphrase)
    assert BASE_DELAY_SECONDS <= caught.value.retry_after_seconds <= BASE_DELAY_SECONDS + 1
    clock.advance(10)
    with pytest.raises(UnlockThrottled) as caught:
        set_up_store.unlock(credentials.user, WRONG)
    assert 5 <= caught.value.retry_after_seconds <= 6
    # Refused before any key derivation, and not counted as more failures.
    assert count_derivations[0] == derived

    clock.advance(5)
    with pytest.raises(BadPassphrase) as bad:
        set_up_store.unlock(credentials.user, WRONG)
    assert bad.value.attempts_left_before_lock == 6
    # The wait doubles with each further failure.
    with pytest.raises(UnlockThrottled) as caught:
        set_up_store.unlock(credentials.user, credentials.passphrase)
    assert 2 * BASE_DELAY_SECONDS <= caught.value.retry_after_seconds <= 2 * BASE_DELAY_SECONDS + 1
    clock.advance(2 * BASE_DELAY_SECONDS)
    set_up_store.unlock(credentials.user, credentials.passphrase).lock()
    # Success clears the back-off.
    with pytest.raises(BadPassphrase) as bad:
        set_up_store.unlock(credentials.user, WRONG)
    assert bad.value.attempts_left_before_lock == 9


def lock_out(store: CasebookStore, user: str, clock: FakeClock) -> None:
    for attempt in range(1, 10):
        with pytest.raises(BadPassphrase) as caught:
            store.unlock(user, WRONG)
        assert caught.value.attempts_left_before_lock == 10 - attempt
        clock.advance(3600)  # past any back-off
    with pytest.raises(AccountLocked):
        store.unlock(user, WRONG)  # the tenth failure locks


def test_ten_failures_lock_the_user_even_against_the_right_passphrase(
    set_up_store: CasebookStore, casebook: Casebook, credentials: Credentials, clock: FakeClock
) -> None:
    casebook.users.add(BETO, Role.CLERK, BETO_PASSPHRASE)
    casebook.lock()

    lock_out(set_up_store, credentials.user, clock)

    clock.advance(days=30)
    with pytest.raises(AccountLocked, match="recovery code"):
        set_up_store.unlock(credentials.user, credentials.passphrase)
    assert {u.name: u.locked for u in set_up_store.users()} == {
        credentials.user: True,
        BETO: False,
    }
    # Another user of the same casebook is not affected.
    set_up_store.unlock(BETO, BETO_PASSPHRASE).lock()


def test_recovery_code_sets_a_new_passphrase_and_lifts_a_lock(
    set_up_store: CasebookStore,
    credentials: Credentials,
    clock: FakeClock,
    people: People,
    open_store: Any,
) -> None:
    first = set_up_store.unlock(credentials.user, credentials.passphrase)
    household = first.households.register(people.household(2))
    first.lock()
    lock_out(set_up_store, credentials.user, clock)

    # Typed loosely: lower case, no dashes, O for 0 and I/L for 1.
    typed = credentials.recovery_code.replace("-", " ").lower()
    typed = typed.replace("0", "o").replace("1", "l")
    new_passphrase = "Nueva frase para Ana 2026"
    recovered = set_up_store.recover(typed, credentials.user, new_passphrase)

    assert recovered.households.get(household.id) == household
    recovered.lock()
    assert [u.locked for u in set_up_store.users()] == [False]
    with pytest.raises(BadPassphrase) as caught:
        set_up_store.unlock(credentials.user, credentials.passphrase)
    assert caught.value.attempts_left_before_lock == 9
    assert (
        set_up_store.unlock(credentials.user, new_passphrase).reports.verify_audit_chain() is None
    )


def test_a_wrong_recovery_code_changes_nothing(
    set_up_store: CasebookStore, credentials: Credentials
) -> None:
    code = credentials.recovery_code
    wrong = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(CasebookError, match="recovery code"):
        set_up_store.recover(wrong, credentials.user, "Nueva frase para Ana 2026")
    with pytest.raises((CasebookError, CryptoError)):
        set_up_store.recover("ABC-123", credentials.user, "Nueva frase para Ana 2026")
    with pytest.raises(UnknownUser):
        set_up_store.recover(code, "quien.sea", "Nueva frase para Ana 2026")
    set_up_store.unlock(credentials.user, credentials.passphrase).lock()


@pytest.mark.parametrize("weak", WEAK)
def test_set_up_refuses_a_weak_passphrase_and_stays_empty(store: CasebookStore, weak: str) -> None:
    with pytest.raises(WeakPassphrase):
        store.set_up("ana", Role.CASEWORKER, weak)
    assert not store.is_set_up
    assert store.users() == []


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_everywhere_else(
    set_up_store: CasebookStore, casebook: Casebook, credentials: Credentials, weak: str
) -> None:
    with pytest.raises(WeakPassphrase):
        casebook.users.add(BETO, Role.CLERK, weak)
    with pytest.raises(WeakPassphrase):
        casebook.users.change_passphrase(weak)
    with pytest.raises(WeakPassphrase):
        set_up_store.recover(credentials.recovery_code, credentials.user, weak)
    assert [u.name for u in set_up_store.users()] == [credentials.user]
    set_up_store.unlock(credentials.user, credentials.passphrase).lock()


def test_passphrase_change_rewraps_for_that_user_only(
    set_up_store: CasebookStore, casebook: Casebook, credentials: Credentials, people: People
) -> None:
    casebook.users.add(BETO, Role.CLERK, BETO_PASSPHRASE)
    single = casebook.people.register(people.person())
    new_passphrase = "Monte Albán al amanecer 7"
    casebook.users.change_passphrase(new_passphrase)
    casebook.lock()

    with pytest.raises(BadPassphrase):
        set_up_store.unlock(credentials.user, credentials.passphrase)
    again = set_up_store.unlock(credentials.user, new_passphrase)
    assert again.people.get(single.id) == single
    assert set_up_store.unlock(BETO, BETO_PASSPHRASE).people.get(single.id) == single
    # The recovery code still opens the same data.
    recovered = set_up_store.recover(credentials.recovery_code, BETO, "Frase nueva de Beto 2026")
    assert recovered.people.get(single.id) == single
