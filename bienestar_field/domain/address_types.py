"""Types of settlement (*asentamiento*) and road (*vialidad*) the address form offers.

Catalog data (``resources/catalogs/address_types.json``), each type with its English label:
the Spanish ``name`` is what an address stores and prints, as Mexican documents write it;
``name_en`` is only what an English screen shows. The file is read strictly: a missing,
empty, repeated or unknown field is an :class:`AddressTypesError` naming where it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from bienestar_field.domain.geography import sort_key
from bienestar_field.domain.text import Localized

_CATALOG_PACKAGE = "bienestar_field.resources.catalogs"
_CATALOG_FILE = "address_types.json"
_LISTS = ("settlement_types", "street_types")


class AddressTypesError(ValueError):
    """The address types file must not be used; the message names the offending field."""


@dataclass(frozen=True, slots=True)
class AddressTypes:
    settlement: tuple[Localized, ...]
    street: tuple[Localized, ...]


def load_address_types(data: bytes | None = None) -> AddressTypes:
    """Parse and check the catalog; ``None`` reads the one shipped with the app."""
    if data is None:
        data = resources.files(_CATALOG_PACKAGE).joinpath(_CATALOG_FILE).read_bytes()
    try:
        root = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AddressTypesError(f"address types: not valid UTF-8 JSON ({exc})") from None
    if not isinstance(root, dict):
        raise AddressTypesError("address types: expected an object")
    unknown = sorted(set(root) - {"notes", *_LISTS})
    if unknown:
        raise AddressTypesError(f"address types: unknown field {unknown[0]!r}")
    settlement, street = (_read_list(root.get(key), key) for key in _LISTS)
    return AddressTypes(settlement=settlement, street=street)


def _read_list(items: object, path: str) -> tuple[Localized, ...]:
    if not isinstance(items, list) or not items:
        raise AddressTypesError(f"{path}: expected a non-empty list")
    result = tuple(_read_item(item, f"{path}[{index}]") for index, item in enumerate(items))
    seen: set[str] = set()
    for index, item in enumerate(result):
        if sort_key(item.es) in seen:
            raise AddressTypesError(f"{path}[{index}].name: {item.es!r} is listed twice")
        seen.add(sort_key(item.es))
    return result


def _read_item(item: object, path: str) -> Localized:
    if not isinstance(item, dict):
        raise AddressTypesError(f"{path}: expected an object")
    unknown = sorted(set(item) - {"name", "name_en"})
    if unknown:
        raise AddressTypesError(f"{path}: unknown field {unknown[0]!r}")
    for key in ("name", "name_en"):
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            raise AddressTypesError(f"{path}.{key}: expected non-empty text")
    return Localized(item["name"], item["name_en"])


@cache
def address_types() -> AddressTypes:
    """The types shipped with this version of the app."""
    return load_address_types()


def find_type(types: tuple[Localized, ...], typed: str) -> Localized | None:
    """The listed type ``typed`` names, in either language, ignoring accents and case."""
    wanted = sort_key(typed.strip())
    for item in types:
        if wanted in (sort_key(item.es), sort_key(item.en)):
            return item
    return None


__all__ = [
    "AddressTypes",
    "AddressTypesError",
    "address_types",
    "find_type",
    "load_address_types",
]
