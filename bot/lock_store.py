"""Rasa's conversation lock store, chosen like the rest of Medvind's settings:
in each Rasa server's memory on one machine, in Redis (REDIS_URL) when Rasa
servers on several machines may take turns of the same conversation (the web
app moves a conversation to another server when its own is gone,
bot/web/rasa_client.py)."""
from urllib.parse import unquote, urlparse

from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore

from bot import config


def redis_lock_store(url: str) -> RedisLockStore:
    parts = urlparse(url)
    if parts.scheme not in ("redis", "rediss"):
        raise ValueError("REDIS_URL must start with redis:// or rediss://")
    return RedisLockStore(
        host=parts.hostname or "127.0.0.1",
        port=parts.port or 6379,
        db=int(parts.path.strip("/") or 1),
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        use_ssl=parts.scheme == "rediss",
        key_prefix="medvind",
    )


class MedvindLockStore(LockStore):
    """Rasa's Redis or in-memory lock store, whichever the environment asks for."""

    def __init__(self, endpoint_config=None) -> None:
        url = config.lock_store_redis_url()
        self.store = redis_lock_store(url) if url else InMemoryLockStore()
        super().__init__()

    def get_lock(self, conversation_id: str) -> TicketLock | None:
        return self.store.get_lock(conversation_id)

    def delete_lock(self, conversation_id: str) -> None:
        self.store.delete_lock(conversation_id)

    def save_lock(self, lock: TicketLock) -> None:
        self.store.save_lock(lock)
