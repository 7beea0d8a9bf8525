"""The answers database: SQLAlchemy models, sessions and Alembic migrations."""
