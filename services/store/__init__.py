"""Local store: SQLite schema, migrations, queries, dataset import/export."""
