"""Translations, es-MX formatting and the words for the domain's closed vocabularies.

Source strings are Spanish (Mexico), the language of the people who use the app; the English
catalogue translates them. Qt's own strings (standard dialogs) come from Qt's translations.
The domain's sentences (field errors, eligibility reasons) arrive as
:class:`~bienestar_field.domain.text.Text` and are translated in the context ``domain`` by
:func:`domain_text`. Dates are always DD/MM/AAAA and money ``$6,400.00``, whichever language
is shown, because the data are Mexican.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

if TYPE_CHECKING:
    # The vocabularies are imported inside each function: whoever asks for a label already
    # has the domain loaded, and the unlock screen can show before it (and the casebook) is.
    from bienestar_field.domain.compliance import ComplianceStatus
    from bienestar_field.domain.enrollments import (
        CheckKind,
        CheckResult,
        ClosureReason,
        EnrollmentStatus,
    )
    from bienestar_field.domain.people import (
        DisabilityKind,
        LeaveReason,
        Occupation,
        Relationship,
        SchoolLevel,
        Sex,
    )
    from bienestar_field.domain.periods import Period
    from bienestar_field.domain.programs import AmountPeriod
    from bienestar_field.domain.text import Localized, Text
    from bienestar_field.domain.transitions import TransitionKind
    from bienestar_field.domain.users import Role

LANGUAGES = ("es_MX", "en")
DOMAIN_CONTEXT = "domain"
_TRANSLATIONS_PACKAGE = "bienestar_field.resources.translations"
MX = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def domain_text(value: Text) -> str:
    """A sentence of the domain in the language shown: each template looked up, then filled
    (catalog words inside it, such as a document's name, in that language too)."""
    return value.render(_translate_domain, language())


def catalog_text(value: Localized) -> str:
    """Catalog data (a program, a document, an address type) in the language shown."""
    return value.in_language(language())


def language() -> str:
    """``"es"`` or ``"en"``: the language of the texts shown."""
    return "es" if is_spanish() else "en"


def _translate_domain(template: str) -> str:
    return QCoreApplication.translate(DOMAIN_CONTEXT, template)


def fill(template: str, *values: object) -> str:
    """Qt-style ``%1``, ``%2`` placeholders, filled from the highest number down."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template


class Translators:
    """The app's and Qt's translators for one language, installed on the application."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "es_MX"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("no Qt application")
        for old in self._installed:
            app.removeTranslator(old)
        self._installed = []
        self.language = language if language in LANGUAGES else "es_MX"
        qt = QTranslator()
        qt_name = "qtbase_es" if self.language == "es_MX" else "qtbase_en"
        if qt.load(qt_name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            self._installed.append(qt)
        own = QTranslator()
        data = qm_bytes(self.language)
        if data is not None and own.load(data):
            app.installTranslator(own)
            self._installed.append(own)
        # Keep the bytes alive as long as the translator: QTranslator.load(bytes) does not copy.
        self._data = data


def qm_bytes(language: str) -> bytes | None:
    try:
        return (
            resources.files(_TRANSLATIONS_PACKAGE).joinpath(f"bienestar_{language}.qm").read_bytes()
        )
    except (FileNotFoundError, ModuleNotFoundError):
        return None


# --- formatting --------------------------------------------------------------------------


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def is_spanish() -> bool:
    """Whether the Spanish texts are shown (the English catalogue translates this marker)."""
    return QCoreApplication.translate("Format", "es") == "es"


def format_long_date(value: date) -> str:
    if is_spanish():
        return MX.toString(QDate(value.year, value.month, value.day), "d 'de' MMMM 'de' yyyy")
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return english.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def format_timestamp(iso: str) -> str:
    """An ISO-8601 UTC stamp as local DD/MM/AAAA HH:MM."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return f"{format_date(moment.date())} {moment:%H:%M}"


def format_money(amount: Decimal | float) -> str:
    return MX.toCurrencyString(float(amount), "$", 2)


def parse_date(text: str) -> date | None:
    """DD/MM/AAAA (or DDMMAAAA typed without slashes); ``None`` when it is not a date."""
    digits = "".join(ch for ch in text if ch.isdigit())
    parts = [p for p in text.replace("-", "/").replace(".", "/").split("/") if p.strip()]
    try:
        if len(parts) == 3:
            day, month, year = (int(p) for p in parts)
        elif len(digits) == 8:
            day, month, year = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        else:
            return None
        if year < 1000:
            return None
        return date(year, month, day)
    except ValueError:
        return None


# --- vocabularies ------------------------------------------------------------------------


def sex_label(sex: Sex) -> str:
    from bienestar_field.domain.people import Sex

    return {
        Sex.MUJER: translate("Vocab", "Mujer"),
        Sex.HOMBRE: translate("Vocab", "Hombre"),
        Sex.NO_BINARIO: translate("Vocab", "No binario"),
    }[sex]


def relationship_label(value: Relationship) -> str:
    from bienestar_field.domain.people import Relationship

    return {
        Relationship.JEFA_O_JEFE: translate("Vocab", "Jefa o jefe del hogar"),
        Relationship.CONYUGE: translate("Vocab", "Cónyuge o pareja"),
        Relationship.HIJA_O_HIJO: translate("Vocab", "Hija o hijo"),
        Relationship.NIETA_O_NIETO: translate("Vocab", "Nieta o nieto"),
        Relationship.MADRE_O_PADRE: translate("Vocab", "Madre o padre"),
        Relationship.HERMANA_O_HERMANO: translate("Vocab", "Hermana o hermano"),
        Relationship.SUEGRA_O_SUEGRO: translate("Vocab", "Suegra o suegro"),
        Relationship.NUERA_O_YERNO: translate("Vocab", "Nuera o yerno"),
        Relationship.OTRO_PARIENTE: translate("Vocab", "Otro parentesco"),
        Relationship.SIN_PARENTESCO: translate("Vocab", "Sin parentesco"),
    }[value]


def disability_label(value: DisabilityKind) -> str:
    from bienestar_field.domain.people import DisabilityKind

    return {
        DisabilityKind.MOTRIZ: translate("Vocab", "Motriz"),
        DisabilityKind.VISUAL: translate("Vocab", "Visual"),
        DisabilityKind.AUDITIVA: translate("Vocab", "Auditiva"),
        DisabilityKind.HABLA: translate("Vocab", "Del habla"),
        DisabilityKind.INTELECTUAL: translate("Vocab", "Intelectual"),
        DisabilityKind.PSICOSOCIAL: translate("Vocab", "Psicosocial"),
        DisabilityKind.MULTIPLE: translate("Vocab", "Múltiple"),
    }[value]


def school_level_label(value: SchoolLevel) -> str:
    from bienestar_field.domain.people import SchoolLevel

    return {
        SchoolLevel.PREESCOLAR: translate("Vocab", "Preescolar"),
        SchoolLevel.PRIMARIA: translate("Vocab", "Primaria"),
        SchoolLevel.SECUNDARIA: translate("Vocab", "Secundaria"),
        SchoolLevel.MEDIA_SUPERIOR: translate("Vocab", "Media superior (bachillerato)"),
        SchoolLevel.SUPERIOR: translate("Vocab", "Superior"),
    }[value]


def occupation_label(value: Occupation) -> str:
    from bienestar_field.domain.people import Occupation

    return {
        Occupation.TRABAJA: translate("Vocab", "Trabaja"),
        Occupation.ESTUDIA: translate("Vocab", "Estudia"),
        Occupation.TRABAJA_Y_ESTUDIA: translate("Vocab", "Trabaja y estudia"),
        Occupation.NI_ESTUDIA_NI_TRABAJA: translate("Vocab", "No estudia ni trabaja"),
        Occupation.HOGAR: translate("Vocab", "Se dedica al hogar"),
        Occupation.DESCONOCIDA: translate("Vocab", "Sin dato"),
    }[value]


def role_label(value: Role) -> str:
    from bienestar_field.domain.users import Role

    return {
        Role.CASEWORKER: translate("Vocab", "Servidora o servidor de la nación"),
        Role.SUPERVISOR: translate("Vocab", "Supervisora o supervisor"),
        Role.CLERK: translate("Vocab", "Personal de módulo"),
    }[value]


def status_label(value: EnrollmentStatus) -> str:
    from bienestar_field.domain.enrollments import EnrollmentStatus

    return {
        EnrollmentStatus.BORRADOR: translate("Vocab", "Borrador"),
        EnrollmentStatus.ENVIADA: translate("Vocab", "Enviada"),
        EnrollmentStatus.APROBADA: translate("Vocab", "Aprobada"),
        EnrollmentStatus.RECHAZADA: translate("Vocab", "Rechazada"),
        EnrollmentStatus.BAJA: translate("Vocab", "Baja"),
        EnrollmentStatus.SUSPENDIDA: translate("Vocab", "Suspendida"),
    }[value]


def closure_reason_label(value: ClosureReason) -> str:
    from bienestar_field.domain.enrollments import ClosureReason

    return {
        ClosureReason.FALLECIMIENTO: translate("Vocab", "Fallecimiento"),
        ClosureReason.CAMBIO_DE_DOMICILIO: translate("Vocab", "Cambio de domicilio"),
        ClosureReason.VOLUNTARIA: translate("Vocab", "A petición de la persona"),
        ClosureReason.YA_NO_CUMPLE: translate("Vocab", "Ya no cumple los requisitos"),
        ClosureReason.INCUMPLIMIENTO: translate("Vocab", "Incumplimiento de corresponsabilidades"),
        ClosureReason.CANCELACION_ARCO: translate("Vocab", "Cancelación a solicitud (ARCO)"),
        ClosureReason.OTRO: translate("Vocab", "Otro"),
    }[value]


def leave_reason_label(value: LeaveReason) -> str:
    from bienestar_field.domain.people import LeaveReason

    return {
        LeaveReason.CAMBIO_DE_DOMICILIO: translate("Vocab", "Se fue a vivir a otro lugar"),
        LeaveReason.FALLECIMIENTO: translate("Vocab", "Falleció"),
        LeaveReason.OTRO: translate("Vocab", "Otro"),
    }[value]


def check_kind_label(value: CheckKind) -> str:
    from bienestar_field.domain.enrollments import CheckKind

    return {
        CheckKind.ESCUELA: translate("Vocab", "Asistencia escolar"),
        CheckKind.SALUD: translate("Vocab", "Cita de salud"),
        CheckKind.PRENATAL: translate("Vocab", "Consulta prenatal"),
        CheckKind.VISITA: translate("Vocab", "Visita domiciliaria"),
    }[value]


def entity_label(entity: str) -> str:
    """A kind of record as the wire names it ("household"), in plural, as a heading."""
    return {
        "household": translate("Vocab", "Hogares"),
        "person": translate("Vocab", "Personas"),
        "enrollment": translate("Vocab", "Inscripciones"),
        "attendance_check": translate("Vocab", "Corresponsabilidades"),
        "household_survey": translate("Vocab", "Encuestas socioeconómicas"),
        "arco_request": translate("Vocab", "Solicitudes ARCO"),
        "card_event": translate("Vocab", "Movimientos de tarjeta"),
    }.get(entity, entity)


def compliance_label(value: ComplianceStatus) -> str:
    from bienestar_field.domain.compliance import ComplianceStatus

    return {
        ComplianceStatus.MET: translate("Vocab", "Cumplió"),
        ComplianceStatus.NOT_MET: translate("Vocab", "No cumplió"),
        ComplianceStatus.JUSTIFIED: translate("Vocab", "Justificada"),
        ComplianceStatus.NOT_YET_DUE: translate("Vocab", "Aún no vence"),
        ComplianceStatus.NOT_EXPECTED: translate("Vocab", "No se pide"),
    }[value]


def transition_kind_label(value: TransitionKind) -> str:
    from bienestar_field.domain.transitions import TransitionKind

    return {
        TransitionKind.AGE_LIMIT: translate("Vocab", "Límite de edad"),
        TransitionKind.SCHOOL_LEVEL: translate("Vocab", "Cambio de nivel escolar"),
        TransitionKind.DUE_DATE: translate("Vocab", "Fecha probable de parto"),
    }[value]


def check_result_label(value: CheckResult) -> str:
    from bienestar_field.domain.enrollments import CheckResult

    return {
        CheckResult.ASISTIO: translate("Vocab", "Asistió"),
        CheckResult.FALTO: translate("Vocab", "Faltó"),
        CheckResult.JUSTIFICADA: translate("Vocab", "Justificada"),
        CheckResult.ANULADA: translate("Vocab", "Anulada"),
    }[value]


# Marked for the translation catalogues here, translated when a label is made.
_MONTHS = tuple(
    str(name)
    for name in (
        QT_TRANSLATE_NOOP("Vocab", "enero"),
        QT_TRANSLATE_NOOP("Vocab", "febrero"),
        QT_TRANSLATE_NOOP("Vocab", "marzo"),
        QT_TRANSLATE_NOOP("Vocab", "abril"),
        QT_TRANSLATE_NOOP("Vocab", "mayo"),
        QT_TRANSLATE_NOOP("Vocab", "junio"),
        QT_TRANSLATE_NOOP("Vocab", "julio"),
        QT_TRANSLATE_NOOP("Vocab", "agosto"),
        QT_TRANSLATE_NOOP("Vocab", "septiembre"),
        QT_TRANSLATE_NOOP("Vocab", "octubre"),
        QT_TRANSLATE_NOOP("Vocab", "noviembre"),
        QT_TRANSLATE_NOOP("Vocab", "diciembre"),
    )
)


def check_period_label(period: Period) -> str:
    """ "noviembre de 2026", "noviembre–diciembre de 2026", "julio–diciembre de 2026"."""
    first = translate("Vocab", _MONTHS[period.first_month - 1])
    if period.first_month == period.last_month:
        return fill(translate("Vocab", "%1 de %2"), first, period.year)
    last = translate("Vocab", _MONTHS[period.last_month - 1])
    return fill(translate("Vocab", "%1–%2 de %3"), first, last, period.year)


def period_label(value: AmountPeriod | None) -> str:
    from bienestar_field.domain.programs import AmountPeriod

    if value is AmountPeriod.BIMESTRAL:
        return translate("Vocab", "cada dos meses")
    if value is AmountPeriod.MENSUAL:
        return translate("Vocab", "al mes")
    return ""
