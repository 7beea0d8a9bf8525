"""Motivation ratings (1-10), kept over time for each goal and kind."""

from sqlalchemy import select

from bot.storage.db import add_once, session_scope
from bot.storage.models import Goal, Rating


def add_rating(client_id: str, goal_text: str, kind: str, value: int, message_id: str | None = None) -> int:
    with session_scope() as s:
        # goal texts are encrypted (randomised), so they are compared after reading, within one client's few
        goal = next((g for g in s.execute(select(Goal).where(Goal.client_id == client_id).order_by(Goal.id.desc()))
                     .scalars() if g.text == goal_text), None)
        rating = Rating(client_id=client_id, goal_text=goal_text, kind=kind, value=value,
                        goal_id=goal.id if goal else None)
        return add_once(s, rating, message_id, client_id=client_id).id


def save_reason(client_id: str, rating_id: int, field: str, text: str) -> None:
    assert field in ("why_not_lower", "one_step_up")
    with session_scope() as s:
        rating = s.get(Rating, rating_id)
        if rating is not None and rating.client_id == client_id:
            setattr(rating, field, text)


def previous(client_id: str, goal_text: str, kind: str) -> Rating | None:
    with session_scope() as s:
        return next((r for r in s.execute(
            select(Rating).where(Rating.client_id == client_id, Rating.kind == kind)
            .order_by(Rating.created_at.desc(), Rating.id.desc())
        ).scalars() if r.goal_text == goal_text), None)


def ratings_of(client_id: str) -> list[Rating]:
    with session_scope() as s:
        return list(
            s.execute(
                select(Rating).where(Rating.client_id == client_id).order_by(Rating.id)
            ).scalars()
        )
