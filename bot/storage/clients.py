"""Anonymous clients: creation, token lookup, export and erasure."""
import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, select

from bot import crypto
from bot.storage import retention
from bot.storage.db import session_scope
from bot.storage.models import (
    AgendaItem,
    Answer,
    Checkin,
    Client,
    DeviceCode,
    DeviceToken,
    Goal,
    GoalStep,
    Rating,
    aware,
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


# When the client was last active is kept to the minute: enough for the retention
# rule and the ombud's "new since last look", and one write a minute at most.
ACTIVITY_STEP = timedelta(minutes=1)


def client_id_for_token(token: str) -> str | None:
    """The client a device token belongs to (the first device's or a later one's)."""
    if not token or len(token) > 200:
        return None
    digest = hash_token(token)
    with session_scope() as s:
        client = s.execute(select(Client).where(Client.token_hash == digest)).scalar_one_or_none()
        if client is None:
            device = s.execute(
                select(DeviceToken).where(DeviceToken.token_hash == digest)
            ).scalar_one_or_none()
            client = s.get(Client, device.client_id) if device else None
        if client is None:
            return None
        now = utcnow()
        if now - aware(client.last_active_at) >= ACTIVITY_STEP:  # not a write on every request
            if retention.away_long(client.last_active_at, now, retention.Policy.from_env()):
                client.retention_notice_due = True  # told in the chat, whichever request comes first
            client.last_active_at = now
        return client.id


def take_retention_notice(client_id: str) -> bool:
    """True once after the client came back from a long absence."""
    with session_scope() as s:
        client = s.get(Client, client_id)
        if client is None or not client.retention_notice_due:
            return False
        client.retention_notice_due = False
        return True


RHYTHMS = ("daily", "weekly", "biweekly", "none")


def checkin_rhythm(client_id: str) -> str | None:
    """How often the client wants a check-in reminder; None if never asked."""
    with session_scope() as s:
        client = s.get(Client, client_id)
        return client.checkin_rhythm if client else None


def set_checkin_rhythm(client_id: str, rhythm: str) -> None:
    if rhythm not in RHYTHMS:
        raise ValueError(rhythm)
    with session_scope() as s:
        client = s.get(Client, client_id)
        if client is not None:
            client.checkin_rhythm = rhythm


# Easy to read aloud and type on a phone: no 0/O, 1/I/L.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LIFETIME = timedelta(minutes=15)


def normalise_code(code: str) -> str:
    return "".join(c for c in code.upper() if c.isalnum())


def new_code(length: int) -> tuple[str, str]:
    """A random one-time code: (its keyed hash to store, the code as shown,
    "K7M-4QP"). Keyed, because a code has few enough bits that a plain hash in
    a copy of the database could be reversed by trying them all."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
    return crypto.lookup_hash(code), f"{code[:length // 2]}-{code[length // 2:]}"


def claim_code(session, model, typed: str, length: int):
    """The unused, unexpired code row of `model` matching what was typed, now
    marked used; None if there is none."""
    code = normalise_code(typed or "")
    if len(code) != length:
        return None
    found = session.execute(select(model).where(model.code_hash == crypto.lookup_hash(code))).scalar_one_or_none()
    if found is None or found.used_at is not None or aware(found.expires_at) < utcnow():
        return None
    found.used_at = utcnow()
    return found


def create_device_code(client_id: str) -> str:
    """A one-time code like "K7MQ-4PXR" for continuing on another device."""
    code_hash, shown = new_code(8)
    with session_scope() as s:
        s.add(DeviceCode(client_id=client_id, code_hash=code_hash, expires_at=utcnow() + CODE_LIFETIME))
    return shown


def claim_device_code(code: str) -> str | None:
    """A new device token for the code's client, or None if the code is unknown,
    used or expired. Each code works once."""
    with session_scope() as s:
        found = claim_code(s, DeviceCode, code, 8)
        if found is None:
            return None
        token = secrets.token_urlsafe(32)
        s.add(DeviceToken(client_id=found.client_id, token_hash=hash_token(token)))
        return token


def forget_device(token: str) -> None:
    """This device's token stops working; the client's answers stay for their other devices."""
    digest = hash_token(token)
    with session_scope() as s:
        s.execute(delete(DeviceToken).where(DeviceToken.token_hash == digest),
                  execution_options={"synchronize_session": False})
        client = s.execute(select(Client).where(Client.token_hash == digest)).scalar_one_or_none()
        if client is not None:
            client.token_hash = None


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
                "checkin_rhythm": client.checkin_rhythm if client else None,
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
