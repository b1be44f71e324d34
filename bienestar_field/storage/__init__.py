"""The encrypted local store: SQLAlchemy over SQLite, Alembic migrations, field encryption."""
