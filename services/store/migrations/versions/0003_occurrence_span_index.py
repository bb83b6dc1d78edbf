"""occurrences: index on ("end" - start), so the range query bounds start from below

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_occurrences_span', 'occurrences', [sa.text('("end" - start)')])


def downgrade() -> None:
    op.drop_index('ix_occurrences_span', table_name='occurrences')
