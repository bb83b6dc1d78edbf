"""Visibility changes reach the change feed: resources.grants, the visibility table

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-01

Existing databases: cancelled registrations stop granting visibility, and what every account
sees now is recorded at the current sequence. So each client's next incremental sync gets the
organization-side rows it sees once more (upserts of what it has, and of what an earlier
registration never brought: the bug this fixes), then only real changes.
"""
import sqlalchemy as sa
from alembic import op

revision = 's0003'
down_revision = 's0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('resources', schema=None) as batch_op:
        batch_op.add_column(sa.Column('grants', sa.Boolean(), server_default=sa.true(),
                                      nullable=False))
    op.create_table('visibility',
    sa.Column('account_id', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.Text(), nullable=False),
    sa.Column('target_id', sa.BigInteger(), nullable=False),
    sa.Column('visible', sa.Boolean(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('account_id', 'kind', 'target_id', name=op.f('pk_visibility'))
    )
    with op.batch_alter_table('visibility', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visibility_account_id_seq'), ['account_id', 'seq'],
                              unique=False)
    _backfill()


def _backfill() -> None:
    # The wire JSON is compact (pydantic's model_dump_json): "IsCancelled":true, no space.
    op.execute(sa.text(
        "UPDATE resources SET grants = false WHERE type = 'Registration' AND data LIKE :cancelled"
    ).bindparams(cancelled='%"IsCancelled":true%'))
    own = "account_id IS NOT NULL AND deleted = false AND grants = true"
    seq = "(SELECT coalesce(max(value), 0) FROM counters WHERE name = 'seq')"
    op.execute(sa.text(
        "INSERT INTO visibility (account_id, kind, target_id, visible, seq)"
        f" SELECT DISTINCT account_id, 'Activity', activity_id, true, {seq} FROM resources"
        f" WHERE type = 'Registration' AND activity_id IS NOT NULL AND {own}"))
    op.execute(sa.text(
        "INSERT INTO visibility (account_id, kind, target_id, visible, seq)"
        f" SELECT DISTINCT account_id, 'Organization', org_id, true, {seq} FROM resources"
        f" WHERE org_id IS NOT NULL AND {own}"))


def downgrade() -> None:
    with op.batch_alter_table('visibility', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visibility_account_id_seq'))
    op.drop_table('visibility')
    with op.batch_alter_table('resources', schema=None) as batch_op:
        batch_op.drop_column('grants')
