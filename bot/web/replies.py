"""Remembers the reply to each recent chat message by the ID the page gave it, so
a retry after a lost response (a phone on a flaky network) gets the same reply
instead of sending the answer twice."""
import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any


class ReplyCache:
    def __init__(self, size: int = 5000) -> None:
        self.size = size
        self._replies: OrderedDict[tuple, asyncio.Future] = OrderedDict()

    async def once(self, key: tuple, make: Callable[[], Awaitable[Any]]) -> Any:
        """Runs `make` once per key; a concurrent or later retry awaits the same result.
        A failure is forgotten, so the next retry tries again."""
        future = self._replies.get(key)
        if future is None:
            future = asyncio.ensure_future(make())
            self._replies[key] = future
            while len(self._replies) > self.size:
                self._replies.popitem(last=False)
        try:
            return await asyncio.shield(future)
        except Exception:
            self._replies.pop(key, None)
            raise
