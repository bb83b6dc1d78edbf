"""search_index: the FTS5 index of search everything (issue 18), filled from the stored rows

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
from alembic import op

from services.store import search

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# Frozen here: services.store.search.CREATE may change in a later revision.
CREATE = ("CREATE VIRTUAL TABLE search_index USING fts5(label UNINDEXED, detail UNINDEXED,"
          " at UNINDEXED, words, alt, tokenize = 'unicode61 remove_diacritics 2',"
          " prefix = '1 2 3')")


def upgrade() -> None:
    bind = op.get_bind()
    bind.exec_driver_sql(CREATE)
    search.rebuild(bind)  # a store from before: everything it holds, indexed now


def downgrade() -> None:
    op.get_bind().exec_driver_sql("DROP TABLE search_index")
