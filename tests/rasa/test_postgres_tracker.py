"""Rasa's conversation history on PostgreSQL (the tracker store of the Rasa
servers), and erasing it as the web app does; a client's words are in no file
of the PostgreSQL server, its write-ahead log included."""
import uuid

from tests.postgres_server import files_containing, postgres_url  # noqa: F401  (a fixture)


async def test_conversations_on_postgresql(postgres_url, monkeypatch):  # noqa: F811
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.storage import answers, clients, conversations
    from bot.storage.migrate import upgrade
    from tests.rasa.test_tracker_store import load_store

    upgrade()
    client_id, _ = clients.create_client()
    store = load_store()
    assert store.engine.url.drivername == "postgresql"
    word = f"plommrik{uuid.uuid4().hex[:6]}"
    await store.save(DialogueStateTracker.from_events(client_id, [UserUttered(f"min {word}")]))
    answers.save_answer(client_id, "strengths", "strengths_drive", "Vad driver dig framåt?", f"min {word}")
    assert word in conversations.history(client_id)[0]["text"]
    assert word in clients.export_client(client_id)["answers"][0]["answer"]
    assert files_containing(postgres_url, word.encode()) == []
    assert conversations.erase_conversation(client_id) == 1
