"""Talks to the Rasa server's REST channel on loopback."""

import asyncio
import time
import uuid
import weakref
import zlib
from contextlib import asynccontextmanager

import aiohttp


class RasaUnavailable(Exception):
    pass


class ServerGone(Exception):
    """The server refused the connection, dropped it or answered 5xx: another one may take the turn."""


# How long a server that failed is passed over before it is tried again.
DOWN_SECONDS = 10.0


def _to_api_message(rasa_message: dict) -> dict:
    buttons = [
        {"title": b.get("title", ""), "payload": b.get("payload", "")}
        for b in rasa_message.get("buttons") or []
    ]
    return {"text": rasa_message.get("text", ""), "buttons": buttons}


class RasaServers:
    """Which Rasa server holds a conversation, and when a turn may go there.

    A conversation goes to the server chosen from its ID alone, so every web
    app sends it to the same one, also after a restart: that server's own
    conversation lock orders its turns and its cached tracker stays current.
    The web app also sends one turn of a conversation at a time (a double tap
    waits for the first answer).

    If that server is gone (connection refused or dropped, or a 5xx), the turn
    goes to the next server in a fixed order, the same in every web app, and
    the gone server is passed over for `DOWN_SECONDS`. The message id makes the
    move safe: a turn the dead server had already stored is answered from the
    conversation, an answer is stored once (bot/channel.py). A server that is
    slow rather than gone is not passed over: a turn still running there
    could interleave with the same conversation on another server.

    Each server works on at most `turns_at_once` turns; the rest wait in
    arrival order, so a busy moment delays everyone a little instead of some
    clients a lot. A turn that cannot start within `wait_seconds` gets the
    "unavailable" answer instead of waiting on."""

    def __init__(self, urls: list[str], turns_at_once: int, wait_seconds: float = 30,
                 down_seconds: float = DOWN_SECONDS) -> None:
        if not urls:
            raise ValueError("RASA_URL names no Rasa server")
        if turns_at_once < 1:
            raise ValueError("RASA_TURNS_AT_ONCE must be at least 1")
        self.urls = urls
        self.wait_seconds = wait_seconds
        self.down_seconds = down_seconds
        self._places = {url: asyncio.Semaphore(turns_at_once) for url in urls}
        self._down_until = dict.fromkeys(urls, 0.0)
        # One lock per conversation with a turn on its way; gone when none is.
        self._conversations: weakref.WeakValueDictionary[str, asyncio.Lock] = \
            weakref.WeakValueDictionary()

    def servers_for(self, sender_id: str) -> list[str]:
        """The conversation's own server first, then the others; those that
        failed lately last, so a turn is tried everywhere before it is refused."""
        start = zlib.crc32(sender_id.encode()) % len(self.urls)
        order = self.urls[start:] + self.urls[:start]
        now = time.monotonic()
        return sorted(order, key=lambda url: self._down_until[url] > now)

    def server_for(self, sender_id: str) -> str:
        return self.servers_for(sender_id)[0]

    def gone(self, url: str) -> None:
        self._down_until[url] = time.monotonic() + self.down_seconds

    @asynccontextmanager
    async def turn(self, sender_id: str):
        """The conversation's turn: yields a function that holds a place on a server."""
        deadline = time.monotonic() + self.wait_seconds
        conversation = self._conversations.setdefault(sender_id, asyncio.Lock())
        try:
            await asyncio.wait_for(conversation.acquire(), self.wait_seconds)
        except asyncio.TimeoutError as exc:
            raise RasaUnavailable("the conversation's earlier turn took too long") from exc
        try:
            yield lambda url: self._place_on(url, deadline)
        finally:
            conversation.release()

    @asynccontextmanager
    async def _place_on(self, url: str, deadline: float):
        try:
            await asyncio.wait_for(self._places[url].acquire(), max(0.0, deadline - time.monotonic()))
        except asyncio.TimeoutError as exc:
            raise RasaUnavailable("no place on the Rasa server in time") from exc
        try:
            yield
        finally:
            self._places[url].release()


async def _post(session: aiohttp.ClientSession, url: str, body: dict) -> list[dict]:
    try:
        async with session.post(f"{url}/webhooks/rest/webhook", json=body) as resp:
            if resp.status >= 500:
                raise ServerGone(f"Rasa answered {resp.status}")
            if resp.status != 200:
                raise RasaUnavailable(f"Rasa answered {resp.status}")
            return await resp.json()
    except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError) as exc:
        if isinstance(exc, aiohttp.ServerTimeoutError):
            raise RasaUnavailable(type(exc).__name__) from exc  # slow, not gone
        raise ServerGone(type(exc).__name__) from exc
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        raise RasaUnavailable(type(exc).__name__) from exc


async def send(session: aiohttp.ClientSession, servers: RasaServers, sender_id: str,
               text: str, message_id: str | None = None) -> tuple[list[dict], list[dict]]:
    """Sends one client message and returns the bot's replies in the API's shape
    and the custom signals. The message id goes along as metadata, so Rasa
    answers a retry, or the same turn moved to another server, once
    (bot/channel.py); a message without one gets one here."""
    body = {"sender": sender_id, "message": text,
            "metadata": {"message_id": message_id or uuid.uuid4().hex}}
    async with servers.turn(sender_id) as place_on:
        for url in servers.servers_for(sender_id):
            try:
                async with place_on(url):
                    replies = await _post(session, url, body)
                break
            except ServerGone:
                servers.gone(url)
        else:
            raise RasaUnavailable("no Rasa server answered")
    messages = [_to_api_message(m) for m in replies if m.get("text") or m.get("buttons")]
    return messages, [m["custom"] for m in replies if isinstance(m.get("custom"), dict)]


# A health check answers within seconds: a server that takes longer to say it is up is not up.
HEALTH_TIMEOUT = aiohttp.ClientTimeout(total=3)


async def is_up(session: aiohttp.ClientSession, url: str) -> bool:
    try:
        async with session.get(url, timeout=HEALTH_TIMEOUT) as resp:
            return resp.status == 200
    except (aiohttp.ClientError, asyncio.TimeoutError):
        return False
