"""Logging in to the ombud dashboard through HTTP, as a browser would."""
import re
import uuid

from bot.storage import ombuds

PASSWORD = "ett långt lösenord 123"


def new_ombud() -> str:
    username = f"ombud-{uuid.uuid4().hex[:8]}"
    ombuds.add_ombud(username, PASSWORD)
    return username


def csrf_in(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


async def login(http, username: str, password: str = PASSWORD):
    page = await http.get("/ombud/login")
    token = csrf_in(await page.text())
    return await http.post("/ombud/login", data={"csrf": token, "username": username,
                                                   "password": password}, allow_redirects=False)


async def logged_in(aiohttp_client, username: str):
    from bot.web.app import create_app

    http = await aiohttp_client(create_app())
    resp = await login(http, username)
    assert resp.status == 302, await resp.text()
    return http


async def link_code(http) -> str:
    page = await http.get("/ombud/")
    resp = await http.post("/ombud/link-code", data={"csrf": csrf_in(await page.text())})
    return re.search(r"Kod: <strong>([A-Z0-9]{3}-[A-Z0-9]{3})</strong>", await resp.text()).group(1)
