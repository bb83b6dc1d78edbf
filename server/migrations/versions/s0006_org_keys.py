"""Organization API keys, their tokens, and attendance set by the admin route

Revision ID: s0006
Revises: s0005
Create Date: 2026-12-11

The organization routes (/api/v3/{lang}/org/{org}/…, docs/api-org.md section 6, issue 19):
an API key's secret is kept as an argon2 hash, a token as its SHA-256.
"""
import sqlalchemy as sa
from alembic import op

revision = 's0006'
down_revision = 's0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('org_keys',
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('secret_hash', sa.Text(), nullable=False),
    sa.Column('org_id', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_org_keys'))
    )
    op.create_table('org_tokens',
    sa.Column('token_hash', sa.Text(), nullable=False),
    sa.Column('org_id', sa.BigInteger(), nullable=False),
    sa.Column('expires_at', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_org_tokens'))
    )
    op.create_table('org_attendance',
    sa.Column('occurrence_id', sa.BigInteger(), nullable=False),
    sa.Column('person_id', sa.BigInteger(), nullable=False),
    sa.Column('attendance_id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('occurrence_id', 'person_id', name=op.f('pk_org_attendance'))
    )


def downgrade() -> None:
    op.drop_table('org_attendance')
    op.drop_table('org_tokens')
    op.drop_table('org_keys')
