"""Anonymous clients: creation, token lookup, export and erasure."""
import hashlib
import secrets

from sqlalchemy import delete, select

from bot.storage.db import session_scope
from bot.storage.models import (
    AgendaItem,
    Answer,
    Checkin,
    Client,
    Goal,
    GoalStep,
    Rating,
    utcnow,
)


def hash_token(token: str) -> str:
    # The token is 256 random bits, so a fast hash is enough (no dictionary to guess from).
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_client() -> tuple[str, str]:
    """Returns (client_id, secret token). The token is shown to the browser once."""
    token = secrets.token_urlsafe(32)
    with session_scope() as s:
        client = Client(token_hash=hash_token(token))
        s.add(client)
        s.flush()
        return client.id, token


def client_id_for_token(token: str) -> str | None:
    if not token or len(token) > 200:
        return None
    with session_scope() as s:
        client = s.execute(
            select(Client).where(Client.token_hash == hash_token(token))
        ).scalar_one_or_none()
        if client is None:
            return None
        client.last_active_at = utcnow()
        return client.id


def ensure_client(client_id: str) -> str:
    """The action server may see a sender it has not met (for example `rasa shell`,
    whose sender is 'default'): give it a client row without a token."""
    with session_scope() as s:
        if s.get(Client, client_id) is None:
            s.add(Client(id=client_id[:32]))
    return client_id[:32]


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export_client(client_id: str) -> dict:
    """Everything stored about the client, module by module."""
    with session_scope() as s:
        client = s.get(Client, client_id)

        def rows(model, *order):
            return s.execute(
                select(model).where(model.client_id == client_id).order_by(*order)
            ).scalars().all()

        return {
            "client": {
                "created_at": _iso(client.created_at) if client else None,
                "last_active_at": _iso(client.last_active_at) if client else None,
            },
            "answers": [
                {"module": a.module, "question": a.question_text, "answer": a.answer_text,
                 "skipped": a.skipped, "answered_at": _iso(a.updated_at)}
                for a in rows(Answer, Answer.module, Answer.id)
            ],
            "goals": [
                {"goal": g.text, "dream": g.dream, "created_at": _iso(g.created_at),
                 "steps": [{"what": st.what, "who": st.who, "when": st.when,
                            "done_at": _iso(st.done_at)} for st in g.steps]}
                for g in rows(Goal, Goal.id)
            ],
            "ratings": [
                {"goal": r.goal_text, "kind": r.kind, "value": r.value,
                 "why_not_lower": r.why_not_lower, "one_step_up": r.one_step_up,
                 "rated_at": _iso(r.created_at)}
                for r in rows(Rating, Rating.id)
            ],
            "checkins": [
                {"mood": c.mood, "went_well": c.went_well, "was_hard": c.was_hard,
                 "for_ombud": c.for_ombud, "checked_in_at": _iso(c.created_at)}
                for c in rows(Checkin, Checkin.id)
            ],
            "agenda": [
                {"text": i.text, "added_at": _iso(i.created_at)} for i in rows(AgendaItem, AgendaItem.id)
            ],
        }


# What a client's data consists of, in the order it is erased (steps go with their goals).
ERASABLE = {"answers": Answer, "ratings": Rating, "goals": Goal, "checkins": Checkin,
            "agenda": AgendaItem}


def erase_all(client_id: str) -> dict[str, int]:
    """Deletes every answer, goal, rating, check-in and agenda item of the client;
    returns how many of each were deleted."""
    counts = {}
    with session_scope() as s:
        goal_ids = select(Goal.id).where(Goal.client_id == client_id)
        counts["steps"] = s.execute(
            delete(GoalStep).where(GoalStep.goal_id.in_(goal_ids)),
            execution_options={"synchronize_session": False},
        ).rowcount
        for name, model in ERASABLE.items():
            counts[name] = s.execute(
                delete(model).where(model.client_id == client_id),
                execution_options={"synchronize_session": False},
            ).rowcount
    return counts
