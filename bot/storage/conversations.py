"""Rasa's tracker store, read and erased from outside Rasa: the one module that knows
its `events` table (bot/tracker_store.py is Rasa's own store, inside Rasa)."""
import json

from sqlalchemy import MetaData, Table, delete, inspect, select, text

from bot import config, crypto
from bot.storage.db import engine

# The two statements of each turn that Rasa's server makes on its events table outside Rasa's
# ORM (bot/tracker_store.py), kept here with the rest of what Medvind knows of that table.
# The conversation's newest stored event, found through the sender_id index
# whatever the length of the conversation (counting the session's events, as
# before, made every turn dearer as the conversation grew: bench/long_conversation.py).
NEWEST_EVENT = text("SELECT id, timestamp FROM events WHERE sender_id = :sender_id ORDER BY id DESC LIMIT 1")
# How many events of the session are stored, as Rasa's
# _event_query(fetch_events_from_all_sessions=False) counts them: only when a
# tracker read from the database is saved (not cached here).
SESSION_EVENTS = text(
    "SELECT COUNT(*) FROM events WHERE sender_id = :sender_id AND ("
    " timestamp >= (SELECT MAX(timestamp) FROM events"
    "  WHERE sender_id = :sender_id AND type_name = :session_started)"
    " OR (SELECT MAX(timestamp) FROM events"
    "  WHERE sender_id = :sender_id AND type_name = :session_started) IS NULL)"
)

# What the erase action sends the web app once Rasa has stored the turn
# ("radera allt" in the chat), so that the web app erases the conversation.
ERASE_CONVERSATION = {"medvind": "erase_conversation"}


# Rasa's SQLTrackerStore table: its name, primary key, and the column with each event's JSON.
EVENTS_TABLE, EVENTS_KEY, EVENTS_DATA = "events", "id", "data"


def _events_table(url: str):
    eng = engine(url)
    if not inspect(eng).has_table(EVENTS_TABLE):
        return None
    return Table(EVENTS_TABLE, MetaData(), autoload_with=eng)


def erase_conversation(sender_id: str) -> int:
    """Deletes every stored event of the conversation; returns how many."""
    url = config.tracker_database_url()
    table = _events_table(url)
    if table is None:  # Rasa has not stored any conversation yet
        return 0
    with engine(url).begin() as connection:
        return connection.execute(delete(table).where(table.c.sender_id == sender_id)).rowcount or 0


def history(sender_id: str, limit: int = 200) -> list[dict]:
    """The conversation so far, as the chat page shows it: the client's messages
    (a button press as the button's title) and the bot's, the last with its buttons."""
    url = config.tracker_database_url()
    table = _events_table(url)
    if table is None:
        return []
    with engine(url).connect() as connection:
        rows = connection.execute(
            select(table.c.type_name, table.c.data)
            .where(table.c.sender_id == sender_id, table.c.type_name.in_(("user", "bot")))
            .order_by(table.c.id.desc()).limit(limit)
        ).all()
    shown: list[dict] = []
    buttons: list[dict] = []
    for type_name, data in reversed(rows):
        event = json.loads(crypto.decrypt(data, crypto.EVENTS))
        text = event.get("text") or ""
        if type_name == "bot":
            buttons = [{"title": b.get("title", ""), "payload": b.get("payload", "")}
                       for b in (event.get("data") or {}).get("buttons") or []]
            shown.append({"from": "bot", "text": text, "buttons": buttons})
        else:
            if text.startswith("/"):  # a button press: show what the client tapped
                text = next((b["title"] for b in buttons if b["payload"] == text), "")
            if text:
                shown.append({"from": "me", "text": text, "buttons": []})
    for message in shown[:-1]:
        message["buttons"] = []  # only the latest question's buttons can still be used
    return shown


def last_buttons(sender_id: str) -> list[dict]:
    """The buttons of the bot's messages since the client's last message."""
    url = config.tracker_database_url()
    table = _events_table(url)
    if table is None:
        return []
    with engine(url).connect() as connection:
        rows = connection.execute(
            select(table.c.type_name, table.c.data)
            .where(table.c.sender_id == sender_id, table.c.type_name.in_(("user", "bot")))
            .order_by(table.c.id.desc()).limit(20)
        ).all()
    buttons: list[dict] = []
    for type_name, data in rows:
        if type_name == "user":
            break
        buttons = [{"title": b.get("title", ""), "payload": b.get("payload", "")}
                   for b in (json.loads(crypto.decrypt(data, crypto.EVENTS)).get("data") or {}).get("buttons") or []] + buttons
    return buttons
