"""The web app spreads conversations over several Rasa servers, keeps each
conversation on one, and lets each server work on a few turns at a time."""
import asyncio

import aiohttp
from aiohttp import web

from bot.web import rasa_client


async def fake_rasa(aiohttp_server, seen: list, delay: float = 0.0, busy: dict | None = None):
    async def webhook(request):
        body = await request.json()
        seen.append(body["sender"])
        if busy is not None:
            busy["now"] += 1
            busy["most"] = max(busy["most"], busy["now"])
        await asyncio.sleep(delay)
        if busy is not None:
            busy["now"] -= 1
        return web.json_response([{"recipient_id": body["sender"], "text": "Hej!"}])

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    server = await aiohttp_server(app)
    return f"http://127.0.0.1:{server.port}"


async def test_conversations_are_spread_evenly_and_each_stays_on_its_server(aiohttp_server):
    seen_a, seen_b = [], []
    servers = rasa_client.RasaServers(
        [await fake_rasa(aiohttp_server, seen_a), await fake_rasa(aiohttp_server, seen_b)], 4)
    async with aiohttp.ClientSession() as http:
        for _ in range(3):
            for sender in ("anna", "bo", "cecilia", "david"):
                messages, _ = await rasa_client.send(http, servers, sender, "hej")
                assert messages == [{"text": "Hej!", "buttons": []}]
    assert len(set(seen_a)) == len(set(seen_b)) == 2
    assert not set(seen_a) & set(seen_b)
    assert len(seen_a) == len(seen_b) == 6


async def test_a_busy_server_takes_a_few_turns_at_once_and_the_rest_wait_their_turn(aiohttp_server):
    busy = {"now": 0, "most": 0}
    seen = []
    servers = rasa_client.RasaServers([await fake_rasa(aiohttp_server, seen, 0.05, busy)], 2)
    async with aiohttp.ClientSession() as http:
        answers = await asyncio.gather(
            *(rasa_client.send(http, servers, f"client-{i}", "hej") for i in range(6)))
    assert all(messages == [{"text": "Hej!", "buttons": []}] for messages, _ in answers)
    assert busy["most"] == 2
    assert sorted(seen) == [f"client-{i}" for i in range(6)]


async def test_a_forgotten_conversation_still_reaches_a_server(aiohttp_server, monkeypatch):
    seen = []
    servers = rasa_client.RasaServers([await fake_rasa(aiohttp_server, seen)], 1)
    monkeypatch.setattr(rasa_client.RasaServers, "REMEMBERED", 2)
    async with aiohttp.ClientSession() as http:
        for sender in ("anna", "bo", "cecilia", "anna"):
            await rasa_client.send(http, servers, sender, "hej")
    assert seen == ["anna", "bo", "cecilia", "anna"]
    assert list(servers._server_of) == ["cecilia", "anna"]


def test_several_rasa_servers_are_read_from_one_setting(monkeypatch):
    from bot import config

    monkeypatch.setenv("RASA_URL", "http://127.0.0.1:5005, http://127.0.0.1:5006/")
    assert config.rasa_urls() == ["http://127.0.0.1:5005", "http://127.0.0.1:5006"]
    monkeypatch.delenv("RASA_URL")
    assert config.rasa_urls() == ["http://127.0.0.1:5005"]
