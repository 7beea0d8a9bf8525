"""Limits on what an anonymous flood could use up: new clients and device-code
claims per address, ombud logins per address and per account, chat messages
per client. A moving window from the `limits` library, kept in this web app's
memory (with several web apps behind a load balancer, point
MEDVIND_LIMITS_STORAGE at a shared Redis, e.g. `redis://127.0.0.1:6379`).

Each limit is set by an environment variable (README, "Rate limits"). The
defaults let a whole group on one Wi-Fi, or a municipality behind one NAT,
start Medvind together: 120 new clients a minute from one address. There is
no CAPTCHA: it would shut out the people Medvind is for."""
import os
import time
from collections.abc import Mapping

from aiohttp import web
from limits import parse, storage, strategies

# name: (environment variable, default)
LIMITS = {
    "new_client": ("MEDVIND_LIMIT_NEW_CLIENTS", "120/minute"),
    "device_claim": ("MEDVIND_LIMIT_DEVICE_CLAIMS", "20/minute"),
    "login_address": ("MEDVIND_LIMIT_LOGINS_PER_ADDRESS", "30/minute"),
    "login_account": ("MEDVIND_LIMIT_LOGINS_PER_ACCOUNT", "10/minute"),
    "chat": ("MEDVIND_LIMIT_CHAT_MESSAGES", "60/minute"),
}

# What the person sees: kind, in Swedish, and saying when to try again.
MESSAGES = {
    "new_client": "Många startar Medvind från samma nätverk just nu. Vänta en minut och försök igen.",
    "device_claim": "För många försök med koder. Vänta en minut och försök igen.",
    "login_address": "För många inloggningsförsök härifrån. Vänta en minut och försök igen.",
    "login_account": "För många inloggningsförsök på det här kontot. Vänta en minut och försök igen.",
    "chat": "Du skriver snabbare än jag hinner svara. Vänta en liten stund och skicka igen – "
            "inget av det du skrivit är borta.",
}


class RateLimits:
    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self._limiter = strategies.MovingWindowRateLimiter(
            storage.storage_from_string(environ.get("MEDVIND_LIMITS_STORAGE", "memory://")))
        self._items = {name: parse(environ.get(variable, default)) for name, (variable, default) in LIMITS.items()}

    def allow(self, name: str, key: str) -> bool:
        """Counts one more for `key` and says whether it is still within the limit."""
        return self._limiter.hit(self._items[name], name, key)

    def retry_after(self, name: str, key: str) -> int:
        reset, _remaining = self._limiter.get_window_stats(self._items[name], name, key)
        return max(1, int(reset - time.time()) + 1)


def address(request: web.Request) -> str:
    """The client's address: behind a reverse proxy named in
    MEDVIND_TRUSTED_PROXIES, the one the proxy passed on (bot/web/app.py,
    from_trusted_proxy); otherwise the connection's own."""
    return request.remote or "unknown"


def refused(request: web.Request, name: str, key: str | None = None) -> web.Response | None:
    """Counts this request against limit `name` for `key` (the address if not
    given); the 429 answer when it is over, else None."""
    key = key or address(request)
    limits = request.app["limits"]
    if limits.allow(name, key):
        return None
    return web.json_response({"error": MESSAGES[name]}, status=429,
                             headers={"Retry-After": str(limits.retry_after(name, key))})
