"""Rasa's conversation history on PostgreSQL (the tracker store of the Rasa
servers), and erasing it as the web app does."""
from tests.postgres_server import needs_postgres, postgres_url  # noqa: F401  (a fixture)

pytestmark = needs_postgres


async def test_conversations_on_postgresql(postgres_url, monkeypatch):  # noqa: F811
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.storage import clients, conversations
    from bot.storage.migrate import upgrade
    from tests.rasa.test_tracker_store import load_store

    upgrade()
    client_id, _ = clients.create_client()
    store = load_store()
    assert store.engine.url.drivername == "postgresql"
    await store.save(DialogueStateTracker.from_events(client_id, [UserUttered("hej")]))
    assert conversations.erase_conversation(client_id) == 1
