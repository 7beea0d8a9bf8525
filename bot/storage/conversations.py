"""Erasing a client's conversation history from Rasa's tracker store."""
from sqlalchemy import MetaData, Table, delete, inspect

from bot import config
from bot.storage.db import engine


def _events_table(url: str):
    eng = engine(url)
    if not inspect(eng).has_table("events"):
        return None
    return Table("events", MetaData(), autoload_with=eng)


def erase_conversation(sender_id: str) -> int:
    """Deletes every stored event of the conversation; returns how many."""
    url = config.tracker_database_url()
    table = _events_table(url)
    if table is None:  # Rasa has not stored any conversation yet
        return 0
    with engine(url).begin() as connection:
        return connection.execute(delete(table).where(table.c.sender_id == sender_id)).rowcount or 0
