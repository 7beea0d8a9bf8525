"""Talks to the Rasa server's REST channel on loopback."""

import aiohttp

from bot import config


class RasaUnavailable(Exception):
    pass


def _to_api_message(rasa_message: dict) -> dict:
    buttons = [
        {"title": b.get("title", ""), "payload": b.get("payload", "")}
        for b in rasa_message.get("buttons") or []
    ]
    return {"text": rasa_message.get("text", ""), "buttons": buttons}


async def send(session: aiohttp.ClientSession, sender_id: str, text: str) -> list[dict]:
    """Sends one client message and returns the bot's replies in the API's shape."""
    url = f"{config.rasa_url()}/webhooks/rest/webhook"
    try:
        async with session.post(url, json={"sender": sender_id, "message": text}) as resp:
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
