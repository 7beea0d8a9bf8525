"""The web app spreads conversations over several Rasa servers, keeps each
conversation on one, sends one turn of a conversation at a time, and lets
each server work on a few turns at once."""
import asyncio

import aiohttp
import pytest
from aiohttp import web

from bot.web import rasa_client

ANSWER = [{"text": "Hej!", "buttons": []}]


async def fake_rasa(aiohttp_server, seen: list, delay: float = 0.0, busy: dict | None = None):
    async def webhook(request):
        body = await request.json()
        seen.append((body["sender"], body["message"]))
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


async def test_each_conversation_stays_on_one_server_even_after_a_restart(aiohttp_server):
    seen_a, seen_b = [], []
    urls = [await fake_rasa(aiohttp_server, seen_a), await fake_rasa(aiohttp_server, seen_b)]
    senders = [f"client-{i}" for i in range(20)]
    async with aiohttp.ClientSession() as http:
        for order in (senders, senders[::-1]):  # a restart of the web app, clients back in another order
            servers = rasa_client.RasaServers(urls, 3)
            for sender in order:
                messages, _ = await rasa_client.send(http, servers, sender, "hej")
                assert messages == ANSWER
    on_a, on_b = {s for s, _ in seen_a}, {s for s, _ in seen_b}
    assert on_a and on_b and not on_a & on_b and on_a | on_b == set(senders)
    assert len(seen_a) == 2 * len(on_a)


async def test_a_busy_server_takes_a_few_turns_at_once_and_the_rest_wait_in_arrival_order(aiohttp_server):
    busy = {"now": 0, "most": 0}
    seen = []
    servers = rasa_client.RasaServers([await fake_rasa(aiohttp_server, seen, 0.05, busy)], 2)
    async with aiohttp.ClientSession() as http:
        answers = await asyncio.gather(
            *(rasa_client.send(http, servers, f"client-{i}", "hej") for i in range(6)))
    assert all(messages == ANSWER for messages, _ in answers)
    assert busy["most"] == 2
    assert seen[2:] == [(f"client-{i}", "hej") for i in range(2, 6)]  # the waiting ones in order


async def test_a_double_tap_waits_for_the_first_answer_and_does_not_hold_up_others(aiohttp_server):
    busy = {"now": 0, "most": 0}
    seen = []
    servers = rasa_client.RasaServers([await fake_rasa(aiohttp_server, seen, 0.05, busy)], 2)
    async with aiohttp.ClientSession() as http:
        await asyncio.gather(*(rasa_client.send(http, servers, "anna", f"svar {i}") for i in range(4)),
                             rasa_client.send(http, servers, "bo", "hej"))
    assert busy["most"] == 2  # Anna's turns one at a time, Bo's alongside
    assert [m for s, m in seen if s == "anna"] == [f"svar {i}" for i in range(4)]
    assert seen.index(("bo", "hej")) <= 1  # Bo did not wait behind Anna's four turns
    assert not servers._conversations  # nothing kept once the turns are done


async def test_a_turn_that_cannot_start_in_time_gets_the_unavailable_answer(aiohttp_server):
    servers = rasa_client.RasaServers([await fake_rasa(aiohttp_server, [], 0.5)], 1, wait_seconds=0.1)
    async with aiohttp.ClientSession() as http:
        first = asyncio.create_task(rasa_client.send(http, servers, "anna", "hej"))
        await asyncio.sleep(0.05)
        with pytest.raises(rasa_client.RasaUnavailable):
            await rasa_client.send(http, servers, "bo", "hej")
        assert (await first)[0] == ANSWER
        assert (await rasa_client.send(http, servers, "bo", "hej"))[0] == ANSWER  # the place came back


async def test_a_rasa_server_that_times_out_gives_the_unavailable_answer(aiohttp_server):
    servers = rasa_client.RasaServers([await fake_rasa(aiohttp_server, [], 1.0)], 1)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.1)) as http:
        with pytest.raises(rasa_client.RasaUnavailable):
            await rasa_client.send(http, servers, "anna", "hej")


def test_several_rasa_servers_are_read_from_one_setting_and_none_is_refused(monkeypatch):
    from bot import config

    monkeypatch.setenv("RASA_URL", "http://127.0.0.1:5005, http://127.0.0.1:5006/")
    assert config.rasa_urls() == ["http://127.0.0.1:5005", "http://127.0.0.1:5006"]
    monkeypatch.setenv("RASA_URL", " , ")
    with pytest.raises(ValueError, match="RASA_URL"):
        rasa_client.RasaServers(config.rasa_urls(), 3)
    with pytest.raises(ValueError, match="RASA_TURNS_AT_ONCE"):
        rasa_client.RasaServers(["http://127.0.0.1:5005"], 0)
    monkeypatch.delenv("RASA_URL")
    assert config.rasa_urls() == ["http://127.0.0.1:5005"]


def a_port_nobody_listens_on() -> str:
    from tests.conftest import free_port

    return f"http://127.0.0.1:{free_port()}"


async def server_that_dies_mid_turn(aiohttp_server, seen: list):
    """Takes the message, then drops the connection: a Rasa server killed during a turn."""
    async def webhook(request):
        body = await request.json()
        seen.append(body["metadata"]["message_id"])
        request.transport.abort()
        await asyncio.sleep(1)

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    return f"http://127.0.0.1:{(await aiohttp_server(app)).port}"


def sender_at_home_on(servers: rasa_client.RasaServers, url: str) -> str:
    return next(s for s in (f"client-{i}" for i in range(100)) if servers.server_for(s) == url)


async def test_when_a_conversations_server_is_gone_another_answers_and_the_gone_one_is_passed_over(aiohttp_server):
    seen = []
    dead = a_port_nobody_listens_on()
    servers = rasa_client.RasaServers([dead, await fake_rasa(aiohttp_server, seen)], 3, down_seconds=0.3)
    anna = sender_at_home_on(servers, dead)
    async with aiohttp.ClientSession() as http:
        assert (await rasa_client.send(http, servers, anna, "hej"))[0] == ANSWER
        assert servers.server_for(anna) != dead  # the next turns go straight to the live server
        assert (await rasa_client.send(http, servers, anna, "svar"))[0] == ANSWER
        await asyncio.sleep(0.35)
        assert servers.server_for(anna) == dead  # tried again once the pause is over
    assert seen == [(anna, "hej"), (anna, "svar")]


async def test_a_turn_whose_server_dies_during_it_is_finished_by_another_with_the_same_message_id(aiohttp_server):
    ids_seen_by_dying, seen = [], []
    dying = await server_that_dies_mid_turn(aiohttp_server, ids_seen_by_dying)
    servers = rasa_client.RasaServers([dying, await fake_rasa(aiohttp_server, seen)], 3)
    anna = sender_at_home_on(servers, dying)
    async with aiohttp.ClientSession() as http:
        assert (await rasa_client.send(http, servers, anna, "svar", "m-1"))[0] == ANSWER
        await rasa_client.send(http, servers, anna, "utan id")
    assert ids_seen_by_dying == ["m-1"] and seen == [(anna, "svar"), (anna, "utan id")]


async def test_a_server_error_moves_the_turn_but_a_slow_server_is_not_left(aiohttp_server):
    async def failing(_request):
        return web.Response(status=502)

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", failing)
    broken = f"http://127.0.0.1:{(await aiohttp_server(app)).port}"
    seen = []
    servers = rasa_client.RasaServers([broken, await fake_rasa(aiohttp_server, seen)], 3)
    anna = sender_at_home_on(servers, broken)
    async with aiohttp.ClientSession() as http:
        assert (await rasa_client.send(http, servers, anna, "hej"))[0] == ANSWER

    slow_seen, other_seen = [], []
    slow = await fake_rasa(aiohttp_server, slow_seen, delay=1.0)
    servers = rasa_client.RasaServers([slow, await fake_rasa(aiohttp_server, other_seen)], 3)
    bo = sender_at_home_on(servers, slow)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=0.2)) as http:
        with pytest.raises(rasa_client.RasaUnavailable):
            await rasa_client.send(http, servers, bo, "hej")
    assert slow_seen == [(bo, "hej")] and other_seen == []  # it may still be working on the turn
    assert servers.server_for(bo) == slow


async def test_with_every_server_gone_the_client_gets_the_unavailable_answer():
    servers = rasa_client.RasaServers([a_port_nobody_listens_on(), a_port_nobody_listens_on()], 3)
    async with aiohttp.ClientSession() as http:
        with pytest.raises(rasa_client.RasaUnavailable):
            await rasa_client.send(http, servers, "anna", "hej")


async def test_health_says_how_many_rasa_servers_answer_and_does_not_wait_on_a_stuck_one(aiohttp_server, aiohttp_client,
                                                                                         monkeypatch):
    import time

    async def up(_request):
        return web.json_response({"status": "ok"})

    async def stuck(_request):
        await asyncio.sleep(60)

    def server_answering(handler, path="/"):
        app = web.Application()
        app.router.add_get(path, handler)
        return aiohttp_server(app)

    ok, hung, actions = (await server_answering(up), await server_answering(stuck),
                         await server_answering(up, "/health"))
    monkeypatch.setenv("RASA_URL", ",".join(f"http://127.0.0.1:{s.port}" for s in (ok, hung)))
    monkeypatch.setenv("ACTION_SERVER_URL", f"http://127.0.0.1:{actions.port}")
    from bot.web.app import create_app

    http = await aiohttp_client(create_app())
    started = time.monotonic()
    resp = await http.get("/healthz")
    assert resp.status == 200 and (await resp.json())["rasa_servers_up"] == "1/2"
    assert time.monotonic() - started < 10  # not the minute the stuck server would take
