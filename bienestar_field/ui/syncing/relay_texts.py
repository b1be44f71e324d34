"""What the collection screens say: a batch's contents, a batch's fate, why a file was refused.

Plain functions over plain values (context ``Collection`` in the catalogues), so the wording
can be checked without a window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bienestar_field.ui import i18n
from bienestar_field.ui.i18n import translate
from bienestar_field.ui.syncing.texts import describe_sync_error, refusal_reason

if TYPE_CHECKING:
    from bienestar_field.sync.relay import BatchSummary, CarriedBatch, KeptBatches
    from bienestar_field.sync.store import AckCounts


def kinds_text(households: int, persons: int, enrollments: int, checks: int) -> str:
    """Counts by kind of record, the empty ones left out: "3 hogares, 9 personas"."""
    parts = []
    if households:
        parts.append(i18n.fill(translate("Collection", "%1 hogares"), households))
    if persons:
        parts.append(i18n.fill(translate("Collection", "%1 personas"), persons))
    if enrollments:
        parts.append(i18n.fill(translate("Collection", "%1 inscripciones"), enrollments))
    if checks:
        parts.append(i18n.fill(translate("Collection", "%1 corresponsabilidades"), checks))
    return ", ".join(parts) if parts else translate("Collection", "ningún registro")


def span_text(first_at: str | None, last_at: str | None) -> str:
    if not first_at or not last_at:
        return "—"
    first, last = i18n.format_timestamp(first_at), i18n.format_timestamp(last_at)
    if first == last:
        return first
    first_day, _, _ = first.partition(" ")
    last_day, _, last_time = last.partition(" ")
    if first_day == last_day:
        return f"{first}–{last_time}"  # one day: 01/12/2026 09:10–13:55
    return i18n.fill(translate("Collection", "del %1 al %2"), first, last)


def device_text(device_id: str) -> str:
    """A device as people can compare it: the last characters of its id."""
    return f"…{device_id[-8:]}"


def summary_lines(summary: BatchSummary) -> list[tuple[str, str]]:
    """(label, value) rows describing a batch file or the pending work, before it moves."""
    users = ", ".join(summary.users) if summary.users else "—"
    return [
        (translate("Collection", "Equipo"), device_text(summary.device_id)),
        (translate("Collection", "Usuario"), users),
        (translate("Collection", "Registros"), str(summary.records)),
        (
            translate("Collection", "Contenido"),
            kinds_text(
                summary.households,
                summary.persons,
                summary.enrollments,
                summary.attendance_checks,
            ),
        ),
        (translate("Collection", "Periodo"), span_text(summary.first_at, summary.last_at)),
    ]


def status_text(batch: CarriedBatch) -> str:
    """A carried batch's fate on the server, in words."""
    if batch.status == "waiting":
        return translate("Collection", "En espera: se envía en la próxima sincronización")
    if batch.status == "forwarded":
        return translate("Collection", "Enviado; falta la respuesta del servidor")
    if batch.status == "acknowledged":
        return translate("Collection", "Recibido por el servidor")
    reason = ", ".join(refusal_reason(r.strip()) for r in (batch.reason or "").split(",") if r)
    if batch.refused and batch.refused < batch.changes:
        return i18n.fill(
            translate("Collection", "Rechazados %1 de %2 cambios: %3"),
            batch.refused,
            batch.changes,
            reason or "—",
        )
    return i18n.fill(translate("Collection", "Rechazado: %1"), reason or "—")


def kept_text(kept: KeptBatches) -> str:
    if kept.new == 0:
        return translate(
            "Collection",
            "Ese lote ya se había importado: no se guardó otra vez ni se contará dos veces.",
        )
    text = i18n.fill(
        translate(
            "Collection",
            "Se guardaron %1 lotes sellados (%2 registros). Se envían al servidor en la "
            "próxima sincronización.",
        ),
        kept.new,
        kept.changes,
    )
    if kept.already:
        text += " " + i18n.fill(
            translate("Collection", "%1 lotes ya se habían importado antes."), kept.already
        )
    return text


def exported_text(changes: int, batches: int, file_name: str) -> str:
    return i18n.fill(
        translate(
            "Collection",
            "Se escribieron %1 cambios en %2 lotes sellados en %3. Siguen pendientes en este "
            "equipo hasta que vuelva el recibo o se sincronice.",
        ),
        changes,
        batches,
        file_name,
    )


def receipts_written_text(count: int, file_name: str) -> str:
    return i18n.fill(
        translate(
            "Collection",
            "Se guardaron %1 recibos en %2. Llévelos al equipo de la servidora o servidor de "
            "la nación e impórtelos allí.",
        ),
        count,
        file_name,
    )


def receipt_imported_text(counts: AckCounts) -> str:
    text = i18n.fill(
        translate("Collection", "El recibo confirmó %1 cambios de este equipo."),
        counts.acknowledged,
    )
    if counts.rejected:
        text += " " + i18n.fill(
            translate(
                "Collection",
                "El servidor rechazó %1; se quedan en este equipo (vea Sincronización).",
            ),
            counts.rejected,
        )
    return text


def nothing_pending_text() -> str:
    return translate("Collection", "No hay cambios pendientes que exportar en este equipo.")


def _file_problem(code: str) -> str | None:
    return {
        "old_file": translate(
            "Collection",
            "El archivo lo escribió una versión anterior de la aplicación y no dice qué contiene. "
            "Actualice la aplicación del equipo que lo exportó, o avise a la oficina central.",
        ),
        "altered": translate(
            "Collection",
            "El archivo no pasa la verificación: se alteró o se dañó en el camino. Pida que lo "
            "exporten otra vez.",
        ),
        "empty": translate(
            "Collection",
            "El archivo no contiene lotes.",
        ),
        "is_receipt": translate(
            "Collection",
            "Este archivo es un recibo, no un lote: se importa en el equipo de quien exportó el "
            "lote, en Sincronización.",
        ),
        "is_batch": translate(
            "Collection",
            "Este archivo es un lote, no un recibo: lo importa una persona supervisora en "
            "Recolección de lotes.",
        ),
        "own_export": translate(
            "Collection",
            "Este lote es de este mismo equipo: no hace falta importarlo, basta con sincronizar.",
        ),
        "no_receipts": translate(
            "Collection",
            "El servidor todavía no ha respondido por ningún lote: sincronice primero.",
        ),
        "not_for_device": translate(
            "Collection",
            "El recibo no es para este equipo o no lo firmó el servidor con el que está inscrito.",
        ),
    }.get(code)


def describe_collection_error(exc: Exception) -> str:
    """Why an export, import or receipt did not go, in words; else as sync errors are told."""
    from bienestar_field.sync.batchfile import BatchFileError

    if isinstance(exc, BatchFileError):
        problem = _file_problem(exc.code or "")
        if problem is not None:
            return problem
        return translate(
            "Collection",
            "El archivo no se pudo leer, está dañado o no es un lote ni un recibo de Bienestar.",
        )
    return describe_sync_error(exc)
