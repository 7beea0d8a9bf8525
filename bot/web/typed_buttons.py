"""A typed button title does what tapping the button does. The web app knows
which buttons each client was last shown; a message that matches one of their
titles (whatever the case, a typo, missing å/ä/ö, a trailing "tack") is sent
to Rasa as that button's payload. One mechanism for every button the bot
shows: the menu, group themes, sharing, the crisis follow-up, ratings."""
import re
from collections import OrderedDict
from difflib import SequenceMatcher

from bot.off_loop import blocking
from bot.safety.text import fold

_POLITE = re.compile(r"\b(?:tack(?: sa mycket)?|tacka|tx|thx|please|snalla|plz|pls|ok|okej)\b")
_EMOJI_AND_MARKS = re.compile(r"[^\w\s]", re.UNICODE)
FUZZY_RATIO = 0.85  # "drommar och mal", "drömar o mål" match; "passa" does not match "pausa"
SHORT = 4  # titles this short ("Ja", "Bra", "Nej") must match exactly


def normalise(text: str) -> str:
    text = fold(text).replace("&", " och ")
    text = re.sub(r"\b1 ?(?:-|–|—|till) ?10\b", "1 10", text)
    text = _EMOJI_AND_MARKS.sub(" ", text)
    text = re.sub(r"\bo\b", "och", text)
    text = _POLITE.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def payload_for(message: str, buttons: list[dict]) -> str | None:
    """The payload of the one button whose title the message is, or None."""
    typed = normalise(message)
    if not typed or message.lstrip().startswith("/"):
        return None
    titles = [(normalise(b.get("title") or ""), b.get("payload")) for b in buttons if b.get("payload")]
    exact = {payload for title, payload in titles if title == typed}
    if len(exact) == 1:
        return exact.pop()
    if len(typed) <= SHORT:
        return None
    scored = sorted(((SequenceMatcher(None, typed, title).ratio(), payload) for title, payload in titles
                     if len(title) > SHORT), reverse=True)
    if not scored or scored[0][0] < FUZZY_RATIO:
        return None
    if len(scored) > 1 and scored[1][0] > scored[0][0] - 0.05 and scored[1][1] != scored[0][1]:
        return None  # two titles as close: better to let the classifier decide
    return scored[0][1]


class ShownButtons:
    """The buttons each client saw last, kept for the most recent clients; the
    conversation store answers for anyone not kept (after a restart)."""

    def __init__(self, lookup, size: int = 50_000) -> None:
        self._lookup = lookup
        self._size = size
        self._shown: OrderedDict[str, list[dict]] = OrderedDict()

    def remember(self, client_id: str, messages: list[dict]) -> None:
        self._shown[client_id] = [b for m in messages for b in m.get("buttons") or []]
        self._shown.move_to_end(client_id)
        while len(self._shown) > self._size:
            self._shown.popitem(last=False)

    async def last(self, client_id: str) -> list[dict]:
        if client_id not in self._shown:
            self._shown[client_id] = await blocking(self._lookup, client_id)
        return self._shown[client_id]

    def forget(self, client_id: str) -> None:
        self._shown.pop(client_id, None)
