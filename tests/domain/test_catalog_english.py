"""Catalog data in English: every shipped item has its label, and the loaders guard them.

Program names are proper names and stay Spanish; English readers get the name followed by a
short gloss. Everything else a catalog shows (documents, alternatives, amount notes, field
checks, address types) has an English label of its own, optional in a catalog update.
"""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

from bienestar_field.domain.address_types import (
    AddressTypesError,
    address_types,
    find_type,
    load_address_types,
)
from bienestar_field.domain.people import Sex
from bienestar_field.domain.programs import CatalogError
from bienestar_field.domain.text import Localized, text
from bienestar_wire.catalog import default_catalog, encode_catalog, load_catalog, shipped_document
from tests.domain.test_eligibility import RURAL_VILLAGE, born, household, make_person, result_for

SHIPPED: dict[str, Any] = json.loads(
    resources.files("bienestar_field.resources.catalogs").joinpath("programs.json").read_bytes()
)


def _load(document: dict[str, Any]) -> None:
    load_catalog(json.dumps(document).encode())


def _english(value: Localized) -> str:
    english = value.in_language("en")
    assert english, f"no English for {value.es!r}"
    assert english != value.es, f"{value.es!r} has no English of its own"
    return english


def test_every_shipped_catalog_item_has_an_english_label() -> None:
    seen = 0
    for program in default_catalog():
        # The proper name kept, the gloss after it.
        assert _english(program.label) == f"{program.name} ({program.gloss_en})"
        _english(program.description_label)
        labels = [document.label for document in program.documents]
        labels += [note.label for note in program.amount_notes]
        labels += [alternative.option_label for alternative in program.rule.alternatives]
        labels += list(program.rule.field_checks)
        for alternative in program.rule.alternatives:
            labels += list(alternative.field_checks)
        for label in labels:
            _english(label)
        seen += 2 + len(labels)
    assert seen > 60  # the loop really walked the catalog
    types = address_types()
    for item in types.settlement + types.street:
        _english(item)
    assert len(types.settlement) >= 9
    assert len(types.street) >= 10


def test_the_shipped_file_gives_english_for_every_item_it_shows() -> None:
    """Read from the JSON itself, so a label the loader forgot to read is still caught."""
    for program in SHIPPED["programs"]:
        assert program["gloss_en"].strip()
        assert program["description_en"].strip()
        for document in program["documents"]:
            assert document["name_en"].strip(), document["code"]
        for note in program.get("amount_notes", []):
            assert note["description_en"].strip()
        for alternative in program["rule"].get("alternatives", []):
            assert alternative["label_en"].strip()
        for check in program["rule"].get("field_checks", []):
            assert isinstance(check, dict), "a field check without English"
            assert check["text_en"].strip()


def test_spanish_is_unchanged_and_english_falls_back_to_it() -> None:
    pam = default_catalog()["PAM"]
    assert pam.name == "Pensión Adultos Mayores"
    assert pam.label.in_language("es_MX") == "Pensión Adultos Mayores"
    assert pam.label.in_language("en") == "Pensión Adultos Mayores (elderly pension)"
    assert str(pam.label) == "Pensión Adultos Mayores"
    assert Localized("Colonia").in_language("en") == "Colonia", "no English: Spanish shown"


def test_a_catalog_without_english_still_loads_and_reads_in_spanish() -> None:
    document = copy.deepcopy(SHIPPED)
    for program in document["programs"]:
        program.pop("gloss_en")
        program.pop("description_en")
        for item in program["documents"]:
            item.pop("name_en")
        for note in program.get("amount_notes", []):
            note.pop("description_en")
        rule = program["rule"]
        for alternative in rule.get("alternatives", []):
            alternative.pop("label_en")
        rule["field_checks"] = [check["text"] for check in rule.get("field_checks", [])] or None
        if rule["field_checks"] is None:
            del rule["field_checks"]
    catalog = load_catalog(json.dumps(document).encode())
    sv = catalog["SV"]
    assert sv.label.in_language("en") == "Sembrando Vida"
    assert sv.documents[0].label.in_language("en") == "CURP"
    assert [check.in_language("en") for check in sv.rule.field_checks] == [
        "La localidad tiene rezago social",
        "Dispone de 2.5 hectáreas para un proyecto agroforestal",
    ]


@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("gloss_en",), "", r"programs\[0\]\.gloss_en: expected non-empty text"),
        (("gloss_en",), 7, r"programs\[0\]\.gloss_en: expected text, got a whole number"),
        (("documents", 0, "name_en"), "  ", r"documents\[0\]\.name_en: expected non-empty"),
        (("documents", 0, "name_english"), "CURP", r"unknown field 'name_english'"),
        (("rule", "label_en"), "Everyone", r"rule\.label_en: only an alternative has a label"),
    ],
)
def test_english_labels_are_validated(
    where: tuple[str | int, ...], value: object, message: str
) -> None:
    document = copy.deepcopy(SHIPPED)
    target: Any = document["programs"][0]
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    with pytest.raises(CatalogError, match=message):
        _load(document)


@pytest.mark.parametrize(
    ("check", "message"),
    [
        ({"text_en": "Has land"}, r"field_checks\[0\]: missing required field 'text'"),
        ({"text": "Tiene tierra", "text_en": ""}, r"field_checks\[0\]\.text_en: expected"),
        ({"text": "Tiene tierra", "texto": "x"}, r"field_checks\[0\]: unknown field 'texto'"),
        (3, r"field_checks\[0\]: expected non-empty text or a \{text, text_en\} object"),
    ],
)
def test_field_checks_with_english_are_validated(check: object, message: str) -> None:
    document = copy.deepcopy(SHIPPED)
    sv = next(p for p in document["programs"] if p["code"] == "SV")
    sv["rule"]["field_checks"] = [check]
    with pytest.raises(CatalogError, match=message):
        _load(document)


def test_catalog_words_inside_a_sentence_follow_the_language_asked_for() -> None:
    document = default_catalog()["PAM"].documents[1]
    sentence = text("Falta el documento: {document}.", document=document.label)
    english = {"Falta el documento: {document}.": "Missing document: {document}."}
    assert str(sentence) == "Falta el documento: Acta de nacimiento."
    assert (
        sentence.render(lambda t: english.get(t, t), "en") == "Missing document: Birth certificate."
    )


def test_eligibility_reasons_carry_the_catalog_english() -> None:
    farmer = make_person(born(45), Sex.HOMBRE)
    result = result_for("SV", farmer, household=household(RURAL_VILLAGE, farmer))
    english = {"Verificar en campo: {check}": "To verify in the field: {check}"}
    to_verify = [reason.render(lambda t: english.get(t, t), "en") for reason in result.to_verify]
    assert "To verify in the field: Has 2.5 hectares available for an agroforestry project" in (
        to_verify
    )
    ppd = result_for("PPD", make_person(born(40)))
    options = " ".join(reason.render(lambda t: t, "en") for reason in ppd.reasons)
    assert "Aged 30 to 64, Indigenous or Afro-Mexican people" in options


def test_address_types_are_found_in_either_language() -> None:
    types = address_types()
    assert find_type(types.street, "calle") == Localized("Calle", "Street")
    assert find_type(types.street, "Street") == Localized("Calle", "Street")
    assert find_type(types.street, "CALLEJON") == Localized("Callejón", "Alley")
    assert find_type(types.settlement, "Ranchería") is not None
    assert find_type(types.street, "Periférico") is None


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            {
                "settlement_types": [{"name": "Colonia"}],
                "street_types": [{"name": "Calle", "name_en": "Street"}],
            },
            r"settlement_types\[0\]\.name_en: expected non-empty text",
        ),
        (
            {"settlement_types": [], "street_types": []},
            r"settlement_types: expected a non-empty list",
        ),
        (
            {"settlement_types": [{"name": "Colonia", "name_en": "N", "x": 1}], "street_types": []},
            r"unknown field 'x'",
        ),
        (
            {
                "settlement_types": [
                    {"name": "Colonia", "name_en": "A"},
                    {"name": "colonia", "name_en": "B"},
                ],
                "street_types": [{"name": "Calle", "name_en": "Street"}],
            },
            r"listed twice",
        ),
        (
            {
                "settlement_types": [{"name": "Colonia", "name_en": "A"}],
                "street_types": [{"name": "Calle", "name_en": "Street"}],
                "extra": [],
            },
            r"unknown field 'extra'",
        ),
    ],
)
def test_address_types_are_read_strictly(document: dict[str, Any], message: str) -> None:
    with pytest.raises(AddressTypesError, match=message):
        load_address_types(json.dumps(document).encode())


def test_a_field_check_given_twice_with_and_without_english_is_refused() -> None:
    document = copy.deepcopy(SHIPPED)
    sv = next(p for p in document["programs"] if p["code"] == "SV")
    sv["rule"]["field_checks"] = ["Tiene tierra", {"text": "Tiene tierra", "text_en": "Has land"}]
    with pytest.raises(CatalogError, match=r"field_checks: lists a value more than once"):
        _load(document)


def test_english_survives_export_and_publish_format() -> None:
    """The English the shipped file gives is written back by the catalog's encoder."""
    document = shipped_document()
    again = json.loads(encode_catalog(document))
    assert again == SHIPPED
    assert load_catalog(encode_catalog(document)) == default_catalog()
