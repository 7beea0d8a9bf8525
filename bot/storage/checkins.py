"""Check-ins: each one is its own row, kept with its date."""

from sqlalchemy import select

from bot.storage.db import session_scope
from bot.storage.models import Checkin

FIELDS = ("mood", "went_well", "was_hard", "for_ombud")


def save_field(client_id: str, checkin_id: int | None, field: str, text: str) -> int:
    """Writes one answer of a check-in, creating the check-in on its first answer."""
    assert field in FIELDS
    with session_scope() as s:
        checkin = s.get(Checkin, checkin_id) if checkin_id else None
        if checkin is None or checkin.client_id != client_id:
            checkin = Checkin(client_id=client_id)
            s.add(checkin)
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
