"""calendar_revisions: the SEQUENCE of each closure, occurrence and event in calendar files

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'calendar_revisions',
        sa.Column('resource_type', sa.Text(), nullable=False),
        sa.Column('resource_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('resource_type', 'resource_id'),
    )


def downgrade() -> None:
    op.drop_table('calendar_revisions')
