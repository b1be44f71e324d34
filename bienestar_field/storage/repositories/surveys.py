"""Household surveys: each household's answer set, stored encrypted, and written from a pull."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select

from bienestar_field.domain.survey import Survey, survey_fields, survey_from_fields
from bienestar_field.storage import records
from bienestar_field.storage.repositories import pulled
from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import HouseholdSurveyRow

_TABLE = "household_surveys"


def survey_row(
    keyring_owner: Repository, survey: Survey, stamp: records.Stamp
) -> HouseholdSurveyRow:
    return HouseholdSurveyRow(
        id=survey.id,
        household_id=survey.household_id,
        questionnaire_version=survey.questionnaire_version,
        data=keyring_owner.keyring.encrypt_json(
            survey_fields(survey), table=_TABLE, column="data", row_id=survey.id
        ),
        version=survey.version,
        hlc=stamp.hlc,
        created_by=stamp.user_id,
        created_at=stamp.at,
        updated_at=stamp.at,
        deleted=False,
    )


class SurveyRepository(Repository):
    def add(self, survey: Survey, stamp: records.Stamp) -> None:
        self.session.add(survey_row(self, survey, stamp))

    def row(self, survey_id: str) -> HouseholdSurveyRow | None:
        row = self.session.get(HouseholdSurveyRow, survey_id)
        return None if row is None or row.deleted else row

    def of_household(self, household_id: str) -> Survey | None:
        row = self.session.scalar(
            select(HouseholdSurveyRow).where(
                HouseholdSurveyRow.household_id == household_id,
                HouseholdSurveyRow.deleted.is_(False),
            )
        )
        return None if row is None else self.from_row(row)

    def from_row(self, row: HouseholdSurveyRow) -> Survey:
        fields = self.keyring.decrypt_json(row.data, table=_TABLE, column="data", row_id=row.id)
        return survey_from_fields(
            fields,
            household_id=row.household_id,
            questionnaire_version=row.questionnaire_version,
            id=row.id,
            version=row.version,
            updated_at=row.updated_at,
        )

    def rewrite(self, row: HouseholdSurveyRow, survey: Survey, stamp: records.Stamp) -> None:
        """Store an edit of ``survey`` (its version already moved on) over its row."""
        row.questionnaire_version = survey.questionnaire_version
        row.data = self.keyring.encrypt_json(
            survey_fields(survey), table=_TABLE, column="data", row_id=row.id
        )
        row.version, row.hlc, row.updated_at = survey.version, stamp.hlc, stamp.at

    def all(self) -> Iterator[Survey]:
        """Every live survey, decrypted (reports)."""
        rows = self.session.scalars(
            select(HouseholdSurveyRow).where(HouseholdSurveyRow.deleted.is_(False))
        )
        for row in rows:
            yield self.from_row(row)

    def count(self) -> int:
        return self._count(HouseholdSurveyRow, HouseholdSurveyRow.deleted.is_(False))

    def put_pulled(self, record: pulled.PulledRecord) -> None:
        fields = record.fields
        columns = {
            "household_id": str(fields["household_id"]),
            "questionnaire_version": str(fields["questionnaire_version"]),
            "deleted": record.deleted,
        }
        pulled.upsert(self.session, self.keyring, HouseholdSurveyRow, record, columns)
