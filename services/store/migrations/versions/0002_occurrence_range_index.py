"""occurrences: index (start, end) for the calendar's range query

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('occurrences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_occurrences_start'))
        batch_op.create_index(batch_op.f('ix_occurrences_start_end'), ['start', 'end'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('occurrences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_occurrences_start_end'))
        batch_op.create_index(batch_op.f('ix_occurrences_start'), ['start'], unique=False)
