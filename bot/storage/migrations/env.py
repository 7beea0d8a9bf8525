from alembic import context

from bot import config
from bot.storage.db import make_engine
from bot.storage.models import Base

url = context.config.get_main_option("sqlalchemy.url") or config.database_url()
connectable = make_engine(url)
with connectable.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=url.startswith("sqlite"),  # SQLite can only ALTER by copying
    )
    with context.begin_transaction():
        context.run_migrations()
