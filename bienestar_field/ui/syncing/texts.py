"""What the sync screens say: connection states, counts, outcomes and why a sync failed.

Plain functions over plain values (context ``Sync`` in the catalogues), so the wording can be
checked without a window or a server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bienestar_field.ui import i18n
from bienestar_field.ui.errors import describe_error
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.syncing.connection import Connection

if TYPE_CHECKING:
    from bienestar_field.sync.engine import SyncReport
    from bienestar_field.sync.store import SyncRun, SyncStatus


def connection_text(state: Connection) -> str:
    """The state in words: beside its coloured dot, never the colour alone."""
    texts = {
        Connection.UNCONFIGURED: translate("Sync", "Sin servidor configurado"),
        Connection.CHECKING: translate("Sync", "Comprobando la conexión…"),
        Connection.ONLINE: translate("Sync", "En línea"),
        Connection.OFFLINE: translate("Sync", "Sin conexión"),
        Connection.SYNCING: translate("Sync", "Sincronizando…"),
        Connection.REVOKED: translate("Sync", "Equipo dado de baja"),
        Connection.SERVER_FAILING: translate("Sync", "El servidor central está fallando"),
    }
    return texts[state]


def connection_tone(state: Connection) -> str:
    """The dot's colour, by name of the theme's colour: green when sync can run, amber
    when work waits here safely (offline, checking), red when it cannot go on by itself."""
    return {
        Connection.UNCONFIGURED: "placeholder",
        Connection.CHECKING: "warning",
        Connection.ONLINE: "ok",
        Connection.OFFLINE: "warning",
        Connection.SYNCING: "ok",
        Connection.REVOKED: "error",
        Connection.SERVER_FAILING: "error",
    }[state]


def refused_count_text(count: int) -> str:
    if count == 1:
        return translate("Sync", "1 cambio rechazado")
    return i18n.fill(translate("Sync", "%1 cambios rechazados"), count)


def retried_text(count: int) -> str:
    if count == 1:
        return translate("Sync", "1 cambio se enviará de nuevo en la próxima sincronización.")
    return i18n.fill(
        translate("Sync", "%1 cambios se enviarán de nuevo en la próxima sincronización."), count
    )


def discarded_text(count: int) -> str:
    if count == 1:
        return translate("Sync", "1 cambio descartado; no se enviará.")
    return i18n.fill(translate("Sync", "%1 cambios descartados; no se enviarán."), count)


def set_aside_count_text(count: int) -> str:
    if count == 1:
        return translate("Sync", "1 registro recibido apartado")
    return i18n.fill(translate("Sync", "%1 registros recibidos apartados"), count)


def entity_label(entity: str) -> str:
    labels = {
        "household": translate("Sync", "Hogar"),
        "person": translate("Sync", "Persona"),
        "enrollment": translate("Sync", "Inscripción"),
        "attendance_check": translate("Sync", "Corresponsabilidad"),
        "household_survey": translate("Sync", "Encuesta socioeconómica"),
        "arco_request": translate("Sync", "Solicitud ARCO"),
        "card_event": translate("Sync", "Movimiento de tarjeta"),
    }
    return labels.get(entity, entity)


def set_aside_reason(code: str) -> str:
    """Why a record received from the server was set aside, in the person's language."""
    reasons = {
        "folio_in_use": translate(
            "Sync",
            "Su folio ya lo tiene otro registro de este equipo (¿un equipo clonado?). "
            "Avise a la oficina central.",
        ),
        "unknown_parent": translate(
            "Sync",
            "Pertenece a un registro que este equipo no tiene; se guardará cuando llegue.",
        ),
        "undecodable": translate(
            "Sync", "Sus datos están incompletos o dañados; este equipo no puede leerlos."
        ),
    }
    return reasons.get(
        code, translate("Sync", "Este equipo no puede guardarlo. Avise a la oficina central.")
    )


_REFUSED_PREFIX = "refused by the server: "


def refusal_reason(stored: str | None) -> str:
    """Why the server refused a change, in the person's language (the stored reason is the
    server's code, in English, for logs)."""
    text = stored or ""
    code = text.removeprefix(_REFUSED_PREFIX).split(" ", 1)[0] if text else ""
    reasons = {
        "invalid": translate("Sync", "Datos no válidos para el servidor. Corríjalos y guarde."),
        "out_of_range": translate(
            "Sync", "Un dato es demasiado largo o grande para el servidor. Corríjalo y guarde."
        ),
        "too_large": translate(
            "Sync", "El cambio es demasiado grande para el servidor. Corríjalo y guarde."
        ),
        "unknown_parent": translate(
            "Sync", "Pertenece a un registro que el servidor no tiene (quizá también rechazado)."
        ),
        "unknown_program": translate("Sync", "El programa no está en el catálogo del servidor."),
        "folio_taken": translate(
            "Sync", "El folio ya lo usa otro registro de la oficina. Avise a la oficina central."
        ),
        "change_id_reused": translate(
            "Sync", "Otro equipo usó el mismo identificador. Vuelva a intentarlo."
        ),
    }
    return reasons.get(code, text)


def pending_text(pending: int) -> str:
    if pending == 1:
        return translate("Sync", "1 cambio por enviar")
    return i18n.fill(translate("Sync", "%1 cambios por enviar"), pending)


def last_sync_text(at: str | None) -> str:
    when = i18n.format_timestamp(at) if at else translate("Sync", "nunca")
    return i18n.fill(translate("Sync", "Última sincronización: %1"), when)


def outcome_label(outcome: str) -> str:
    labels = {
        "ok": translate("Sync", "Completa"),
        "running": translate("Sync", "En curso"),
        "transient": translate("Sync", "Sin conexión"),
        "server_failing": translate("Sync", "Servidor con errores"),
        "permanent": translate("Sync", "Rechazada"),
        "auth": translate("Sync", "No autorizada"),
        "revoked": translate("Sync", "Equipo dado de baja"),
        "cancelled": translate("Sync", "Cancelada"),
        "busy": translate("Sync", "Ocupada"),
        "error": translate("Sync", "Error interno"),
    }
    return labels.get(outcome, outcome)


def revoked_text() -> str:
    return translate(
        "Sync",
        "La oficina central dio de baja este equipo y ya no se sincronizará. Lo guardado "
        "sigue en este equipo. Pida a su supervisor un nuevo código de inscripción.",
    )


def describe_sync_error(exc: BaseException) -> str:
    """Why a sync or an enrolment did not happen, in words the person can act on."""
    from bienestar_field.platform.config import SettingsError
    from bienestar_field.sync import client

    if isinstance(exc, client.ServerFailing):
        when = i18n.format_timestamp(exc.next_attempt_at)
        if exc.failures == 1:
            return i18n.fill(
                translate(
                    "Sync",
                    "El servidor central respondió con un error. Sus cambios siguen guardados "
                    "en este equipo: se volverá a intentar solo a partir de las %1, o antes si "
                    "pulsa Sincronizar ahora.",
                ),
                when,
            )
        return i18n.fill(
            translate(
                "Sync",
                "El servidor central respondió con errores (%1 veces seguidas). Sus cambios "
                "siguen guardados en este equipo: se volverá a intentar solo a partir de las "
                "%2, o antes si pulsa Sincronizar ahora.",
            ),
            exc.failures,
            when,
        )
    if isinstance(exc, SettingsError):
        return translate(
            "Sync",
            "La dirección del servidor no es válida: debe empezar con https:// (o http://) "
            "seguido del nombre del servidor, por ejemplo https://bienestar.ejemplo.gob.mx",
        )
    if isinstance(exc, client.DeviceRevoked):
        return revoked_text()
    if isinstance(exc, client.ClockSkew):
        minutes = round(abs(exc.skew_seconds) / 60)
        template = (
            translate(
                "Sync",
                "El reloj de este equipo está adelantado unos %1 minutos respecto al servidor. "
                "Corrija la fecha y la hora del equipo y vuelva a sincronizar.",
            )
            if exc.skew_seconds > 0
            else translate(
                "Sync",
                "El reloj de este equipo está atrasado unos %1 minutos respecto al servidor. "
                "Corrija la fecha y la hora del equipo y vuelva a sincronizar.",
            )
        )
        return i18n.fill(template, minutes)
    if isinstance(exc, client.ProtocolMismatch):
        if exc.app_too_old:
            return translate(
                "Sync",
                "El servidor necesita una versión más nueva de esta aplicación. Actualícela "
                "para volver a sincronizar; lo guardado sigue en este equipo.",
            )
        return translate(
            "Sync",
            "El servidor central es más antiguo que esta aplicación y todavía no puede "
            "sincronizar con ella. Avise a la oficina central.",
        )
    if isinstance(exc, client.ServerKeyChanged):
        return translate(
            "Sync",
            "El servidor no se identificó con la llave esperada, así que no se envió nada. "
            "Revise la dirección del servidor o avise a la oficina central.",
        )
    if isinstance(exc, client.CasebookCloned):
        return cloned_text()
    if isinstance(exc, client.NotEnrolled):
        return translate("Sync", "Este equipo no está inscrito con un servidor central.")
    if isinstance(exc, client.AuthError):
        return translate(
            "Sync",
            "El servidor no reconoce a este equipo. Inscríbalo de nuevo con un código de "
            "la oficina central.",
        )
    if isinstance(exc, client.SyncBusy):
        return translate("Sync", "Ya hay una sincronización en curso en este equipo.")
    if isinstance(exc, client.Cancelled):
        return translate("Sync", "Sincronización cancelada.")
    if isinstance(exc, client.TransientError):
        if exc.retry_after is not None:
            return translate(
                "Sync",
                "El servidor está ocupado o recibió demasiados intentos. Se volverá a "
                "intentar más tarde.",
            )
        return translate(
            "Sync",
            "No se pudo conectar con el servidor. Revise la dirección y la conexión a "
            "internet; se volverá a intentar cuando haya conexión.",
        )
    if isinstance(exc, client.PermanentError):
        if exc.code == "challenge_invalid":
            return translate(
                "Sync",
                "La inscripción tardó demasiado o el servidor ya la había recibido. Vuelva a "
                "intentarlo; si se repite, avise a la oficina central.",
            )
        if exc.code == "code_invalid":
            return translate(
                "Sync",
                "El código de inscripción no es válido: revise que esté bien escrito. Los "
                "códigos vencen y sirven una sola vez; si hace falta, pida uno nuevo.",
            )
        if exc.status in (None, 404, 405):
            return translate(
                "Sync",
                "Esa dirección no corresponde a un servidor de Bienestar. Revise que esté "
                "bien escrita.",
            )
        return i18n.fill(
            translate(
                "Sync", "El servidor rechazó la solicitud (HTTP %1). Avise a la oficina central."
            ),
            exc.status,
        )
    return describe_error(exc)


def cloned_text() -> str:
    return translate(
        "Sync",
        "Los datos de este equipo son una copia de los de otro equipo que ya está inscrito (se "
        "copió la carpeta de datos o la imagen del disco). Dos copias numerarían los folios "
        "igual, así que el servidor no inscribió este equipo y el código no se gastó. Prepare "
        "este equipo desde cero, con una carpeta de datos nueva, e inscríbalo; si es el mismo "
        "equipo que se inscribe otra vez, pida a la oficina central que antes dé de baja la "
        "inscripción anterior.",
    )


def plain_http_text() -> str:
    return translate(
        "Sync",
        "Esta dirección usa http:// sin cifrar hacia otro equipo: cualquiera en la red puede "
        "ver el tráfico. Los registros viajan sellados, pero pida a la oficina central una "
        "dirección https:// si la hay.",
    )


def run_message(run: SyncRun) -> str:
    if run.outcome == "transient":
        return translate("Sync", "No se pudo conectar con el servidor.")
    if run.outcome == "server_failing":
        return translate(
            "Sync", "El servidor central respondió con errores; no se perdió ningún cambio."
        )
    if run.outcome == "revoked":
        return translate("Sync", "La oficina central dio de baja este equipo.")
    if run.outcome == "cancelled":
        return translate("Sync", "Se detuvo al bloquear o cerrar la aplicación.")
    return run.message or ""


def not_enrolled_text() -> str:
    return translate(
        "Sync",
        "Este equipo no está inscrito con un servidor central. Inscríbalo en "
        "Configuración con la dirección del servidor y un código de inscripción.",
    )


def report_text(report: SyncReport) -> str:
    """How a finished sync went: what is left, what was refused, or what went each way."""
    if report.pending_left:
        return i18n.fill(
            translate(
                "Sync",
                "Quedan %1 cambios por enviar; se enviarán en la próxima sincronización.",
            ),
            report.pending_left,
        )
    if report.quarantined:
        return i18n.fill(
            translate(
                "Sync",
                "El servidor rechazó %1 cambios; se conservan en este equipo para que "
                "una persona supervisora los revise (vea Sincronización).",
            ),
            report.quarantined,
        )
    done = i18n.fill(
        translate("Sync", "Sincronización completa: %1 cambios enviados, %2 registros recibidos."),
        report.acknowledged,
        report.pulled_records,
    )
    if report.set_aside:
        return (
            done
            + " "
            + i18n.fill(
                translate(
                    "Sync",
                    "%1 registros recibidos no se pudieron guardar en este equipo y quedaron "
                    "apartados para revisión (vea Sincronización).",
                ),
                report.set_aside,
            )
        )
    return done


def status_line(connection: Connection, status: SyncStatus | None) -> str:
    """The sync page's one line: connection, changes waiting, last sync."""
    parts = [connection_text(connection)]
    if status is not None:
        parts.append(pending_text(status.pending))
        if status.quarantined:
            parts.append(refused_count_text(status.quarantined))
        if status.set_aside:
            parts.append(set_aside_count_text(status.set_aside))
        parts.append(last_sync_text(status.last_success_at))
    return " · ".join(parts)
