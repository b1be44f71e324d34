"""Name search as a caseworker types: particles, abbreviations, initials, typos, ranking."""

from __future__ import annotations

import pytest

from bienestar_field.domain.name_search import NameIndex


@pytest.fixture
def index() -> NameIndex:
    people = {
        "cruz": "Juana de la Cruz Hernández",
        "santos": "Pedro de los Santos Ruiz",
        "maria-gpe": "María Guadalupe López Pérez",
        "ma-gpe-written-short": "Ma. Gpe. Ramírez Soto",
        "maria-lopez": "María López",
        "maria-lopez-long": "María Fernanda López Ortiz Vega",
        "jose-luis": "José Luis Martínez Cano",
        "juan-luis": "Juan Luis Martínez Cano",
        "luis": "Luis Martínez Cano",
        "manuel": "Manuel Ángel Ruiz",
        "francisco": "Francisco Javier Núñez Peña",
    }
    built = NameIndex()
    for key, name in people.items():
        built.add(key, name)
    return built


def keys(index: NameIndex, query: str) -> list[str]:
    return [match.key for match in index.search(query)]


def test_particles_typed_together_find_the_name_written_apart(index: NameIndex) -> None:
    assert keys(index, "juana dela cruz") == ["cruz"]
    assert keys(index, "delos santos") == ["santos"]
    assert keys(index, "delacruz") == ["cruz"]
    assert keys(index, "delossantos pedro") == ["santos"]


def test_abbreviated_given_names_find_the_full_name_and_back(index: NameIndex) -> None:
    assert "maria-gpe" in keys(index, "Ma. Gpe. López")
    assert "ma-gpe-written-short" in keys(index, "María Guadalupe Ramírez")
    assert "francisco" in keys(index, "Fco. Núñez")
    # The abbreviation is still a prefix of other names.
    assert "manuel" in keys(index, "Ma Ruiz")


def test_an_initial_narrows_but_never_lists_everyone(index: NameIndex) -> None:
    assert set(keys(index, "J. Luis Martínez")) == {"jose-luis", "juan-luis"}
    assert keys(index, "J.") == []


def test_one_typo_in_each_of_two_words_is_found(index: NameIndex) -> None:
    assert keys(index, "Franciso Nuñes") == ["francisco"]
    assert set(keys(index, "Mrtínez Cnao luis")) == {"jose-luis", "juan-luis", "luis"}


def test_exact_words_rank_first_then_the_shortest_name(index: NameIndex) -> None:
    found = keys(index, "maría lópez")
    assert found.index("maria-lopez") < found.index("maria-lopez-long")
    assert found.index("maria-lopez") < found.index("maria-gpe")
    luis = keys(index, "luis martínez cano")
    assert luis[0] == "luis"  # nothing besides what was asked
