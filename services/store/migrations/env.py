"""Alembic environment: runs on the engine handed over in config.attributes (batch mode)."""

from alembic import context
from sqlalchemy.types import TypeDecorator

from services.store.schema import metadata

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic revision --autogenerate` from a shell: a scratch store
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")



def include_name(name, type_, parent_names):
    """Not the search index (issue 18): an FTS5 table and its shadow tables, made by SQL in its
    migration (services.store.search), outside the schema's metadata."""
    return not (type_ == "table" and name and name.startswith("search_index"))


def render_item(kind, obj, autogen_context):
    """Freeze custom column types as their storage type, so old migrations never change."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{type(obj.impl_instance).__name__}()"
    return False


with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
        include_name=include_name,
    )
    context.run_migrations()
