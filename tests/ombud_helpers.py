"""Logging in to the ombud dashboard through HTTP, as a browser would."""
import re
import time
import uuid

import pyotp

from bot.storage import ombuds

PASSWORD = "ett långt lösenord 123"
ENROLMENTS = {}  # username -> what the ombud got at enrolment (secret, recovery codes)
_last_step = {}


def new_ombud() -> str:
    username = f"ombud-{uuid.uuid4().hex[:8]}"
    ENROLMENTS[username] = ombuds.add_ombud(username, PASSWORD)
    return username


def current_code(username: str) -> str:
    """What the ombud's authenticator app shows. A code is accepted once, so a
    second login within the same 30 seconds takes the next one (the server
    accepts one step either side for a phone's clock)."""
    totp = pyotp.TOTP(ENROLMENTS[username].secret)
    step = max(int(time.time()) // totp.interval, _last_step.get(username, -1) + 1)
    _last_step[username] = step
    return totp.generate_otp(step)


def csrf_in(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


async def login(http, username: str, password: str = PASSWORD):
    page = await http.get("/ombud/login")
    token = csrf_in(await page.text())
    return await http.post("/ombud/login", data={"csrf": token, "username": username,
                                                   "password": password}, allow_redirects=False)


async def enter_code(http, code: str):
    page = await http.get("/ombud/login/code")
    return await http.post("/ombud/login/code", data={"csrf": csrf_in(await page.text()), "code": code},
                           allow_redirects=False)


async def full_login(http, username: str, password: str = PASSWORD):
    """Password, then the code from the app: what the ombud does to reach the dashboard."""
    resp = await login(http, username, password)
    assert resp.status == 302 and resp.headers["Location"] == "/ombud/login/code", await resp.text()
    return await enter_code(http, current_code(username))


async def logged_in(aiohttp_client, username: str):
    from bot.web.app import create_app

    http = await aiohttp_client(create_app())
    resp = await full_login(http, username)
    assert resp.status == 302 and resp.headers["Location"] == "/ombud/", await resp.text()
    return http


async def link_code(http, nickname: str = "") -> str:
    page = await http.get("/ombud/")
    resp = await http.post("/ombud/link-code", data={"csrf": csrf_in(await page.text()), "nickname": nickname})
    return re.search(r"Kod(?: för [^:<]+)?: <strong>([A-Z0-9]{3}-[A-Z0-9]{3})</strong>", await resp.text()).group(1)
