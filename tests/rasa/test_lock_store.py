"""The conversation lock store: each Rasa server's own memory by default, one
Redis server shared by all when REDIS_URL names it, so Rasa servers on
several machines take the turns of one conversation one at a time, and a
lock held by a server that died lapses (issue 18)."""
import asyncio
import shutil
import subprocess
import time

import pytest
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore

from bot.lock_store import MedvindLockStore
from tests.conftest import free_port


@pytest.fixture(scope="module")
def redis_url():
    if not shutil.which("redis-server"):
        pytest.fail("Redis is not installed: `make test` installs it (apt-get install redis-server).")
    port = free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no"], stdout=subprocess.DEVNULL)
    for _ in range(50):
        try:
            RedisLockStore(port=port).red.ping()
            break
        except Exception:
            time.sleep(0.1)
    yield f"redis://127.0.0.1:{port}/1"
    server.terminate()
    server.wait()


def test_without_redis_url_each_server_keeps_its_locks_in_memory(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert isinstance(MedvindLockStore().store, InMemoryLockStore)
    monkeypatch.setenv("REDIS_URL", "http://127.0.0.1:6379")
    with pytest.raises(ValueError, match="redis://"):
        MedvindLockStore()


async def test_two_servers_take_one_conversations_turns_one_at_a_time(redis_url, monkeypatch):
    monkeypatch.setenv("REDIS_URL", redis_url)
    first_server, second_server = MedvindLockStore(), MedvindLockStore()
    order = []

    async def turn(store, name, seconds):
        async with store.lock("anna", lock_lifetime=10, wait_time_in_seconds=0.05):
            order.append(f"{name} starts")
            await asyncio.sleep(seconds)
            order.append(f"{name} ends")

    first = asyncio.create_task(turn(first_server, "first", 0.3))
    await asyncio.sleep(0.05)
    await asyncio.gather(first, turn(second_server, "second", 0))
    assert order == ["first starts", "first ends", "second starts", "second ends"]


async def test_a_lock_held_by_a_server_that_died_lapses_after_its_lifetime(redis_url, monkeypatch):
    monkeypatch.setenv("REDIS_URL", redis_url)
    dead_server, live_server = MedvindLockStore(), MedvindLockStore()
    dead_server.issue_ticket("bo", lock_lifetime=1)  # took the lock and never gave it back
    started = time.monotonic()
    async with live_server.lock("bo", lock_lifetime=10, wait_time_in_seconds=0.1):
        waited = time.monotonic() - started
    assert 0.8 < waited < 5
