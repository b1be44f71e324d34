"""No personal data in clear in any file of the data folder (DESIGN.md section 4).

Households go in through the CLI (``user add``, ``demo``, ``stats``, a failed unlock) and
through the Casebook (a household with distinctive names, accents and Ñ, an individual
registration, an enrolment with a representative, an attendance check with a note, a draft,
an edit), and a backup is taken. Then the raw bytes of every file under the data folder, and
of the temporary folder the CLI ran with, are searched for every name, CURP, phone number,
address part and note: as typed, upper, lower and title case, without accents, decomposed
(NFD), JSON-escaped and UTF-16. The scan runs while the casebook is open (a live WAL and
shared-memory file) and again after it is closed. Neither the recovery code nor any
passphrase may appear either.

Two controls show that the scan can fail: a marker written in clear into a scratch file is
found, and the same household saved through a cipher that does not encrypt is found in the
database file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import select

from bienestar_field.casebook import Casebook, CasebookStore
from bienestar_field.demo import PRIVACY_NOTICE_VERSION
from bienestar_field.domain.curp import build_curp
from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    Enrollment,
    PrivacyConsent,
    Representative,
)
from bienestar_field.domain.households import Address, GeoPoint, Household
from bienestar_field.domain.people import (
    Disability,
    DisabilityKind,
    Occupation,
    Person,
    Relationship,
    Sex,
)
from bienestar_field.domain.survey import Income
from bienestar_field.domain.users import Role
from bienestar_field.platform.config import CASEBOOK_FILE
from bienestar_field.platform.logs import configure_logging
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.database import backup_database
from bienestar_field.storage.schema import HouseholdRow, PersonRow
from tests.helpers.surveys import full_survey

USER = "campo.oaxaca"
PASSPHRASE = "Guelaguetza en Zaachila 2026"
WRONG_PASSPHRASE = "Contraseña equivocada Ñandú 77"
TODAY = date.today()

# Distinctive synthetic people: made up, with accents, Ñ and Spanish particles.
HEAD_NAMES = ("Eufrosina Xiadani", "Quiñónez", "Ibáñez")
ELDER_NAMES = ("Bartolomé Eleuterio", "Quiñónez", "Zárate")
SPOUSE_NAMES = ("Anacleto Ulises", "Peñaloza", "De la Ñora")
SINGLE_NAMES = ("Maximiliana Azucena", "Yáñez", "Villagómez")
REPRESENTATIVE_NAMES = ("Leocadia Genoveva", "Villaseñor", "Ordóñez")
HEAD_PHONE = "+529512837465"
ELDER_PHONE = "+529513648271"
SINGLE_PHONE = "+525587263419"
REPRESENTATIVE_PHONE = "+529517364528"
HEAD_NOTES = "Teje rebozos de Santa María; cuida a su tía Eduviges los jueves"
EDITED_NOTES = "Se mudó con su cuñada Hermenegilda al barrio de Xochimilcatzin"
CHECK_NOTE = "Acudió acompañado de su nieta Clotilde Ruvalcaba"
DRAFT_LABEL = "Borrador: familia Quiñónez del Callejón Tlacuache"
ADDRESS = Address(
    state_code="20",
    municipality_code="002",
    locality_code=None,
    locality_name="Rancho Yucuñuti de Abajo",
    settlement_type="barrio",
    settlement_name="Barrio de Tepalcatlán",
    street_type="callejón",
    street_name="Callejón del Tlacuache",
    exterior_number="S/N",
    interior_number="",
    postal_code="68400",
    between_streets="Guelatao y Xoxocotlán",
    reference="Frente al ahuehuete, portón añil con buganvilias",
)


def _birth(years: int, month: int = 4, day: int = 12) -> date:
    return date(TODAY.year - years, month, day)


def _person(
    names: tuple[str, str, str],
    born: date,
    sex: Sex,
    relationship: Relationship | None,
    **extra: Any,
) -> Person:
    nombres, primer, segundo = names
    return Person(
        id="",
        curp=build_curp(primer, segundo, nombres, born, sex, "OC"),
        nombres=nombres,
        primer_apellido=primer,
        segundo_apellido=segundo,
        birth_date=born,
        sex=sex,
        birth_state="OC",
        relationship=relationship,
        **extra,
    )


def _household() -> Household:
    head = _person(
        HEAD_NAMES,
        _birth(41),
        Sex.MUJER,
        Relationship.JEFA_O_JEFE,
        phone=HEAD_PHONE,
        indigenous=True,
        pregnancy_due_date=TODAY + timedelta(days=90),
        occupation=Occupation.TRABAJA,
        notes=HEAD_NOTES,
    )
    spouse = _person(SPOUSE_NAMES, _birth(44, 9, 3), Sex.HOMBRE, Relationship.CONYUGE)
    elder = _person(
        ELDER_NAMES,
        _birth(78, 9, 30),
        Sex.HOMBRE,
        Relationship.MADRE_O_PADRE,
        phone=ELDER_PHONE,
        disability=Disability(DisabilityKind.AUDITIVA, certified=True),
    )
    return Household(
        id="",
        address=ADDRESS,
        members=[head, spouse, elder],
        gps=GeoPoint(17.0321, -96.7421),
        consent=PrivacyConsent(
            PRIVACY_NOTICE_VERSION, "2026-01-01T09:00:00+00:00", accepted=True, sensitive_data=True
        ),
    )


def _single_person() -> Person:
    return _person(SINGLE_NAMES, _birth(67, 1, 20), Sex.MUJER, None, phone=SINGLE_PHONE)


def _representative() -> Representative:
    nombres, primer, segundo = REPRESENTATIVE_NAMES
    born = _birth(39, 2, 14)
    return Representative(
        nombres=nombres,
        primer_apellido=primer,
        segundo_apellido=segundo,
        curp=build_curp(primer, segundo, nombres, born, Sex.MUJER, "OC"),
        relationship="hija",
        phone=REPRESENTATIVE_PHONE,
    )


# --- what is searched for, and how ------------------------------------------------------------


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _byte_forms(value: str) -> set[bytes]:
    """Every way ``value`` could sit in a file in clear."""
    cases = {value, value.upper(), value.lower(), value.title(), value.casefold()}
    texts = cases | {_strip_accents(t) for t in cases}
    texts |= {unicodedata.normalize("NFD", t) for t in texts}
    forms: set[bytes] = set()
    for t in texts:
        forms.add(t.encode("utf-8"))
        forms.add(t.encode("utf-16-le"))
        forms.add(json.dumps(t)[1:-1].encode("ascii"))  # \u00f1 escapes
    return forms


@dataclass
class Needles:
    """Labelled values that must never be found, each with all its byte forms."""

    forms: dict[str, set[bytes]]

    @classmethod
    def of(cls, values: Iterable[str], *, min_length: int = 6) -> Needles:
        # Short values would match random ciphertext by chance; they are covered by the
        # longer strings (full names, phrases) that contain them.
        return cls({v: _byte_forms(v) for v in values if len(v.strip()) >= min_length})

    def __len__(self) -> int:
        return len(self.forms)


def _files_under(*roots: Path) -> list[Path]:
    return sorted(p for root in roots if root.exists() for p in root.rglob("*") if p.is_file())


def _scan(needles: Needles, *roots: Path) -> list[str]:
    """``file: value`` for every value found in the raw bytes of any file under ``roots``."""
    found = []
    for path in _files_under(*roots):
        data = path.read_bytes()
        for label, forms in needles.forms.items():
            if any(form in data for form in forms):
                found.append(f"{path}: {label!r}")
    return found


def _phone_forms(phone: str) -> list[str]:
    national = phone.removeprefix("+52")
    return [phone, national, f"{national[:3]} {national[3:6]} {national[6:]}"]


def _person_values(person: Person) -> list[str]:
    names = [person.nombres, person.primer_apellido, person.segundo_apellido or ""]
    values = [person.full_name, " ".join(n for n in names if n), person.curp, *names]
    if person.phone:
        values += _phone_forms(person.phone)
    if person.notes:
        values.append(person.notes)
    return values


def _address_values(address: Address) -> list[str]:
    return [
        address.locality_name,
        address.settlement_name,
        address.street_name,
        address.between_streets,
        address.reference,
    ]


SURVEY_INCOME = "7318.45"
# Answers of the survey, as the record holds them (the questionnaire's codes are public, but
# which a household gave is personal).
SURVEY_VALUES = (SURVEY_INCOME, "pension_no_contributiva", "sin_drenaje", "carrizo_palma")


def _distinctive_values() -> list[str]:
    rep = _representative()
    values = [
        *_person_values(_single_person()),
        *[v for m in _household().members for v in _person_values(m)],
        *_address_values(ADDRESS),
        " ".join(REPRESENTATIVE_NAMES),
        *REPRESENTATIVE_NAMES,
        rep.curp,
        *_phone_forms(REPRESENTATIVE_PHONE),
        HEAD_NOTES,
        EDITED_NOTES,
        "Hermenegilda",
        CHECK_NOTE,
        "Clotilde Ruvalcaba",
        DRAFT_LABEL,
        *SURVEY_VALUES,
    ]
    return values


# --- the CLI --------------------------------------------------------------------------------


def _cli(
    data_dir: Path, temp_dir: Path, *args: str, passphrase: str = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "BIENESTAR_DATA_DIR": str(data_dir),
        "BIENESTAR_PASSPHRASE": passphrase,
        "TMPDIR": str(temp_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", "bienestar_field", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _cli_ok(data_dir: Path, temp_dir: Path, *args: str) -> str:
    result = _cli(data_dir, temp_dir, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


# --- the in-process writes -------------------------------------------------------------------


def _write_distinctive_records(casebook: Casebook) -> None:
    household = casebook.households.register(_household(), today=TODAY)
    casebook.people.register(_single_person(), today=TODAY)
    elder = household.members[2]
    program = casebook.catalog["PAM"]
    shown_at = (casebook.now() - timedelta(minutes=5)).isoformat()
    enrollment = casebook.enrolments.enroll(
        Enrollment(
            id="",
            person_id=elder.id,
            program_code=program.code,
            documents={d.code: True for d in program.documents},
            consent=PrivacyConsent(
                PRIVACY_NOTICE_VERSION, shown_at, accepted=True, sensitive_data=True
            ),
            representative=_representative(),
        ),
        today=TODAY,
    )
    casebook.checks.record(
        [
            AttendanceCheck(
                id="",
                enrollment_id=enrollment.id,
                kind=CheckKind.VISITA,
                period=f"{TODAY.year}-{TODAY.month:02d}",
                result=CheckResult.ASISTIO,
                place_key="OCSSA001234",
                note=CHECK_NOTE,
            )
        ]
    )
    casebook.drafts.save(
        "household",
        DRAFT_LABEL,
        {"nombres": HEAD_NAMES[0], "curp": household.members[0].curp, "phone": HEAD_PHONE},
    )
    # A socioeconomic survey: answers (codes of the questionnaire) and an income amount.
    respondents = casebook.surveys.respondents(household.id)
    survey = full_survey(household.id, respondents, monthly_income=SURVEY_INCOME)
    eldest = max(respondents, key=lambda r: r.age).person_id
    members = dict(survey.members)
    members[eldest] = replace(
        members[eldest],
        incomes=(
            Income("trabajo", Decimal(SURVEY_INCOME), "mensual"),
            Income("pension_no_contributiva", Decimal("3100"), "bimestral"),
        ),
    )
    casebook.surveys.save(replace(survey, walls="carrizo_palma", members=members))
    head = casebook.people.get(household.members[0].id)
    head.notes = EDITED_NOTES
    casebook.people.update(head, today=TODAY)
    # The name index lives in memory only; building it must leave nothing on disk.
    assert casebook.search.names("Quiñónez Ibáñez")
    assert casebook.people.find_by_curp(household.members[0].curp) is not None


def _demo_values(store: CasebookStore, casebook: Casebook) -> list[str]:
    """Names, CURPs, phones and addresses of the demo households, read back decrypted."""
    with store.database.reading() as session:
        household_ids = list(session.scalars(select(HouseholdRow.id)))
        loose_ids = list(
            session.scalars(select(PersonRow.id).where(PersonRow.household_id.is_(None)))
        )
    values: list[str] = []
    for household_id in household_ids:
        household = casebook.households.get(household_id)
        values += _address_values(household.address)
        for member in household.members:
            values += _person_values(member)
    for person_id in loose_ids:
        values += _person_values(casebook.people.get(person_id))
    return values


class _PassThroughCipher:
    """The control: what the storage layer would write if it did not encrypt."""

    def encrypt_json(self, value: object, *, table: str, column: str, row_id: str) -> bytes:
        return json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8")

    def decrypt_json(self, blob: bytes, *, table: str, column: str, row_id: str) -> Any:
        return json.loads(blob)

    def curp_index(self, curp: str) -> bytes:
        return hashlib.sha256(curp.encode()).digest()[:16]

    def audit_mac(self, message: bytes) -> bytes:
        return hashlib.sha256(message).digest()

    def wipe(self) -> None:
        pass


@pytest.fixture
def app_logging(tmp_path: Path) -> Iterable[None]:
    """Leave the root logger as the test found it after ``configure_logging``."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


# --- the tests --------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.usefixtures("app_logging")
def test_no_personal_data_or_secret_in_clear_in_any_file(tmp_path: Path) -> None:
    data_dir, temp_dir = tmp_path / "data", tmp_path / "tmp"
    temp_dir.mkdir()

    # Through the CLI: settings, the first user (prints the recovery code), a demo, stats,
    # and a failed unlock that gets logged.
    _cli_ok(data_dir, temp_dir, "config", "set", "kdf_target_ms", "0")
    recovery_code = _cli_ok(data_dir, temp_dir, "user", "add", USER, "--role", "caseworker")
    recovery_code = recovery_code.strip().splitlines()[-1]
    demo = json.loads(_cli_ok(data_dir, temp_dir, "demo", "--households", "25", "--seed", "11"))
    assert demo["households"] == 25
    assert demo["persons"] > 25
    assert json.loads(_cli_ok(data_dir, temp_dir, "stats"))["households"] == 25
    failed = _cli(data_dir, temp_dir, "stats", passphrase=WRONG_PASSPHRASE)
    assert failed.returncode == 1

    # Through the Casebook, logging to the app's log file as the app does.
    configure_logging(data_dir)
    store = CasebookStore(data_dir, kdf_target_seconds=0)
    try:
        casebook = store.unlock(USER, PASSPHRASE)
        values = _distinctive_values() + _demo_values(store, casebook)
        _write_distinctive_records(casebook)
        backup = backup_database(store.database, data_dir / "backups", label="privacy-test")

        personal = Needles.of(values)
        secrets = Needles.of(
            [
                PASSPHRASE,
                WRONG_PASSPHRASE,
                recovery_code,
                recovery_code.replace("-", ""),
                casebook.keyring.data_key.hex(),
            ]
        )
        assert len(personal) > 100
        assert len(secrets) == 5

        # Scan while open: the WAL holds the fresh pages, the -shm file exists too.
        wal = data_dir / f"{CASEBOOK_FILE}-wal"
        assert wal.stat().st_size > 0
        assert (data_dir / f"{CASEBOOK_FILE}-shm").exists()
        scanned = {p.relative_to(data_dir).as_posix() for p in _files_under(data_dir)}
        assert {CASEBOOK_FILE, f"{CASEBOOK_FILE}-wal", "settings.json"} <= scanned
        assert "logs/bienestar-field.log" in scanned
        assert backup.relative_to(data_dir).as_posix() in scanned
        assert _scan(personal, data_dir, temp_dir) == []
        assert _scan(secrets, data_dir, temp_dir) == []

        # Control 1: a value written in clear into a scratch file is found.
        scratch = data_dir / "scratch-control.txt"
        scratch.write_text(f"{' '.join(HEAD_NAMES).upper()} {HEAD_PHONE}", encoding="utf-8")
        assert len(_scan(personal, data_dir)) >= 2
        scratch.unlink()
        casebook.lock()
    finally:
        store.close()

    # After closing (WAL checkpointed into the main file), and after one more CLI run.
    assert json.loads(_cli_ok(data_dir, temp_dir, "stats"))["households"] == 26
    assert _scan(personal, data_dir, temp_dir) == []
    assert _scan(secrets, data_dir, temp_dir) == []


@pytest.mark.slow
def test_the_scan_finds_records_saved_without_encryption(tmp_path: Path) -> None:
    """Control 2: the same household through a cipher that does not encrypt is found."""
    data_dir = tmp_path / "plain"
    store = CasebookStore(data_dir, kdf_target_seconds=0)
    try:
        real = store.set_up(USER, Role.CASEWORKER, PASSPHRASE).casebook
        plain = store.open_as(cast(Keyring, _PassThroughCipher()), real.user)
        plain.households.register(_household(), today=TODAY)
        head = _household().members[0]
        needles = Needles.of([head.curp, *HEAD_NAMES, HEAD_PHONE, HEAD_NOTES, ADDRESS.reference])
        found = _scan(needles, data_dir)
        assert {f.rsplit(": ", 1)[1] for f in found} == {repr(v) for v in needles.forms}
        real.lock()
    finally:
        store.close()
