"""Check-ins: each one is its own row, kept with its date."""

from sqlalchemy import select

from bot.storage.db import add_once, session_scope
from bot.storage.models import Checkin

FIELDS = ("mood", "went_well", "was_hard", "for_ombud")


def save_field(client_id: str, checkin_id: int | None, field: str, text: str, message_id: str | None = None) -> int:
    """Writes one answer of a check-in, creating the check-in on its first answer
    (once per chat message, however often it is sent)."""
    assert field in FIELDS
    with session_scope() as s:
        checkin = s.get(Checkin, checkin_id) if checkin_id else None
        if checkin is None or checkin.client_id != client_id:
            checkin = add_once(s, Checkin(client_id=client_id), message_id, client_id=client_id)
        setattr(checkin, field, text)
        s.flush()
        return checkin.id


def recent(client_id: str, limit: int = 5) -> list[Checkin]:
    with session_scope() as s:
        return list(
            s.execute(
                select(Checkin).where(Checkin.client_id == client_id)
                .order_by(Checkin.created_at.desc(), Checkin.id.desc()).limit(limit)
            ).scalars()
        )
