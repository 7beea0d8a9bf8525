"""Talks to the Rasa server's REST channel on loopback."""

import asyncio
from collections import OrderedDict
from contextlib import asynccontextmanager

import aiohttp


class RasaUnavailable(Exception):
    pass


def _to_api_message(rasa_message: dict) -> dict:
    buttons = [
        {"title": b.get("title", ""), "payload": b.get("payload", "")}
        for b in rasa_message.get("buttons") or []
    ]
    return {"text": rasa_message.get("text", ""), "buttons": buttons}


class RasaServers:
    """Spreads conversations evenly over the Rasa servers, and keeps each on
    the one it started on: that server's in-memory conversation lock then
    covers all its turns, and its cached tracker stays current. (A
    conversation that is forgotten here, or after a restart, may move; the
    tracker store notices the change and reads it from the database.)

    Each server works on at most `turns_at_once` turns; the rest wait their
    turn in arrival order, so a busy moment delays everyone a little instead
    of some clients a lot."""

    REMEMBERED = 10_000

    def __init__(self, urls: list[str], turns_at_once: int) -> None:
        self.urls = urls
        self._server_of: OrderedDict[str, str] = OrderedDict()
        self._next = 0
        self._slots = {url: asyncio.Semaphore(turns_at_once) for url in urls}

    def server_for(self, sender_id: str) -> str:
        url = self._server_of.pop(sender_id, None)
        if url is None:
            url = self.urls[self._next % len(self.urls)]
            self._next += 1
        self._server_of[sender_id] = url
        if len(self._server_of) > self.REMEMBERED:
            self._server_of.popitem(last=False)
        return url

    @asynccontextmanager
    async def turn(self, sender_id: str):
        url = self.server_for(sender_id)
        async with self._slots[url]:
            yield url


async def send(session: aiohttp.ClientSession, servers: RasaServers, sender_id: str,
               text: str) -> list[dict]:
    """Sends one client message and returns the bot's replies in the API's shape."""
    try:
        async with servers.turn(sender_id) as server, session.post(
            f"{server}/webhooks/rest/webhook", json={"sender": sender_id, "message": text}
        ) as resp:
            if resp.status != 200:
                raise RasaUnavailable(f"Rasa answered {resp.status}")
            replies = await resp.json()
    except (aiohttp.ClientError, TimeoutError) as exc:
        raise RasaUnavailable(type(exc).__name__) from exc
    messages = [_to_api_message(m) for m in replies if m.get("text") or m.get("buttons")]
    return messages, [m["custom"] for m in replies if isinstance(m.get("custom"), dict)]


async def is_up(session: aiohttp.ClientSession, url: str) -> bool:
    try:
        async with session.get(url) as resp:
            return resp.status == 200
    except (aiohttp.ClientError, TimeoutError):
        return False
