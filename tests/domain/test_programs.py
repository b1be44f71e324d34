"""The shipped program catalog, and the strict reading that guards catalog updates."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

import pytest

from bienestar_field.domain.enrollments import CheckKind
from bienestar_field.domain.people import SchoolLevel, Sex
from bienestar_field.domain.programs import AmountPeriod, CatalogError, CheckFrequency
from bienestar_wire.catalog import default_catalog, load_catalog

SHIPPED_BYTES = (
    resources.files("bienestar_field.resources.catalogs").joinpath("programs.json").read_bytes()
)
SHIPPED: dict[str, Any] = json.loads(SHIPPED_BYTES)
# Indexes into the shipped list, used to aim each malformation at a program.
PAM, PMB, PPD, NNHMT, BRC, BBJ, SV, JCF, SCC, MBEDU, MBSAL, MBAM, MBDIS, MBEMB, MBCAP = range(15)
FEDERAL = ["PAM", "PMB", "PPD", "NNHMT", "BRC", "BBJ", "SV", "JCF", "SCC"]
MI_BIENESTAR = ["MBEDU", "MBSAL", "MBAM", "MBDIS", "MBEMB", "MBCAP"]


def load(document: dict[str, Any]) -> None:
    load_catalog(json.dumps(document).encode())


def mutated(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    document = copy.deepcopy(SHIPPED)
    change(document)
    return document


def test_shipped_catalog_lists_the_federal_programs_then_the_mi_bienestar_supports() -> None:
    catalog = default_catalog()
    # 2026.2: the Mi Bienestar supports were added, so the version that names the rules moved.
    assert catalog.version == "2026.2"
    assert catalog.valid_from == date(2026, 1, 1)
    codes = [program.code for program in catalog.programs]
    assert codes == FEDERAL + MI_BIENESTAR
    assert len(catalog) == 15


def test_default_catalog_is_read_once_and_matches_the_file() -> None:
    assert default_catalog() is default_catalog()
    assert load_catalog(SHIPPED_BYTES) == default_catalog()


def test_lookup_by_code() -> None:
    catalog = default_catalog()
    assert catalog.get("PAM") is catalog.programs[PAM]
    assert catalog.get("NOPE") is None
    assert "SCC" in catalog
    with pytest.raises(KeyError):
        catalog["NOPE"]


def test_amounts_are_exact_decimals_with_their_period() -> None:
    catalog = default_catalog()
    assert catalog["PAM"].amount == Decimal("6400")
    assert catalog["PAM"].amount_period is AmountPeriod.BIMESTRAL
    assert catalog["JCF"].amount == Decimal("9582.47")
    assert catalog["JCF"].amount_period is AmountPeriod.MENSUAL
    assert catalog["SCC"].amount is None
    assert catalog["SCC"].amount_period is None
    assert catalog["NNHMT"].amount_notes[0].amount == Decimal("3720")


def test_rules_are_data() -> None:
    catalog = default_catalog()
    assert catalog["PAM"].rule.min_age == 65
    pmb = catalog["PMB"].rule
    assert (pmb.min_age, pmb.max_age, pmb.sexes) == (60, 64, (Sex.MUJER,))
    ppd = catalog["PPD"].rule
    assert ppd.requires_disability_certificate
    assert [alt.max_age for alt in ppd.alternatives] == [29, 64]
    assert ppd.alternatives[1].requires_indigenous_or_afromexican
    assert catalog["BBJ"].rule.school_levels == (SchoolLevel.MEDIA_SUPERIOR,)
    assert catalog["SCC"].rule.requires_enrollment_in == ("PAM", "PPD")


def test_checks_and_documents() -> None:
    catalog = default_catalog()
    (school_check,) = catalog["BRC"].checks
    assert school_check.kind is CheckKind.ESCUELA
    assert school_check.frequency is CheckFrequency.SEMESTRAL
    assert school_check.conditions_payment
    assert not catalog["SCC"].checks[0].conditions_payment
    ppd_required = {d.code for d in catalog["PPD"].required_documents}
    assert {"curp", "acta_nacimiento", "certificado_discapacidad"} <= ppd_required
    address_proof = {
        p.code: d.max_age_months
        for p in catalog
        for d in p.documents
        if d.code == "comprobante_domicilio"
    }
    assert address_proof["PAM"] == 6
    assert address_proof["BRC"] == address_proof["BBJ"] == 3


def test_representatives_and_sensitive_data() -> None:
    catalog = default_catalog()
    allowed = {program.code for program in catalog if program.allows_representative}
    assert allowed == {"PAM", "PPD", "SCC", "MBAM", "MBDIS"}
    sensitive = {program.code for program in catalog if program.uses_sensitive_data}
    assert sensitive == {"PPD", "NNHMT", "MBDIS", "MBEMB"}


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for step in path[:-1]:
            target = target[step]
        del target[path[-1]]

    return change


def _duplicate_first_program(document: dict[str, Any]) -> None:
    document["programs"].append(copy.deepcopy(document["programs"][PAM]))


def _duplicate_first_document(document: dict[str, Any]) -> None:
    documents = document["programs"][PAM]["documents"]
    documents.append(copy.deepcopy(documents[0]))


def _nest_alternatives(document: dict[str, Any]) -> None:
    rule = document["programs"][PPD]["rule"]
    rule["alternatives"][0]["alternatives"] = copy.deepcopy(rule["alternatives"])


P = ("programs",)
MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("missing version", _delete(("catalog_version",)), "missing required field 'catalog_version'"),
    ("bad version", _set(("catalog_version",), "v1"), "catalog_version:"),
    ("bad date", _set(("valid_from",), "01/01/2026"), "valid_from:"),
    ("unknown top field", _set(("currency",), "MXN"), "catalog: unknown field 'currency'"),
    ("no programs", _set(("programs",), []), "programs:"),
    ("programs not a list", _set(("programs",), {}), "programs: expected a list"),
    ("lower-case code", _set((*P, PAM, "code"), "pam"), "programs[0].code:"),
    ("duplicate code", _duplicate_first_program, "programs[15].code: duplicate"),
    ("missing name", _delete((*P, PMB, "name")), "programs[1]: missing required field 'name'"),
    ("empty description", _set((*P, PMB, "description"), " "), "programs[1].description:"),
    ("amount as text", _set((*P, PAM, "amount"), "6400"), "programs[0].amount:"),
    ("negative amount", _set((*P, PAM, "amount"), -1), "programs[0].amount:"),
    ("fractional cents", _set((*P, PAM, "amount"), 1.005), "programs[0].amount:"),
    ("amount without period", _set((*P, PAM, "amount_period"), None), "programs[0].amount_period:"),
    ("unknown period", _set((*P, PAM, "amount_period"), "anual"), "programs[0].amount_period:"),
    (
        "service with period",
        _set((*P, SCC, "amount_period"), "mensual"),
        "programs[8].amount_period",
    ),
    ("missing rule", _delete((*P, PAM, "rule")), "programs[0]: missing required field 'rule'"),
    ("age as text", _set((*P, PAM, "rule", "min_age"), "65"), "programs[0].rule.min_age:"),
    ("age as boolean", _set((*P, PAM, "rule", "min_age"), True), "programs[0].rule.min_age:"),
    ("age as float", _set((*P, PAM, "rule", "min_age"), 64.5), "programs[0].rule.min_age:"),
    ("negative age", _set((*P, PAM, "rule", "min_age"), -1), "programs[0].rule.min_age:"),
    ("min above max", _set((*P, PMB, "rule", "min_age"), 70), "programs[1].rule.max_age:"),
    ("misspelt field", _set((*P, PAM, "rule", "min_aeg"), 60), "rule: unknown field 'min_aeg'"),
    ("unknown sex", _set((*P, PMB, "rule", "sexes"), ["F"]), "programs[1].rule.sexes[0]:"),
    ("empty sexes", _set((*P, PMB, "rule", "sexes"), []), "programs[1].rule.sexes:"),
    ("repeated sex", _set((*P, PMB, "rule", "sexes"), ["M", "M"]), "programs[1].rule.sexes:"),
    ("flag as text", _set((*P, PPD, "rule", "requires_disability"), "sí"), "requires_disability:"),
    (
        "unknown school level",
        _set((*P, BBJ, "rule", "school_levels"), ["prepa"]),
        "programs[5].rule.school_levels[0]:",
    ),
    (
        "unknown occupation",
        _set((*P, JCF, "rule", "occupations"), ["desempleado"]),
        "programs[7].rule.occupations[0]:",
    ),
    (
        "unknown state",
        _set((*P, SV, "rule", "states"), ["20", "33"]),
        "programs[6].rule.states[1]:",
    ),
    ("numeric state", _set((*P, SV, "rule", "states"), [20]), "programs[6].rule.states[0]:"),
    (
        "unknown municipality",
        _set((*P, SV, "rule", "municipalities"), ["20999"]),
        "programs[6].rule.municipalities[0]:",
    ),
    (
        "unknown required program",
        _set((*P, SCC, "rule", "requires_enrollment_in"), ["PAM", "XYZ"]),
        "programs[8].rule.requires_enrollment_in: no program 'XYZ'",
    ),
    (
        "program requires itself",
        _set((*P, SCC, "rule", "requires_enrollment_in"), ["SCC"]),
        "programs[8].rule.requires_enrollment_in: a program cannot require itself",
    ),
    (
        "alternative without label",
        _delete((*P, PPD, "rule", "alternatives", 0, "label")),
        "programs[2].rule.alternatives[0]: missing required field 'label'",
    ),
    (
        "nested alternatives",
        _nest_alternatives,
        "alternatives[0].alternatives: alternatives cannot",
    ),
    ("empty alternatives", _set((*P, PPD, "rule", "alternatives"), []), "rule.alternatives:"),
    (
        "caregiver without occupations",
        _set((*P, NNHMT, "rule", "caregiver"), {}),
        "programs[3].rule.caregiver: missing required field 'occupations'",
    ),
    (
        "unknown check kind",
        _set((*P, BRC, "checks", 0, "kind"), "visita"),
        "programs[4].checks[0].kind:",
    ),
    (
        "unknown frequency",
        _set((*P, BRC, "checks", 0, "frequency"), "anual"),
        "programs[4].checks[0].frequency:",
    ),
    (
        "check without payment flag",
        _delete((*P, BRC, "checks", 0, "conditions_payment")),
        "programs[4].checks[0]: missing required field 'conditions_payment'",
    ),
    ("duplicate document", _duplicate_first_document, "programs[0].documents[5].code: duplicate"),
    (
        "document without required",
        _delete((*P, PAM, "documents", 0, "required")),
        "programs[0].documents[0]: missing required field 'required'",
    ),
    (
        "document age of zero months",
        _set((*P, PAM, "documents", 3, "max_age_months"), 0),
        "programs[0].documents[3].max_age_months:",
    ),
    (
        "missing representative flag",
        _delete((*P, PAM, "allows_representative")),
        "programs[0]: missing required field 'allows_representative'",
    ),
    (
        "unknown poverty condition",
        _set((*P, MBEDU, "rule", "poverty"), "pobreza"),
        "programs[9].rule.poverty: invalid enum value 'pobreza'",
    ),
    (
        "fixed income as text",
        _set((*P, MBAM, "rule", "requires_no_fixed_income"), "yes"),
        "programs[11].rule.requires_no_fixed_income: expected true/false, got text",
    ),
    (
        "other income as a number",
        _set((*P, MBDIS, "rule", "requires_no_other_income"), 1),
        "programs[12].rule.requires_no_other_income: expected true/false",
    ),
    (
        "allowed income source the questionnaire lacks",
        _set((*P, MBDIS, "rule", "allowed_income_sources"), ["pension_no_contributiva", "beca"]),
        "programs[12].rule.allowed_income_sources[1]: 'beca' is not an income source",
    ),
    (
        "allowed income sources without requiring no other income",
        _set((*P, MBAM, "rule", "allowed_income_sources"), ["otros_programas"]),
        "programs[11].rule.allowed_income_sources: only meaningful with requires_no_other_income",
    ),
    (
        "allowed income source twice",
        _set((*P, MBDIS, "rule", "allowed_income_sources"), ["otros_programas"] * 2),
        "programs[12].rule.allowed_income_sources: lists a value more than once",
    ),
    (
        "empty allowed income sources",
        _set((*P, MBDIS, "rule", "allowed_income_sources"), []),
        "programs[12].rule.allowed_income_sources:",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=name) for name, change, expected in MALFORMED],
)
def test_malformed_catalog_is_rejected_naming_the_field(
    change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    with pytest.raises(CatalogError) as raised:
        load(mutated(change))
    assert expected in str(raised.value)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(b"{not json", "not valid JSON", id="not json"),
        pytest.param(b"\xff\xfe{}", "not UTF-8", id="not utf-8"),
        pytest.param(b"[]", "catalog: expected an object", id="list at top"),
        pytest.param(
            b'{"catalog_version": "2026.1", "catalog_version": "2026.2"}',
            "'catalog_version' appears twice",
            id="duplicate key",
        ),
    ],
)
def test_unreadable_catalog_is_rejected(data: bytes, expected: str) -> None:
    with pytest.raises(CatalogError, match=expected):
        load_catalog(data)


def test_nan_amount_is_rejected() -> None:
    text = SHIPPED_BYTES.decode().replace('"amount": 6400', '"amount": NaN', 1)
    with pytest.raises(CatalogError, match="NaN"):
        load_catalog(text.encode())


def test_catalog_update_with_a_territorial_alternative_loads() -> None:
    def add_agreement_states(document: dict[str, Any]) -> None:
        document["catalog_version"] = "2026.2"
        document["programs"][PPD]["rule"]["alternatives"].append(
            {
                "label": "De 30 a 64 años en estados con convenio",
                "min_age": 30,
                "max_age": 64,
                "states": ["09", "20"],
            }
        )

    catalog = load_catalog(json.dumps(mutated(add_agreement_states)).encode())
    assert catalog.version == "2026.2"
    assert catalog["PPD"].rule.alternatives[2].states == ("09", "20")
