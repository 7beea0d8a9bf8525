"""The client's list of things to bring up at the next meeting with the ombud."""

from sqlalchemy import select

from bot.storage.db import add_once, session_scope
from bot.storage.models import AgendaItem


def add(client_id: str, text: str, message_id: str | None = None) -> int:
    with session_scope() as s:
        return add_once(s, AgendaItem(client_id=client_id, text=text), message_id, client_id=client_id).id


def items(client_id: str) -> list[AgendaItem]:
    with session_scope() as s:
        return list(
            s.execute(
                select(AgendaItem).where(AgendaItem.client_id == client_id).order_by(AgendaItem.id)
            ).scalars()
        )


def remove(client_id: str, item_id: int) -> str | None:
    """Removes one of the client's own items; returns its text, or None if there was none."""
    with session_scope() as s:
        item = s.get(AgendaItem, item_id)
        if item is None or item.client_id != client_id:
            return None
        s.delete(item)
        return item.text
