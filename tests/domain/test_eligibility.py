"""Eligibility against the shipped catalog: exact age boundaries and reasons in Spanish."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import date, timedelta
from importlib import resources
from typing import Any

import pytest

from bienestar_field.domain.eligibility import EligibilityResult, eligible_programs, evaluate
from bienestar_field.domain.households import Address, Household
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
from bienestar_field.domain.programs import ProgramCatalog
from bienestar_field.domain.synthetic import synthetic_identity
from bienestar_wire.catalog import default_catalog, load_catalog

TODAY = date(2026, 3, 15)
CERTIFIED = Disability(DisabilityKind.MOTRIZ, permanent=True, certified=True)
OAXACA_CITY = Address("20", "067", "0001", "Oaxaca de Juárez")
RURAL_VILLAGE = Address("20", "002", "0003", "Arroyo de Enmedio")
TYPED_HAMLET = Address("20", "002", None, "Rancho Las Palmas")
GUADALAJARA = Address("14", "039", "0001", "Guadalajara")

_ids = iter(range(1, 10_000))


def born(years_ago: int, *, on: date = TODAY, days: int = 0) -> date:
    """The birth date that makes someone exactly ``years_ago`` on ``on``, shifted by days."""
    return on.replace(year=on.year - years_ago) + timedelta(days=days)


def make_person(birth_date: date, sex: Sex = Sex.MUJER, **fields: Any) -> Person:
    identity = synthetic_identity(
        random.Random(len(fields) * 1000 + birth_date.toordinal()),
        birth_date=birth_date,
        sex=sex,
        today=TODAY,
    )
    return Person(
        id=f"person-{next(_ids)}",
        curp=identity.curp,
        nombres=identity.nombres,
        primer_apellido=identity.primer_apellido,
        segundo_apellido=identity.segundo_apellido,
        birth_date=identity.birth_date,
        sex=identity.sex,
        birth_state=identity.birth_state,
        **fields,
    )


def result_for(
    code: str,
    person: Person,
    on: date = TODAY,
    *,
    catalog: ProgramCatalog | None = None,
    household: Household | None = None,
    enrolled: frozenset[str] = frozenset(),
) -> EligibilityResult:
    results = evaluate(
        person,
        catalog or default_catalog(),
        on,
        household=household,
        enrolled_programs=enrolled,
    )
    (result,) = [r for r in results if r.program.code == code]
    return result


def reasons(result: EligibilityResult) -> tuple[str, ...]:
    """The reasons as the Spanish sentences shown."""
    return tuple(str(reason) for reason in result.reasons)


def household(address: Address, *members: Person) -> Household:
    return Household(id="hogar-1", address=address, members=list(members))


# --- Pensión Adultos Mayores ---------------------------------------------------------------


def test_pam_the_day_before_the_65th_birthday_is_not_yet() -> None:
    result = result_for("PAM", make_person(born(65, days=1)))
    assert not result.eligible
    assert reasons(result) == ("Tiene 64 años; el programa es para personas de 65 años o más",)


def test_pam_on_the_65th_birthday() -> None:
    result = result_for("PAM", make_person(born(65)))
    assert result.eligible
    assert reasons(result) == ("Tiene 65 años (65 o más)",)


def test_pam_for_someone_born_on_29_february_starts_on_1_march() -> None:
    person = make_person(date(1960, 2, 29), Sex.HOMBRE)
    assert not result_for("PAM", person, date(2025, 2, 28)).eligible
    assert result_for("PAM", person, date(2025, 3, 1)).eligible


# --- Pensión Mujeres Bienestar -------------------------------------------------------------


def test_pmb_starts_on_the_60th_birthday() -> None:
    assert not result_for("PMB", make_person(born(60, days=1))).eligible
    result = result_for("PMB", make_person(born(60)))
    assert result.eligible
    assert reasons(result) == ("Tiene 60 años (de 60 a 64)", "Es mujer")


def test_a_woman_turning_65_moves_from_pmb_to_pam() -> None:
    day_before = make_person(born(65, days=1))
    assert result_for("PMB", day_before).eligible
    assert not result_for("PAM", day_before).eligible

    birthday = make_person(born(65))
    pmb = result_for("PMB", birthday)
    assert not pmb.eligible
    assert reasons(pmb) == ("Tiene 65 años; el programa es para personas de 60 a 64 años",)
    assert result_for("PAM", birthday).eligible


def test_pmb_is_for_women() -> None:
    result = result_for("PMB", make_person(born(62), Sex.HOMBRE))
    assert not result.eligible
    assert reasons(result) == ("Su sexo registrado es hombre; el programa es para mujeres",)


# --- Pensión Personas con Discapacidad Permanente -------------------------------------------


def test_ppd_at_29_nationally() -> None:
    result = result_for("PPD", make_person(born(30, days=1), disability=CERTIFIED))
    assert result.eligible
    assert any("De 0 a 29 años" in reason for reason in reasons(result))


def test_ppd_at_30_without_indigenous_self_identification_fails_both_options() -> None:
    result = result_for("PPD", make_person(born(30), disability=CERTIFIED))
    assert not result.eligible
    assert reasons(result) == (
        "No cumple la opción «De 0 a 29 años, en todo el país»: "
        "tiene 30 años; esta opción es para personas menores de 30 años",
        "No cumple la opción «De 30 a 64 años, personas indígenas o afromexicanas»: "
        "no se reconoce como persona indígena ni afromexicana",
    )


@pytest.mark.parametrize(
    ("indigenous", "afromexican"), [(True, False), (False, True)], ids=["indigena", "afro"]
)
def test_ppd_at_30_with_indigenous_or_afromexican_self_identification(
    indigenous: bool, afromexican: bool
) -> None:
    person = make_person(
        born(30), disability=CERTIFIED, indigenous=indigenous, afromexican=afromexican
    )
    result = result_for("PPD", person)
    assert result.eligible
    assert any("De 30 a 64 años" in reason for reason in reasons(result))


def test_ppd_ends_at_65_even_for_indigenous_people() -> None:
    person = make_person(born(65), disability=CERTIFIED, indigenous=True)
    assert not result_for("PPD", person).eligible
    assert result_for("PAM", person).eligible


def test_ppd_needs_a_certificate_and_a_permanent_disability() -> None:
    uncertified = make_person(born(20), disability=replace(CERTIFIED, certified=False))
    result = result_for("PPD", uncertified)
    assert not result.eligible
    assert reasons(result) == (
        "Falta el certificado de discapacidad de una institución pública de salud",
    )
    result = result_for("PPD", make_person(born(20)))
    assert reasons(result) == ("No tiene registrada una discapacidad permanente",)


# --- scholarships --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "brc", "bbj"),
    [
        (SchoolLevel.PREESCOLAR, False, False),
        (SchoolLevel.PRIMARIA, True, False),
        (SchoolLevel.SECUNDARIA, True, False),
        (SchoolLevel.MEDIA_SUPERIOR, False, True),
        (SchoolLevel.SUPERIOR, False, False),
    ],
)
def test_scholarships_by_school_level(level: SchoolLevel, brc: bool, bbj: bool) -> None:
    student = make_person(born(12), schooling=Schooling(level, public=True))
    assert result_for("BRC", student).eligible is brc
    assert result_for("BBJ", student).eligible is bbj


def test_scholarship_reasons_name_the_level() -> None:
    student = make_person(born(16), schooling=Schooling(SchoolLevel.MEDIA_SUPERIOR))
    assert reasons(result_for("BRC", student)) == (
        "Estudia educación media superior; el programa es para estudiantes de primaria o "
        "secundaria",
    )


def test_scholarships_are_for_public_schools() -> None:
    student = make_person(born(13), schooling=Schooling(SchoolLevel.SECUNDARIA, public=False))
    result = result_for("BRC", student)
    assert not result.eligible
    assert reasons(result) == ("Su escuela no es pública; el programa es para escuelas públicas",)


def test_scholarships_need_a_school_enrolment() -> None:
    result = result_for("BBJ", make_person(born(16)))
    assert not result.eligible
    assert len(reasons(result)) == 1
    assert reasons(result)[0].startswith("No tiene registrada una inscripción escolar")


# --- pregnancy (a state program added by a catalog update) ---------------------------------


def catalog_with(program: dict[str, Any]) -> ProgramCatalog:
    source = resources.files("bienestar_field.resources.catalogs").joinpath("programs.json")
    document = json.loads(source.read_bytes())
    document["programs"].append(program)
    return load_catalog(json.dumps(document).encode())


PRENATAL = {
    "code": "EMB",
    "name": "Apoyo estatal a mujeres embarazadas",
    "description": "Programa de prueba.",
    "amount": 1000,
    "amount_period": "mensual",
    "rule": {"requires_pregnancy": True, "sexes": ["M", "X"], "states": ["20"]},
    "checks": [{"kind": "prenatal", "frequency": "mensual", "conditions_payment": True}],
    "documents": [{"code": "curp", "name": "CURP", "required": True}],
    "allows_representative": False,
}


def test_pregnancy_requires_a_due_date_after_the_evaluation_date() -> None:
    catalog = catalog_with(PRENATAL)
    home = household(OAXACA_CITY)
    due_soon = make_person(born(25), pregnancy_due_date=TODAY + timedelta(days=1))
    result = result_for("EMB", due_soon, catalog=catalog, household=home)
    assert result.eligible
    assert "Embarazo con fecha probable de parto el 16/03/2026" in reasons(result)

    due_today = make_person(born(25), pregnancy_due_date=TODAY)
    result = result_for("EMB", due_today, catalog=catalog, household=home)
    assert reasons(result) == ("La fecha probable de parto registrada (15/03/2026) ya pasó",)

    not_pregnant = make_person(born(25))
    result = result_for("EMB", not_pregnant, catalog=catalog, household=home)
    assert reasons(result) == ("No tiene registrado un embarazo",)


def test_territory_uses_the_household_address() -> None:
    catalog = catalog_with(PRENATAL)
    person = make_person(born(25), pregnancy_due_date=TODAY + timedelta(days=90))
    assert result_for("EMB", person, catalog=catalog, household=household(OAXACA_CITY)).eligible
    elsewhere = result_for("EMB", person, catalog=catalog, household=household(GUADALAJARA))
    assert reasons(elsewhere) == ("Vive en Jalisco; el programa solo opera en Oaxaca",)
    unknown = result_for("EMB", person, catalog=catalog)
    assert reasons(unknown) == ("Falta el domicilio para saber si vive en Oaxaca",)


# --- Jóvenes Construyendo el Futuro --------------------------------------------------------


@pytest.mark.parametrize(
    ("birth_date", "eligible"),
    [
        (born(18, days=1), False),  # 17, the day before turning 18
        (born(18), True),
        (born(30, days=1), True),  # 29, the day before turning 30
        (born(30), False),
    ],
)
def test_jcf_age_boundaries(birth_date: date, eligible: bool) -> None:
    person = make_person(birth_date, Sex.HOMBRE, occupation=Occupation.NI_ESTUDIA_NI_TRABAJA)
    assert result_for("JCF", person).eligible is eligible


def test_jcf_is_for_young_people_who_neither_study_nor_work() -> None:
    result = result_for("JCF", make_person(born(22), occupation=Occupation.TRABAJA))
    assert not result.eligible
    assert reasons(result) == (
        "Ocupación registrada: trabaja; el programa es para quien no estudia ni trabaja",
    )


def test_jcf_says_when_no_occupation_is_recorded() -> None:
    result = result_for("JCF", make_person(born(22)))
    assert reasons(result) == (
        "No tiene ocupación registrada; el programa es para quien no estudia ni trabaja",
    )


def test_jcf_lists_every_failed_condition() -> None:
    result = result_for("JCF", make_person(born(35), occupation=Occupation.ESTUDIA))
    assert len(reasons(result)) == 2
    assert reasons(result)[0].startswith("Tiene 35 años")


# --- Salud Casa por Casa -------------------------------------------------------------------


def test_scc_requires_the_elderly_or_disability_pension() -> None:
    elder = make_person(born(80))
    result = result_for("SCC", elder)
    assert not result.eligible
    assert reasons(result) == (
        "No recibe Pensión Adultos Mayores ni Pensión Personas con Discapacidad Permanente; "
        "el programa es para quien ya recibe alguno de ellos",
    )
    assert result_for("SCC", elder, enrolled=frozenset({"PAM"})).eligible
    assert result_for("SCC", elder, enrolled=frozenset({"PPD"})).eligible
    assert not result_for("SCC", elder, enrolled=frozenset({"BBJ"})).eligible


# --- Niñas y Niños, Hijos de Madres Trabajadoras -------------------------------------------


def family(
    child: Person,
    *,
    mother_occupation: Occupation | None = Occupation.TRABAJA,
    father_occupation: Occupation | None = Occupation.TRABAJA,
) -> Household:
    """A household headed by the father (if any), the mother as spouse or head."""
    members = [child]
    head_taken = False
    if father_occupation is not None:
        father = make_person(born(32), Sex.HOMBRE, occupation=father_occupation)
        members.append(replace(father, relationship=Relationship.JEFA_O_JEFE))
        head_taken = True
    if mother_occupation is not None:
        relationship = Relationship.CONYUGE if head_taken else Relationship.JEFA_O_JEFE
        mother = make_person(born(29), occupation=mother_occupation, relationship=relationship)
        members.append(mother)
    return household(OAXACA_CITY, *members)


def child_aged(years: int, *, days: int = 0, **fields: Any) -> Person:
    return make_person(born(years, days=days), relationship=Relationship.HIJA_O_HIJO, **fields)


def test_childcare_for_a_child_under_4_with_a_working_mother() -> None:
    child = child_aged(3)
    result = result_for("NNHMT", child, household=family(child))
    assert result.eligible
    assert "Su madre trabaja" in reasons(result)


def test_childcare_ends_on_the_4th_birthday_without_disability() -> None:
    day_before = child_aged(4, days=1)
    assert result_for("NNHMT", day_before, household=family(day_before)).eligible
    birthday = child_aged(4)
    result = result_for("NNHMT", birthday, household=family(birthday))
    assert not result.eligible
    assert any("Menores de 6 años con discapacidad" in reason for reason in reasons(result))


def test_childcare_until_6_for_a_child_with_disability() -> None:
    child = child_aged(6, days=1, disability=CERTIFIED)
    assert result_for("NNHMT", child, household=family(child)).eligible
    six = child_aged(6, disability=CERTIFIED)
    assert not result_for("NNHMT", six, household=family(six)).eligible


def test_childcare_needs_the_mother_not_just_the_father_to_work() -> None:
    child = child_aged(2)
    home = family(child, mother_occupation=Occupation.HOGAR)
    result = result_for("NNHMT", child, household=home)
    assert not result.eligible
    assert reasons(result) == (
        "En el hogar no hay una madre, ni un padre sin pareja, que trabaja, estudia o trabaja y "
        "estudia sin guardería del IMSS o del ISSSTE",
    )


def test_childcare_for_a_single_father_who_studies() -> None:
    child = child_aged(1)
    home = family(child, mother_occupation=None, father_occupation=Occupation.ESTUDIA)
    result = result_for("NNHMT", child, household=home)
    assert result.eligible
    assert "Su padre, sin pareja en el hogar, estudia" in reasons(result)


def test_childcare_for_a_grandchild_whose_mother_is_the_heads_daughter() -> None:
    child = make_person(born(2), relationship=Relationship.NIETA_O_NIETO)
    grandmother = make_person(born(55), relationship=Relationship.JEFA_O_JEFE)
    mother = make_person(
        born(24), relationship=Relationship.HIJA_O_HIJO, occupation=Occupation.TRABAJA
    )
    home = household(OAXACA_CITY, grandmother, mother, child)
    result = result_for("NNHMT", child, household=home)
    assert result.eligible
    assert "Su madre trabaja" in reasons(result)


def test_childcare_ignores_a_sibling_too_young_to_be_the_parent() -> None:
    child = make_person(born(2), relationship=Relationship.NIETA_O_NIETO)
    grandmother = make_person(born(40), relationship=Relationship.JEFA_O_JEFE)
    aunt = make_person(
        born(10), relationship=Relationship.HIJA_O_HIJO, occupation=Occupation.ESTUDIA
    )
    result = result_for("NNHMT", child, household=household(OAXACA_CITY, grandmother, aunt, child))
    assert not result.eligible
    assert reasons(result)[-1].startswith("No se identificó en el hogar a la madre ni al padre")


def test_childcare_excluded_with_social_security_daycare() -> None:
    child = child_aged(2, has_social_security_childcare=True)
    result = result_for("NNHMT", child, household=family(child))
    assert not result.eligible
    assert "Ya tiene guardería del IMSS o del ISSSTE" in reasons(result)


def test_childcare_needs_the_household() -> None:
    result = result_for("NNHMT", child_aged(2))
    assert not result.eligible
    assert "Falta el hogar para saber si la madre o el padre trabaja o estudia" in reasons(result)


# --- Sembrando Vida ------------------------------------------------------------------------


def test_sembrando_vida_in_a_rural_catalog_locality_lists_field_checks() -> None:
    farmer = make_person(born(45), Sex.HOMBRE)
    result = result_for("SV", farmer, household=household(RURAL_VILLAGE, farmer))
    assert result.eligible
    assert "Vive en una localidad rural (Arroyo de Enmedio)" in reasons(result)
    assert "Verificar en campo: Dispone de 2.5 hectáreas para un proyecto agroforestal" in (
        reasons(result)
    )


def test_conditions_to_verify_in_the_field_are_told_apart_from_settled_reasons() -> None:
    farmer = make_person(born(45), Sex.HOMBRE)
    result = result_for("SV", farmer, household=household(RURAL_VILLAGE, farmer))
    to_verify = [str(reason) for reason in result.to_verify]
    assert "Verificar en campo: Dispone de 2.5 hectáreas para un proyecto agroforestal" in (
        to_verify
    )
    assert all(r.startswith("Verificar en campo: ") for r in to_verify)
    settled = [str(reason) for reason in result.settled]
    assert "Vive en una localidad rural (Arroyo de Enmedio)" in settled
    assert not any(r.startswith("Verificar en campo") for r in settled)
    assert len(settled) + len(to_verify) == len(result.reasons)


def test_sembrando_vida_counts_typed_hamlets_as_rural() -> None:
    farmer = make_person(born(45), Sex.HOMBRE)
    assert result_for("SV", farmer, household=household(TYPED_HAMLET, farmer)).eligible


def test_sembrando_vida_not_in_a_city() -> None:
    farmer = make_person(born(45), Sex.HOMBRE)
    result = result_for("SV", farmer, household=household(OAXACA_CITY, farmer))
    assert not result.eligible
    assert reasons(result) == (
        "Vive en una localidad urbana (Oaxaca de Juarez); el programa es para localidades rurales",
    )


# --- across the catalog --------------------------------------------------------------------


@pytest.mark.parametrize("years", [0, 3, 10, 16, 22, 40, 62, 70, 90])
def test_every_ineligible_result_explains_itself(years: int) -> None:
    person = make_person(born(years))
    results = evaluate(person, default_catalog(), TODAY, household=household(OAXACA_CITY))
    assert [r.program.code for r in results] == [p.code for p in default_catalog().programs]
    for result in results:
        assert reasons(result), result.program.code
        assert all(reason.strip() for reason in reasons(result))


def test_eligible_programs_of_an_indigenous_woman_of_62_with_a_disability() -> None:
    person = make_person(born(62), disability=CERTIFIED, indigenous=True)
    codes = [p.code for p in eligible_programs(person, default_catalog(), TODAY)]
    assert codes == ["PMB", "PPD"]
    codes = [
        p.code
        for p in eligible_programs(
            person, default_catalog(), TODAY, enrolled_programs=frozenset({"PPD"})
        )
    ]
    assert codes == ["PMB", "PPD", "SCC"]
