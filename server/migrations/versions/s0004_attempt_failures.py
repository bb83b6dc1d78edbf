"""Throttled secrets of signed-in accounts: the attempt_failures table

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-05

Wrong current passwords on a password change and wrong codes on a username confirmation are
counted per account, so that a stolen token cannot guess them (issue 14).
"""
import sqlalchemy as sa
from alembic import op

revision = 's0004'
down_revision = 's0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attempt_failures',
    sa.Column('account_id', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('first_failure_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('account_id', 'kind', name=op.f('pk_attempt_failures'))
    )


def downgrade() -> None:
    op.drop_table('attempt_failures')
