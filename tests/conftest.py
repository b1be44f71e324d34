"""Shared fixtures: a casebook on a temporary folder, a clock the test moves, synthetic people.

Key derivation runs at the Argon2id floor (``kdf_target_seconds=0``): still the real
algorithm with the real minimum cost, just not calibrated up. Setting a casebook up costs
two derivations, so one set-up casebook is made per session and each test gets a copy of
its file, unlocked with the real passphrase.

Every person here comes from ``synthetic_identity`` (made-up names, valid made-up CURPs).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.domain.codes import random_code
from bienestar_field.domain.curp import build_curp
from bienestar_field.domain.enrollments import PrivacyConsent
from bienestar_field.domain.households import Address, GeoPoint, Household
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.people import (
    Disability,
    DisabilityKind,
    Occupation,
    Person,
    Relationship,
    Schooling,
    SchoolLevel,
    Sex,
)
from bienestar_field.domain.synthetic import SyntheticIdentity, synthetic_identity
from bienestar_field.domain.users import Role, UserInfo
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.storage.crypto import Keyring

# Qt tests run offscreen by default (STYLE.md, habit 11): without a display, Qt would abort
# the whole run. Set before any test module imports PySide6; an explicit value still wins.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER = "ana.caseworker"
PASSPHRASE = "Tlacolula de Matamoros 2026"
START = datetime(2026, 3, 16, 15, 30, tzinfo=UTC)


class FakeClock:
    """The wall clock the casebook reads (``now=``); tests move it with ``advance``."""

    def __init__(self, start: datetime = START) -> None:
        self.current = start

    def __call__(self) -> datetime:
        return self.current

    @property
    def today(self) -> date:
        return self.current.date()

    def advance(self, seconds: float = 0, *, days: int = 0) -> None:
        self.current += timedelta(seconds=seconds, days=days)


@dataclass(frozen=True)
class Credentials:
    user: str
    passphrase: str
    recovery_code: str


@dataclass(frozen=True)
class _Template:
    file: Path
    recovery_code: str
    data_key: bytes
    user: UserInfo


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def casebook_role() -> Role:
    """The role of the set-up casebook's first user; a module or test that works as a
    supervisor overrides this fixture."""
    return Role.CASEWORKER


@pytest.fixture(scope="session")
def _casebook_templates(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[Role], _Template]:
    """One set-up casebook per role, made the first time a test asks for it."""
    made: dict[Role, _Template] = {}

    def template(role: Role) -> _Template:
        if role not in made:
            made[role] = _set_up_template(tmp_path_factory.mktemp(f"template-{role.value}"), role)
        return made[role]

    return template


def _set_up_template(data_dir: Path, role: Role) -> _Template:
    store = CasebookStore(data_dir, kdf_target_seconds=0, now=FakeClock())
    try:
        result = store.set_up(USER, role, PASSPHRASE)
        data_key = result.casebook.keyring.data_key
        result.casebook.lock()
    finally:
        store.close()  # the last connection checkpoints the WAL into the main file
    assert not (data_dir / f"{CASEBOOK_FILE}-wal").exists()
    return _Template(data_dir / CASEBOOK_FILE, result.recovery_code, data_key, result.casebook.user)


@pytest.fixture
def _casebook_template(
    _casebook_templates: Callable[[Role], _Template], casebook_role: Role
) -> _Template:
    return _casebook_templates(casebook_role)


@pytest.fixture
def credentials(_casebook_template: _Template) -> Credentials:
    return Credentials(USER, PASSPHRASE, _casebook_template.recovery_code)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def open_store(data_dir: Path, clock: FakeClock) -> Iterator[Callable[[], CasebookStore]]:
    """Opens (again) the casebook in ``data_dir``; every store opened is closed at the end."""
    opened: list[CasebookStore] = []

    def open_() -> CasebookStore:
        store = CasebookStore(data_dir, kdf_target_seconds=0, now=clock)
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: Callable[[], CasebookStore]) -> CasebookStore:
    """A new casebook file, not set up yet."""
    return open_store()


@pytest.fixture
def set_up_store(
    data_dir: Path, _casebook_template: _Template, open_store: Callable[[], CasebookStore]
) -> CasebookStore:
    """A casebook already set up with one user (``credentials``), still locked."""
    data_dir.mkdir(parents=True)
    shutil.copy2(_casebook_template.file, data_dir / CASEBOOK_FILE)
    _a_casebook_of_its_own(data_dir / CASEBOOK_FILE)
    return open_store()


def _a_casebook_of_its_own(file: Path) -> None:
    """Each test's copy of the template gets its own casebook id and folio prefix, as a
    casebook set up by itself has: the server refuses a second device behind one casebook."""
    with closing(sqlite3.connect(file)) as db:
        db.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (uuid7(),))
        db.execute("UPDATE meta SET value = ? WHERE key = 'device_code'", (random_code(6),))
        db.commit()


@pytest.fixture
def casebook(set_up_store: CasebookStore, _casebook_template: _Template) -> Iterator[Casebook]:
    """The set-up casebook, unlocked by its first user.

    Built from the data key kept at set-up: the object ``unlock`` returns, without paying
    for Argon2 in every test. Unlocking itself is tested in test_keystore and test_tampering,
    which call ``unlock`` (as do tests here that reopen the file).
    """
    book = set_up_store.open_as(Keyring(_casebook_template.data_key), _casebook_template.user)
    yield book
    book.lock()


# --- synthetic people -----------------------------------------------------------------------


@dataclass
class People:
    """Valid synthetic persons and households; CURPs never repeat within one test."""

    rng: random.Random
    today: date
    _curps: set[str] = field(default_factory=set)

    def identity(self, **kwargs: object) -> SyntheticIdentity:
        kwargs.setdefault("today", self.today)
        for _ in range(100):
            found = synthetic_identity(self.rng, **kwargs)  # type: ignore[arg-type]
            if found.curp not in self._curps:
                self._curps.add(found.curp)
                return found
        raise AssertionError("could not draw a new synthetic CURP")

    def person(
        self,
        relationship: Relationship | None = Relationship.JEFA_O_JEFE,
        *,
        identity: SyntheticIdentity | None = None,
        **kwargs: object,
    ) -> Person:
        who = identity or self.identity(min_age=18, max_age=80, **kwargs)
        return Person(
            id="",
            curp=who.curp,
            nombres=who.nombres,
            primer_apellido=who.primer_apellido,
            segundo_apellido=who.segundo_apellido,
            birth_date=who.birth_date,
            sex=who.sex,
            birth_state=who.birth_state,
            relationship=relationship,
        )

    def full_person(self, relationship: Relationship = Relationship.JEFA_O_JEFE) -> Person:
        """A person with every optional field filled, for round trips."""
        who = self.identity(sex=Sex.MUJER, min_age=22, max_age=35)
        while who.segundo_apellido is None:
            who = self.identity(sex=Sex.MUJER, min_age=22, max_age=35)
        return replace(
            self.person(relationship, identity=who),
            phone="+529511234567",
            disability=Disability(DisabilityKind.AUDITIVA, permanent=False, certified=True),
            indigenous=True,
            afromexican=True,
            pregnancy_due_date=self.today + timedelta(days=120),
            schooling=Schooling(SchoolLevel.SUPERIOR, public=False, cct="20DPR0001X", grade=2),
            occupation=Occupation.TRABAJA_Y_ESTUDIA,
            has_social_security_childcare=True,
            notes="Habla zapoteco; prefiere visitas por la mañana. Ñandú, «casa azul».",
        )

    def named(
        self,
        nombres: str,
        primer_apellido: str,
        segundo_apellido: str | None,
        *,
        birth_date: date,
        sex: Sex,
        birth_state: str = "OC",
        relationship: Relationship | None = Relationship.JEFA_O_JEFE,
    ) -> Person:
        """A person with the given (made-up) name and the CURP that name yields."""
        curp = build_curp(primer_apellido, segundo_apellido, nombres, birth_date, sex, birth_state)
        assert curp not in self._curps
        self._curps.add(curp)
        who = SyntheticIdentity(
            nombres, primer_apellido, segundo_apellido, birth_date, sex, birth_state, curp
        )
        return self.person(relationship, identity=who)

    def child(self, min_age: int = 6, max_age: int = 14) -> Person:
        who = self.identity(min_age=min_age, max_age=max_age)
        return self.person(Relationship.HIJA_O_HIJO, identity=who)

    def address(self) -> Address:
        return Address(
            state_code="20",
            municipality_code="002",
            locality_code="0003",
            locality_name="Arroyo de Enmedio",
            settlement_type="ranchería",
            settlement_name="Los Pinos",
            street_type="camino",
            street_name="Camino Real a Tuxtepec",
            exterior_number="S/N",
            interior_number="B",
            postal_code="68400",
            between_streets="Hidalgo y Juárez",
            reference="A 200 m de la escuela, portón verde",
        )

    def household(self, members: int = 3, *, full: bool = False) -> Household:
        head = self.full_person() if full else self.person()
        people = [head]
        if members >= 2:
            people.append(self.person(Relationship.CONYUGE))
        people += [self.child() for _ in range(members - 2)]
        gps = GeoPoint(18.49607, -96.546755) if full else None
        return Household(
            id="", address=self.address(), members=people, gps=gps, consent=self.consent()
        )

    def consent(self) -> PrivacyConsent:
        """The privacy notice shown (that morning) and accepted, sensitive data included."""
        shown_at = datetime.combine(self.today, datetime.min.time(), UTC) + timedelta(hours=9)
        return PrivacyConsent("2026-01", shown_at.isoformat(), accepted=True, sensitive_data=True)


@pytest.fixture
def people(request: pytest.FixtureRequest, clock: FakeClock) -> People:
    # Seeded from the test's name: reproducible, yet different people in different tests.
    seed = sum(ord(ch) * (i + 1) for i, ch in enumerate(request.node.name))
    return People(random.Random(seed), clock.today)
