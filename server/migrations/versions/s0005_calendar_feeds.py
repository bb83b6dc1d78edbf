"""Calendar subscriptions: the calendar_feeds table

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-10

One feed secret per account (GET /feeds/{secret}.ics), kept as its SHA-256 only (issue 17).
"""
import sqlalchemy as sa
from alembic import op

revision = 's0005'
down_revision = 's0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_feeds',
    sa.Column('account_id', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('secret_hash', sa.Text(), nullable=False),
    sa.Column('lang', sa.Text(), nullable=False),
    sa.Column('created_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('account_id', name=op.f('pk_calendar_feeds')),
    sa.UniqueConstraint('secret_hash', name=op.f('uq_calendar_feeds_secret_hash'))
    )


def downgrade() -> None:
    op.drop_table('calendar_feeds')
