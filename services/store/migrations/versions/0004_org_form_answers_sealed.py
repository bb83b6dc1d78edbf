"""org_forms.answers: sealed text (issue 14), no longer plain JSON

The values stay as they are here (migrations run before the store's key is known): a plain
JSON text is read as such until the key is checked, which seals every one of them
(services.store.store.Store.check_key). Deleted content is zeroed (secure_delete), so the copy
of the table the batch mode leaves behind keeps no answer in the file's free pages.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    before = op.get_bind().exec_driver_sql("PRAGMA secure_delete").scalar()
    op.execute("PRAGMA secure_delete=ON")
    with op.batch_alter_table('org_forms', schema=None) as batch_op:
        batch_op.alter_column('answers', existing_type=sa.JSON(), type_=sa.Text(),
                              existing_nullable=True, autoincrement=False)
    op.execute(f"PRAGMA secure_delete={int(before or 0)}")


def downgrade() -> None:
    # Sealed values stay sealed: only a store whose key opens them can read them back.
    with op.batch_alter_table('org_forms', schema=None) as batch_op:
        batch_op.alter_column('answers', existing_type=sa.Text(), type_=sa.JSON(),
                              existing_nullable=True, autoincrement=False)
