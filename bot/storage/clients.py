"""Anonymous clients: creation, token lookup, export and erasure."""
import hashlib
import secrets

from sqlalchemy import delete, select

from bot.storage.db import session_scope
from bot.storage.models import Answer, Client, utcnow


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


def export_client(client_id: str) -> dict:
    with session_scope() as s:
        client = s.get(Client, client_id)
        answers = s.execute(
            select(Answer).where(Answer.client_id == client_id).order_by(Answer.module, Answer.id)
        ).scalars()
        return {
            "client": {
                "created_at": client.created_at.isoformat() if client else None,
                "last_active_at": client.last_active_at.isoformat() if client else None,
            },
            "answers": [
                {
                    "module": a.module,
                    "question": a.question_text,
                    "answer": a.answer_text,
                    "skipped": a.skipped,
                    "answered_at": a.updated_at.isoformat(),
                }
                for a in answers
            ],
        }


def erase_answers(client_id: str) -> int:
    """Deletes every answer of the client; returns how many were deleted."""
    with session_scope() as s:
        result = s.execute(delete(Answer).where(Answer.client_id == client_id))
        return result.rowcount or 0
