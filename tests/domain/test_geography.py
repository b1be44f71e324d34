"""The INEGI catalogs as packaged data, their lookups, and address validation."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bienestar_field.domain import geography
from bienestar_field.domain.geography import UnknownPlace
from bienestar_field.domain.households import Address
from bienestar_field.domain.validation import validate_address

OAXACA = "20"
OAXACA_DE_JUAREZ = "067"
ACATLAN_DE_PEREZ_FIGUEROA = "002"


def oaxaca_address(**changes: Any) -> Address:
    address = Address(
        state_code=OAXACA,
        municipality_code=OAXACA_DE_JUAREZ,
        locality_code="0001",
        locality_name="Oaxaca de Juárez",
        street_name="Macedonio Alcalá",
        exterior_number="12",
        postal_code="68000",
    )
    return replace(address, **changes)


def test_catalog_has_the_32_states_in_inegi_key_order() -> None:
    keys = [state.inegi_key for state in geography.states()]
    assert len(keys) == 32
    assert keys == [f"{n:02d}" for n in range(1, 33)]


def test_catalog_has_every_municipality() -> None:
    total = sum(len(geography.municipalities(s.inegi_key)) for s in geography.states())
    assert total == 2478


def test_catalog_has_every_locality_of_1000_or_more_inhabitants() -> None:
    total = sum(
        len(geography.localities(m.state_key, m.key))
        for s in geography.states()
        for m in geography.municipalities(s.inegi_key)
    )
    assert total == 10635


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("09", "Ciudad de México"),
        ("16", "Michoacán de Ocampo"),
        ("19", "Nuevo León"),
        ("30", "Veracruz de Ignacio de la Llave"),
        ("31", "Yucatán"),
    ],
)
def test_state_names_are_properly_cased_with_accents(key: str, name: str) -> None:
    assert geography.state_by_inegi_key(key).name == name


def test_mexico_city_is_df_in_the_curp() -> None:
    state = geography.state_by_renapo_code("DF")
    assert (state.inegi_key, state.abbreviation) == ("09", "CDMX")
    assert geography.state_by_renapo_code(" df ") == state


def test_born_abroad_is_not_a_state() -> None:
    assert "NE" not in {state.renapo_code for state in geography.states()}
    with pytest.raises(UnknownPlace):
        geography.state_by_renapo_code("NE")


@pytest.mark.parametrize("key", ["00", "33", "99", "1", ""])
def test_unknown_state_key_raises_a_spanish_key_error(key: str) -> None:
    with pytest.raises(KeyError) as raised:
        geography.state_by_inegi_key(key)
    assert isinstance(raised.value, UnknownPlace)
    assert str(raised.value).startswith("No existe un estado")


def test_municipalities_sort_with_accents_folded() -> None:
    names = [m.name for m in geography.municipalities("09")]
    assert names[0] == "Álvaro Obregón"  # plain code-point order would put it last
    assert names.index("Tláhuac") < names.index("Tlalpan")
    assert names == sorted(names, key=geography.sort_key)


def test_sort_key_puts_enie_after_n() -> None:
    words = ["Ocotlán", "Ñuu Savi", "Nuevo", "Peña", "Penal"]
    assert sorted(words, key=geography.sort_key) == [
        "Nuevo",
        "Ñuu Savi",
        "Ocotlán",
        "Penal",
        "Peña",
    ]


def test_municipality_lookup() -> None:
    place = geography.municipality(OAXACA, OAXACA_DE_JUAREZ)
    assert place.name == "Oaxaca de Juárez"
    assert place.state_key == OAXACA


def test_unknown_municipality_names_its_state() -> None:
    with pytest.raises(UnknownPlace, match="No existe el municipio «999» en Oaxaca"):
        geography.municipality(OAXACA, "999")


def test_locality_lookup_carries_census_data() -> None:
    city = geography.locality(OAXACA, OAXACA_DE_JUAREZ, "0001")
    assert city.urban
    assert city.population > 200_000
    assert 15 < city.latitude < 19
    assert -99 < city.longitude < -94
    village = geography.locality(OAXACA, ACATLAN_DE_PEREZ_FIGUEROA, "0003")
    assert not village.urban
    assert village in geography.localities(OAXACA, ACATLAN_DE_PEREZ_FIGUEROA)


def test_locality_of_another_municipality_is_unknown() -> None:
    with pytest.raises(UnknownPlace, match="no está en el catálogo"):
        geography.locality(OAXACA, ACATLAN_DE_PEREZ_FIGUEROA, "9999")


def test_complete_address_is_valid() -> None:
    assert validate_address(oaxaca_address()) == []


def test_typed_locality_without_key_is_valid() -> None:
    address = oaxaca_address(locality_code=None, locality_name="Rancho El Mirador")
    assert validate_address(address) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"state_code": "33"}, "state_code"),
        ({"municipality_code": "999"}, "municipality_code"),
        ({"locality_code": "9999"}, "locality_code"),
        ({"locality_name": "  "}, "locality_name"),
        ({"exterior_number": ""}, "exterior_number"),
    ],
)
def test_address_errors_point_at_their_field(changes: dict[str, str], field: str) -> None:
    errors = validate_address(oaxaca_address(**changes))
    assert [error.field for error in errors] == [field]
    assert all(error.blocking and error.message for error in errors)


@pytest.mark.parametrize("postal_code", ["01000", "16000", "20000", "99999", ""])
def test_valid_postal_codes(postal_code: str) -> None:
    assert validate_address(oaxaca_address(postal_code=postal_code)) == []


@pytest.mark.parametrize("postal_code", ["00100", "17000", "19999", "6800", "680000", "68O00"])
def test_invalid_postal_codes(postal_code: str) -> None:
    errors = validate_address(oaxaca_address(postal_code=postal_code))
    assert [error.field for error in errors] == ["postal_code"]


def test_no_number_is_accepted_as_sn() -> None:
    assert validate_address(oaxaca_address(exterior_number="S/N")) == []
