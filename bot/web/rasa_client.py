"""Talks to the Rasa server's REST channel on loopback."""

import asyncio
import weakref
import zlib
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
    """Which Rasa server holds a conversation, and when a turn may go there.

    A conversation always goes to the same server, chosen from its ID alone,
    so it stays there across restarts of the web app: that server's own
    conversation lock orders all its turns and its cached tracker stays
    current. The web app also sends one turn of a conversation at a time
    (a double tap waits for the first answer).

    Each server works on at most `turns_at_once` turns; the rest wait in
    arrival order, so a busy moment delays everyone a little instead of some
    clients a lot. A turn that cannot start within `wait_seconds` gets the
    "unavailable" answer instead of waiting on."""

    def __init__(self, urls: list[str], turns_at_once: int, wait_seconds: float = 30) -> None:
        if not urls:
            raise ValueError("RASA_URL names no Rasa server")
        if turns_at_once < 1:
            raise ValueError("RASA_TURNS_AT_ONCE must be at least 1")
        self.urls = urls
        self.wait_seconds = wait_seconds
        self._places = {url: asyncio.Semaphore(turns_at_once) for url in urls}
        # One lock per conversation with a turn on its way; gone when none is.
        self._conversations: weakref.WeakValueDictionary[str, asyncio.Lock] = \
            weakref.WeakValueDictionary()

    def server_for(self, sender_id: str) -> str:
        return self.urls[zlib.crc32(sender_id.encode()) % len(self.urls)]

    @asynccontextmanager
    async def turn(self, sender_id: str):
        url = self.server_for(sender_id)
        conversation = self._conversations.setdefault(sender_id, asyncio.Lock())
        try:
            await asyncio.wait_for(self._wait_for_place(conversation, url), self.wait_seconds)
        except asyncio.TimeoutError as exc:
            raise RasaUnavailable("no place on the Rasa server in time") from exc
        try:
            yield url
        finally:
            self._places[url].release()
            conversation.release()

    async def _wait_for_place(self, conversation: asyncio.Lock, url: str) -> None:
        """The conversation's lock, then a place on its server (or neither)."""
        await conversation.acquire()
        try:
            await self._places[url].acquire()
        except BaseException:
            conversation.release()
            raise


async def send(session: aiohttp.ClientSession, servers: RasaServers, sender_id: str,
               text: str, message_id: str | None = None) -> list[dict]:
    """Sends one client message and returns the bot's replies in the API's shape.
    The message id goes along as metadata: Rasa answers a retry once (bot/channel.py)."""
    body = {"sender": sender_id, "message": text}
    if message_id:
        body["metadata"] = {"message_id": message_id}
    try:
        async with servers.turn(sender_id) as server, session.post(
            f"{server}/webhooks/rest/webhook", json=body
        ) as resp:
            if resp.status != 200:
                raise RasaUnavailable(f"Rasa answered {resp.status}")
            replies = await resp.json()
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        raise RasaUnavailable(type(exc).__name__) from exc
    messages = [_to_api_message(m) for m in replies if m.get("text") or m.get("buttons")]
    return messages, [m["custom"] for m in replies if isinstance(m.get("custom"), dict)]


async def is_up(session: aiohttp.ClientSession, url: str) -> bool:
    try:
        async with session.get(url) as resp:
            return resp.status == 200
    except (aiohttp.ClientError, asyncio.TimeoutError):
        return False
