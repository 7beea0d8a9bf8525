"""Medvind on PostgreSQL (DATABASE_URL): migrations, answers and Rasa's
conversation history in one real PostgreSQL server, started for this test."""
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import free_port

pytestmark = pytest.mark.skipif(shutil.which("initdb") is None, reason="PostgreSQL is not installed")


def as_db_user(command: str) -> list:
    # initdb refuses to run as root; CI runs as root, so use the postgres account then.
    return ["su", "postgres", "-c", command] if os.geteuid() == 0 else ["sh", "-c", command]


@pytest.fixture(scope="module")
def postgres_url():
    # Not under pytest's tmp dir: the postgres account cannot enter root's 0700 folders.
    base = Path(tempfile.mkdtemp(prefix="medvind-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    port = free_port()
    data = base / "data"
    subprocess.run(as_db_user(f"initdb -D {data} -A trust -U medvind"), check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run(as_db_user(
        f"pg_ctl -D {data} -l {base}/log -o '-k {base} -p {port} -c listen_addresses=127.0.0.1' start"
    ), check=True, stdout=subprocess.DEVNULL)
    try:
        url = f"postgresql://medvind@127.0.0.1:{port}/postgres"
        from sqlalchemy import create_engine

        for _ in range(50):
            try:
                create_engine(url).connect().close()
                break
            except Exception:
                time.sleep(0.2)
        yield url
    finally:
        subprocess.run(as_db_user(f"pg_ctl -D {data} -m fast stop"), stdout=subprocess.DEVNULL)
        shutil.rmtree(base, ignore_errors=True)


async def test_answers_and_conversations_on_postgresql(postgres_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from bot.storage import answers, clients, conversations
    from bot.storage.migrate import upgrade
    from tests.test_tracker_store import load_store

    upgrade()
    client_id, token = clients.create_client()
    assert clients.client_id_for_token(token) == client_id
    answers.save_answer(client_id, "strengths", "strengths_drive", "Vad driver dig framåt?", "Musiken")
    assert clients.export_client(client_id)["answers"][0]["answer"] == "Musiken"

    store = load_store()
    assert store.engine.url.drivername == "postgresql"
    await store.save(DialogueStateTracker.from_events(client_id, [UserUttered("hej")]))
    assert conversations.erase_conversation(client_id) == 1
    assert clients.erase_all(client_id)["answers"] == 1
