"""The one generic codec of every wire message: typed msgspec structs to JSON values and back.

A message is a frozen ``WireMessage`` struct; its field types carry the rules (patterns,
lengths, ranges, enums, required fields) as msgspec ``Meta`` constraints, so the same
definition validates what arrives and generates the JSON Schema the server publishes. Unknown
fields are ignored, as they always were, so a newer peer may add one.

``from_json`` is the fast path: one ``msgspec.convert``. Only when that refuses a message does
``_explain`` walk the fields in order to name the first problem in the protocol's own words
(``batch.batch_id must be a lower-case UUID``), which is what the server answers and the app
shows: a message names the field, never the data. Those words ride on each field's ``Meta``
as ``extra=rules(...)``; checks that no JSON Schema keyword expresses (a time that parses, a
key id that matches its keys) are ``rules(check=...)`` or a message's ``check`` method.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Final, Self, Union, cast, get_args, get_origin

import msgspec

_RULES_KEY: Final = "bienestar.rules"
_WRONG_TYPE: Final = "{label} is missing or of the wrong type"
_MISSING: Final = object()

FieldCheck = Callable[[Any, str], object]


class ProtocolError(ValueError):
    """A message that does not follow the protocol. The text names the problem, never data."""


def rules(
    *,
    wrong_type: str | None = None,
    invalid: str | None = None,
    check: FieldCheck | None = None,
    secret: bool = False,
    required: bool = False,
) -> dict[str, Any]:
    """How a field's problems are worded, for ``Meta(extra=...)`` (never in the schema).

    ``wrong_type`` when the value is absent or of the wrong JSON kind, ``invalid`` when it is of
    the right kind but breaks a constraint; both are formats over ``{label}`` (``batch.nonce``)
    and ``{value}``. ``check(value, label)`` raises ``ProtocolError`` for what a constraint
    cannot say. ``secret`` keeps the value out of ``repr``. ``required`` makes a field with a
    default (a signature, filled in after the rest is built) required on the wire all the same.
    """
    found = {
        "wrong_type": wrong_type,
        "invalid": invalid,
        "check": check,
        "secret": secret,
        "required": required,
    }
    return {_RULES_KEY: {key: value for key, value in found.items() if value}}


class WireMessage(msgspec.Struct, frozen=True):
    """A message of the wire protocol: ``Msg.from_json(obj)`` and ``msg.to_json()``."""

    # How problems name this message: ``what`` prefixes field labels ("batch.v"); the others
    # are whole sentences for a value that is not a JSON object or carries another ``type``.
    what: ClassVar[str]
    not_an_object: ClassVar[str]
    wrong_tag: ClassVar[str | None] = None

    def to_json(self) -> dict[str, Any]:
        return _as_lists(cast(dict[str, Any], msgspec.to_builtins(self)), type(self))

    @classmethod
    def from_json(cls, obj: object) -> Self:
        if not isinstance(obj, dict):
            raise ProtocolError(cls.not_an_object)
        config = cls.__struct_config__
        if config.tag_field is not None and obj.get(config.tag_field) != config.tag:
            raise ProtocolError(cls.wrong_tag or cls.not_an_object)
        try:
            message = msgspec.convert(obj, cls)
        except msgspec.ValidationError:
            raise ProtocolError(_explain(cls, obj)) from None
        _check_rules(message, obj)
        return message

    def check(self) -> None:
        """Rules that tie fields together, run after every field passed; raise ProtocolError."""

    def __repr__(self) -> str:
        hidden = _spec(type(self)).secrets
        shown = (
            f"{name}={getattr(self, name)!r}"
            for name in self.__struct_fields__
            if name not in hidden
        )
        return f"{type(self).__name__}({', '.join(shown)})"


# --- field introspection (once per message class) ----------------------------------------------


class _Field(msgspec.Struct, frozen=True):
    name: str
    wire_name: str
    label: str  # "batch.batch_id"
    type: Any
    required: bool  # on the wire
    rules: dict[str, Any]


class _Spec(msgspec.Struct, frozen=True):
    fields: tuple[_Field, ...]
    # Required on the wire though the constructor has a default (msgspec would not insist).
    also_required: tuple[_Field, ...]
    checks: tuple[tuple[str, str, FieldCheck], ...]
    secrets: frozenset[str]
    # Where tuples hide in the builtins of a message: (field, is a sequence, message inside).
    sequences: tuple[tuple[str, bool, type[WireMessage] | None], ...]
    # Messages inside that have rules of their own to check: (field, is a sequence, message).
    nested: tuple[tuple[_Field, bool, type[WireMessage]], ...]
    own_check: bool  # the message overrides ``check``

    @property
    def has_rules(self) -> bool:
        return bool(self.also_required or self.checks or self.nested or self.own_check)


_specs: dict[type[WireMessage], _Spec] = {}


def _spec(cls: type[WireMessage]) -> _Spec:
    found = _specs.get(cls)
    if found is None:
        fields = []
        for info in msgspec.structs.fields(cls):
            field_rules = _unwrap(info.type)[2]
            fields.append(
                _Field(
                    info.name,
                    info.encode_name,
                    f"{cls.what}.{info.encode_name}",
                    info.type,
                    info.required or bool(field_rules.get("required")),
                    field_rules,
                )
            )
        found = _Spec(
            fields=tuple(fields),
            also_required=tuple(f for f in fields if f.rules.get("required")),
            checks=tuple((f.name, f.label, f.rules["check"]) for f in fields if "check" in f.rules),
            secrets=frozenset(f.name for f in fields if f.rules.get("secret")),
            sequences=tuple(
                (f.wire_name, is_sequence, inner)
                for f in fields
                for is_sequence, inner in [_sequence_plan(f.type, lambda s: bool(s.sequences))]
                if is_sequence or inner is not None
            ),
            nested=tuple(
                (f, is_sequence, inner)
                for f in fields
                for is_sequence, inner in [_sequence_plan(f.type, lambda s: s.has_rules)]
                if inner is not None
            ),
            own_check=cls.check is not WireMessage.check,
        )
        _specs[cls] = found
    return found


def _sequence_plan(
    tp: Any, wanted: Callable[[_Spec], bool]
) -> tuple[bool, type[WireMessage] | None]:
    """Whether a field is a sequence, and the message inside it if that one is ``wanted``."""
    base = _unwrap(tp)[0]
    if get_origin(base) in (Union, types.UnionType):
        options = [option for option in get_args(base) if option is not type(None)]
        base = _unwrap(options[0])[0] if len(options) == 1 else Any
    is_sequence = get_origin(base) in (tuple, list)
    inner = _unwrap(get_args(base)[0])[0] if is_sequence else base
    if _is_message(inner) and wanted(_spec(inner)):
        return is_sequence, inner
    return is_sequence, None


def _check_rules(message: WireMessage, obj: dict[str, Any]) -> None:
    """The rules msgspec does not check, on a converted message and the JSON it came from."""
    spec = _spec(type(message))
    for f in spec.also_required:
        if f.wire_name not in obj:
            raise ProtocolError(_missing(f.type, f.label))
    for name, label, field_check in spec.checks:
        field_check(getattr(message, name), label)
    for f, is_sequence, _ in spec.nested:
        value, raw = getattr(message, f.name), obj.get(f.wire_name)
        if value is None or raw is None:  # absent: the default, nothing to check
            continue
        if is_sequence:
            for item, raw_item in zip(value, raw, strict=True):
                _check_rules(item, raw_item)
        else:
            _check_rules(value, raw)
    message.check()


def _as_lists(builtins: dict[str, Any], cls: type[WireMessage]) -> dict[str, Any]:
    """Tuples as lists, as a JSON parser would give them back (msgspec keeps tuples)."""
    for name, is_sequence, inner in _spec(cls).sequences:
        value = builtins.get(name)
        if value is None:
            continue
        if is_sequence:
            value = builtins[name] = list(value)
            if inner is not None:
                for item in value:
                    _as_lists(item, inner)
        elif inner is not None:
            _as_lists(value, inner)
    return builtins


def wire_required(cls: type[WireMessage]) -> list[str]:
    """The fields a message must carry on the wire, for its published schema."""
    return [f.wire_name for f in _spec(cls).fields if f.required]


def _unwrap(tp: Any) -> tuple[Any, list[msgspec.Meta], dict[str, Any]]:
    """``Annotated[base, Meta...]`` into the base type, its constraints and its wording rules."""
    metas: list[msgspec.Meta] = []
    while get_origin(tp) is Annotated:
        base, *extras = get_args(tp)
        metas.extend(m for m in extras if isinstance(m, msgspec.Meta))
        tp = base
    found: dict[str, Any] = {}
    for meta in metas:
        found.update((meta.extra or {}).get(_RULES_KEY, {}))
    return tp, metas, found


# --- naming the first problem of a refused message --------------------------------------------


def _explain(cls: type[WireMessage], obj: dict[str, Any]) -> str:
    for f in _spec(cls).fields:
        value = obj.get(f.wire_name, _MISSING)
        if value is _MISSING:
            if f.required:
                return _missing(f.type, f.label)
            continue
        problem = _problem(f.type, value, f.label)
        if problem is not None:
            return problem
    return f"{cls.what} is malformed"


def _missing(tp: Any, label: str) -> str:
    base, _, field_rules = _unwrap(tp)
    if _is_message(base):
        return cast(type[WireMessage], base).not_an_object
    return _words(_wrong_type(base, field_rules), label, None)


def _problem(tp: Any, value: Any, label: str) -> str | None:
    """What is wrong with ``value`` as a ``tp``, in the protocol's words; None if nothing."""
    base, metas, field_rules = _unwrap(tp)
    origin = get_origin(base)
    if origin in (Union, types.UnionType):
        options = [option for option in get_args(base) if option is not type(None)]
        if value is None and len(options) < len(get_args(base)):
            return None
        return _problem(options[0], value, label) if len(options) == 1 else None
    if _is_message(base):
        try:
            cast(type[WireMessage], base).from_json(value)
        except ProtocolError as exc:
            return str(exc)
        return None
    kind = _json_kind(base)
    if kind is not None and not _is_kind(value, kind):
        return _words(_wrong_type(base, field_rules), label, value)
    if origin in (tuple, list):
        if metas and not _fits(value, Annotated[list[Any], *metas]):
            return _words(field_rules.get("invalid") or "{label} has a wrong length", label, None)
        item_type = get_args(base)[0]
        for item in value:
            problem = _problem(item_type, item, f"{label}[]")
            if problem is not None:
                return problem
        return None
    if not _fits(value, base):  # the right kind but no value of the type: bad base64, no member
        return _words(_not_a_value(base, field_rules), label, value)
    if metas and not _fits(value, tp):
        return _words(field_rules.get("invalid") or "{label} is out of range", label, value)
    if "check" in field_rules:
        try:
            field_rules["check"](value, label)
        except ProtocolError as exc:
            return str(exc)
    return None


def _is_message(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, WireMessage)


def _json_kind(tp: Any) -> type | None:
    """The JSON value kind a type is written as (bytes travel as base64 text)."""
    origin = get_origin(tp) or tp
    if _is_enum(origin):
        return str
    if origin in (tuple, list):
        return list
    if origin in (str, bytes):
        return str
    if origin in (int, bool, dict):
        return cast(type, origin)
    return None


def _is_kind(value: object, kind: type) -> bool:
    # bool is an int in Python: a stray ``true`` must not pass for a version number.
    return isinstance(value, kind) and not (kind is int and isinstance(value, bool))


def _fits(value: object, tp: Any) -> bool:
    try:
        msgspec.convert(value, tp)
    except msgspec.ValidationError:
        return False
    return True


def _wrong_type(base: Any, field_rules: dict[str, Any]) -> str:
    if "wrong_type" in field_rules:
        return cast(str, field_rules["wrong_type"])
    if base is bytes:
        return "{label} must be base64 text"
    if _is_enum(base):
        return _not_a_value(base, field_rules)
    return _WRONG_TYPE


def _not_a_value(base: Any, field_rules: dict[str, Any]) -> str:
    if base is bytes:
        return "{label} is not valid base64"
    if "invalid" in field_rules:
        return cast(str, field_rules["invalid"])
    return "{label} is not known" if _is_enum(base) else "{label} is out of range"


def _is_enum(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, enum.Enum)


def _words(template: str, label: str, value: object) -> str:
    return template.format(label=label, value=value)
