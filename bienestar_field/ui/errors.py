"""Errors in words: known problems the person can act on, and bugs (logged, never detailed).

Keystore and casebook errors carry a ``code``; the message shown is chosen by that code so it
can be translated. The domain's errors (an invalid CURP, an unknown place) carry their
sentence as a translatable ``Text`` instead, shown through :func:`i18n.domain_text`.
"""

from __future__ import annotations

import sys

from bienestar_field.platform.logs import log_bug
from bienestar_field.ui.i18n import domain_text, fill, translate


def describe_error(exc: BaseException) -> str:
    """One or two plain sentences for the person; bugs are logged and described generically."""
    # Looked up, not imported: an error of a module that was never loaded cannot occur, and
    # importing the storage layer here would load SQLAlchemy before the window shows.
    text = sys.modules.get("bienestar_field.domain.text")
    database = sys.modules.get("bienestar_field.storage.database")
    sentence = getattr(exc, "text", None)
    if text is not None and isinstance(sentence, text.Text):
        return domain_text(sentence)
    code = getattr(exc, "code", None)
    if code == "wrong_passphrase":
        left = int(getattr(exc, "attempts_left_before_lock", 0))
        return fill(
            translate(
                "Errors",
                "La frase de acceso no es correcta. Intentos que quedan antes del bloqueo: %1.",
            ),
            left,
        )
    if code == "throttled":
        seconds = int(getattr(exc, "retry_after_seconds", 0))
        if seconds == 1:
            return translate("Errors", "Demasiados intentos fallidos. Espere 1 segundo.")
        return fill(
            translate("Errors", "Demasiados intentos fallidos. Espere %1 segundos."), seconds
        )
    if code == "locked":
        return translate(
            "Errors",
            "La cuenta quedó bloqueada por demasiados intentos. "
            "Use el código de recuperación para poner una frase nueva.",
        )
    if code == "weak_passphrase":
        return translate(
            "Errors",
            "La frase de acceso es débil: use al menos 12 caracteres, "
            "con 5 distintos o más, sin espacios al principio ni al final.",
        )
    if code == "unknown_user":
        return translate("Errors", "No existe esa persona usuaria en este equipo.")
    if code == "user_exists":
        return translate("Errors", "Ya existe una persona usuaria con ese nombre.")
    if code == "keystore":
        return translate(
            "Errors", "El nombre de usuario debe tener de 2 a 64 caracteres, sin diagonales."
        )
    if code == "duplicate_curp":
        folio = getattr(exc, "existing_folio", "")
        return fill(
            translate(
                "Errors",
                "Esta CURP ya está registrada (folio %1). Búsquela en lugar de registrarla otra vez.",  # noqa: E501 - one translatable string
            ),
            folio,
        )
    if code == "duplicate_enrollment":
        return translate("Errors", "La persona ya está inscrita en ese programa.")
    if code == "stale":
        return translate(
            "Errors",
            "Alguien guardó cambios en este registro mientras lo editaba. Ábralo de nuevo.",
        )
    if code == "not_found":
        return translate("Errors", "El registro ya no existe en este equipo.")
    if code == "not_allowed":
        action = getattr(exc, "action", "discard")
        if action == "add_supervisor":
            return translate(
                "Errors", "Solo una persona supervisora puede agregar a otra persona supervisora."
            )
        if action == "collect":
            return translate(
                "Errors", "Solo una persona supervisora puede recoger los lotes de otros equipos."
            )
        if action == "report":
            return translate(
                "Errors", "Solo una persona supervisora puede ver los reportes de la oficina."
            )
        return translate(
            "Errors", "Solo una persona supervisora puede descartar un cambio rechazado."
        )
    if code == "not_set_up":
        return translate("Errors", "Este equipo todavía no tiene personas usuarias.")
    if code == "invalid":
        return translate("Errors", "Hay datos por corregir; vea los mensajes junto a cada campo.")
    if database is not None and isinstance(exc, database.NewerSchemaError):
        return translate(
            "Errors",
            "Los datos de este equipo son de una versión más nueva de la aplicación. "
            "Actualice la aplicación; no se modificó nada.",
        )
    if database is not None and isinstance(exc, database.StorageError):
        return translate(
            "Errors", "No se pudo leer o escribir en el disco. Revise que haya espacio libre."
        )
    if isinstance(exc, OSError):
        return translate(
            "Errors", "No se pudo leer o escribir un archivo. Revise que haya espacio libre."
        )
    log_bug(exc)
    return bug_text()


def bug_text() -> str:
    """What the person reads about a bug: nothing of the error itself, which may quote data."""
    return translate(
        "Errors",
        "Ocurrió un error interno; se anotó en la bitácora sin datos personales. "
        "Lo que ya estaba guardado no se perdió.",
    )
