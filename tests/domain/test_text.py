"""Translatable sentences: Spanish by default, every template and word through one lookup."""

from __future__ import annotations

import pickle
import re
from datetime import date

import pytest

from bienestar_field.domain.curp import CurpError, InvalidCurp, parse_curp
from bienestar_field.domain.geography import UnknownPlace, state_by_inegi_key
from bienestar_field.domain.text import (
    Text,
    TextError,
    join_and,
    join_clauses,
    join_nor,
    join_or,
    lowered,
    text,
    verbatim,
)
from bienestar_field.domain.validation import FieldError, InvalidPhone, normalize_phone


def shout(template: str) -> str:
    """A stand-in catalogue: upper-cases every template (not its placeholders)."""
    return re.sub(r"\{[A-Z0-9_]+\}", lambda m: m.group(0).lower(), template.upper())


def test_str_is_the_spanish_sentence_with_its_values() -> None:
    sentence = text("Tiene {age} años; nació el {born}", age=67, born=date(1958, 3, 7))
    assert str(sentence) == "Tiene 67 años; nació el 07/03/1958"


def test_placeholders_and_values_must_agree() -> None:
    with pytest.raises(ValueError, match="placeholders"):
        text("Tiene {age} años")
    with pytest.raises(ValueError, match="placeholders"):
        text("Tiene años", age=3)


def test_the_template_is_translated_before_it_is_filled() -> None:
    sentence = text("vive en {place}", place="Oaxaca de Juárez")
    assert sentence.render(shout) == "VIVE EN Oaxaca de Juárez", "values are data, not words"
    # A translation may move a placeholder; the value follows it.
    moved = sentence.render(lambda template: "{place}: aquí vive")
    assert moved == "Oaxaca de Juárez: aquí vive"


def test_nested_words_are_translated_too() -> None:
    sentence = text("es {sex}", sex=text("mujer"))
    assert sentence.render(shout) == "ES MUJER"


def test_lowered_lowers_the_first_letter_after_translation() -> None:
    reason = lowered(text("Tiene {age} años", age=30))
    assert str(reason) == "tiene 30 años"
    assert isinstance(reason, Text)
    assert reason.render(lambda _: "Is {age} years old") == "is 30 years old"
    assert lowered("Oaxaca") == "Oaxaca", "plain values are left alone"


def test_verbatim_is_shown_as_it_is() -> None:
    already = verbatim("Type the date as DD/MM/YYYY {not a placeholder}.")
    assert already.render(shout) == "Type the date as DD/MM/YYYY {not a placeholder}."


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["a"], "a"),
        (["a", "b"], "a o b"),
        (["a", "b", "c", "d"], "a, b, c o d"),
    ],
)
def test_join_or(items: list[str], expected: str) -> None:
    assert str(join_or(items)) == expected


def test_every_list_connector_is_translatable() -> None:
    words = [text("uno"), text("dos"), text("tres")]
    assert str(join_and(words)) == "uno, dos y tres"
    assert str(join_nor(words)) == "uno ni dos ni tres"
    assert str(join_clauses(words)) == "uno; dos; tres"
    english = {"{list} o {item}": "{list} or {item}", "uno": "one", "dos": "two", "tres": "three"}
    joined = join_or(words)
    assert isinstance(joined, Text)
    assert joined.render(lambda t: english.get(t, t)) == "one, two or three"


def test_texts_with_the_same_words_are_equal() -> None:
    assert text("{a} y {b}", a=1, b=2) == text("{a} y {b}", b=2, a=1)


def test_field_error_message_is_the_spanish_of_its_text() -> None:
    error = FieldError("curp", text("Falta la CURP de {who}.", who="Ana"))
    assert error.message == "Falta la CURP de Ana."
    assert error.blocking


def test_domain_errors_carry_their_text_and_survive_pickling() -> None:
    with pytest.raises(InvalidCurp) as caught:
        parse_curp("GOMJ800101HDFMRN0")
    assert caught.value.reason is CurpError.LENGTH
    assert str(caught.value) == "La CURP debe tener 18 caracteres; tiene 17."
    again = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 - our own object
    assert again.reason is CurpError.LENGTH
    assert again.text == caught.value.text

    with pytest.raises(InvalidPhone) as phone:
        normalize_phone("55 1234")
    assert isinstance(phone.value, TextError)
    assert isinstance(phone.value, ValueError), "callers that catch ValueError still do"
    assert str(phone.value) == "El teléfono debe tener 10 dígitos; tiene 6."

    with pytest.raises(UnknownPlace) as place:
        state_by_inegi_key("77")
    assert str(place.value) == "No existe un estado con la clave INEGI «77»."
    assert place.value.text.render(shout) == "NO EXISTE UN ESTADO CON LA CLAVE INEGI «77»."
