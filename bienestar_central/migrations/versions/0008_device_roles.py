"""device roles: an enrolment code names the role its device gets (caseworker by default)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 13:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Devices and codes from before roles were kept are caseworkers: none may decide until
    # an operator enrols it again with a supervisor's code.
    for table in ("devices", "enrollment_codes"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("role", sa.String(16), nullable=False, server_default="caseworker")
            )


def downgrade() -> None:
    for table in ("enrollment_codes", "devices"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("role")
