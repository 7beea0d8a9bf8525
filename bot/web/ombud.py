"""The ombud's dashboard under /ombud. Every route that shows a client checks, on
the server, that the client is this ombud's own and which modules the client
shares; anything else is 404. Every view of a client's material is logged."""
import hmac
import secrets

import aiohttp_jinja2
from aiohttp import web

from bot import modules
from bot.off_loop import blocking
from bot.storage import agenda, answers, checkins, goals, ombuds, ratings
from bot.storage.models import aware
from bot.web.charts import ratings_svg
from bot.web.rate_limits import MESSAGES, address

COOKIE = "medvind_ombud"
LOGIN_CSRF_COOKIE = "medvind_login_csrf"
LOGIN_PATHS = ("/ombud/login", "/ombud/login/code")  # open without a full session


def cookie(request: web.Request, name: str) -> str:
    """Over HTTPS the cookie carries the __Host- prefix: the browser then takes it
    only with Secure, for this exact host and path /, so neither a sibling
    subdomain nor a plain-HTTP page can plant or overwrite it. Plain HTTP (a
    developer's localhost) keeps the bare name, which browsers accept there."""
    return f"__Host-{name}" if request.secure else name


def cookie_value(request: web.Request, name: str, missing: str = "") -> str:
    return request.cookies.get(cookie(request, name), missing)


def _cookie_options(request: web.Request) -> dict:
    path = "/" if request.secure else "/ombud"  # __Host- requires path /
    return {"httponly": True, "samesite": "Strict", "secure": request.secure, "path": path}


def _drop_cookie(response: web.StreamResponse, request: web.Request, name: str) -> None:
    response.del_cookie(cookie(request, name), **_cookie_options(request))


def same_secret(given: object, expected: str) -> bool:
    """A constant-time comparison that any text can go into (compare_digest
    refuses non-ASCII str, and a forged field may hold anything)."""
    return hmac.compare_digest(str(given).encode("utf-8", "surrogateescape"),
                               expected.encode("utf-8", "surrogateescape"))


async def read_form(request: web.Request):
    """The posted form, or None when the body is no readable form (bad
    encoding, a multipart body without its boundary...)."""
    try:
        return await request.post()
    except (ValueError, UnicodeDecodeError, AssertionError):  # aiohttp's errors for a lying body
        return None


def _not_found() -> web.HTTPNotFound:
    return web.HTTPNotFound(text="Sidan finns inte.")


@web.middleware
async def ombud_auth(request: web.Request, handler):
    """Dashboard pages need a live session; every POST needs the session's CSRF token."""
    if not request.path.startswith("/ombud") or request.path in LOGIN_PATHS:
        return await handler(request)
    found = await blocking(ombuds.session_for, cookie_value(request, COOKIE))
    if found is None:
        raise web.HTTPFound("/ombud/login")
    request["ombud_id"], request["csrf"] = found
    if request.method == "POST":
        form = await read_form(request)
        if form is None or not same_secret(form.get("csrf", ""), request["csrf"]):
            raise web.HTTPForbidden(text="Formuläret har gått ut. Ladda om sidan och försök igen.")
    response = await handler(request)
    response.headers["Cache-Control"] = "no-store"
    return response


async def login_page(request: web.Request, message: str = "", status: int = 200,
                     step: str = "password") -> web.Response:
    """The login form: the password first, then the code from the authenticator app."""
    token = secrets.token_urlsafe(24)
    response = aiohttp_jinja2.render_template(
        "login.html", request, {"login_csrf": token, "message": message, "csrf": None, "step": step}, status=status)
    response.set_cookie(cookie(request, LOGIN_CSRF_COOKIE), token, max_age=1800, **_cookie_options(request))
    response.headers["Cache-Control"] = "no-store"
    return response


async def _login_form(request: web.Request):
    """The posted login form when its CSRF token matches the cookie, else None."""
    form = await read_form(request)
    if form is None or not same_secret(form.get("csrf", ""), cookie_value(request, LOGIN_CSRF_COOKIE, "-")):
        return None
    return form


async def login(request: web.Request) -> web.Response:
    form = await _login_form(request)
    if form is None:
        return await login_page(request, "Formuläret har gått ut. Försök igen.", status=403)
    username, password = str(form.get("username", "")), str(form.get("password", ""))
    limits = request.app["limits"]
    for name, key in (("login_address", address(request)), ("login_account", username.strip().lower())):
        if not limits.allow(name, key):
            return await login_page(request, MESSAGES[name], status=429)
    ombud_id = await blocking(ombuds.authenticate, username, password)  # argon2: tens of ms of CPU
    if ombud_id is None:
        if await blocking(ombuds.is_locked, username):
            return await login_page(request, LOCKED, 429)
        return await login_page(request, "Fel användarnamn eller lösenord.", status=401)
    response = web.HTTPFound("/ombud/login/code")
    response.set_cookie(cookie(request, COOKIE), await blocking(ombuds.create_session, ombud_id), **_cookie_options(request))
    return response


LOCKED = "För många misslyckade försök. Vänta 15 minuter."


async def code_page(request: web.Request) -> web.Response:
    if not await blocking(ombuds.awaits_code, cookie_value(request, COOKIE)):
        raise web.HTTPFound("/ombud/login")
    return await login_page(request, step="code")


async def confirm_code(request: web.Request) -> web.Response:
    """The second step: the code from the app (or a recovery code) opens the dashboard."""
    pending = cookie_value(request, COOKIE)
    if not await blocking(ombuds.awaits_code, pending):
        return await login_page(request, "Inloggningen tog för lång tid. Börja om med lösenordet.", status=403)
    form = await _login_form(request)
    if form is None:
        return await login_page(request, "Formuläret har gått ut. Försök igen.", status=403, step="code")
    if not request.app["limits"].allow("login_address", address(request)):
        return await login_page(request, MESSAGES["login_address"], status=429, step="code")
    full = await blocking(ombuds.confirm_code, pending, str(form.get("code", "")))
    if full is None:
        if not await blocking(ombuds.awaits_code, pending):  # locked after too many wrong codes
            return await login_page(request, LOCKED, status=429)
        return await login_page(request, "Fel kod. Skriv de sex siffrorna som appen visar just nu, "
                                         "eller en av dina reservkoder.", status=401, step="code")
    response = web.HTTPFound("/ombud/")
    response.set_cookie(cookie(request, COOKIE), full, **_cookie_options(request))
    _drop_cookie(response, request, LOGIN_CSRF_COOKIE)
    return response


async def logout(request: web.Request) -> web.Response:
    await blocking(ombuds.revoke_session, cookie_value(request, COOKIE))
    response = web.HTTPFound("/ombud/login")
    _drop_cookie(response, request, COOKIE)
    return response


async def overview(request: web.Request, code: str | None = None, nickname: str | None = None) -> web.Response:
    return aiohttp_jinja2.render_template("overview.html", request, {
        "clients": await blocking(ombuds.clients_of, request["ombud_id"]), "csrf": request["csrf"], "code": code,
        "code_nickname": nickname})


async def new_link_code(request: web.Request) -> web.Response:
    form = await read_form(request)  # read and checked once already by ombud_auth
    nickname = str(form.get("nickname", "")).strip()[:80] or None
    code = await blocking(ombuds.create_link_code, request["ombud_id"], nickname)
    return await overview(request, code=code, nickname=nickname)


async def own_client(request: web.Request):
    link = await blocking(ombuds.link_of, request["ombud_id"], request.match_info["client_id"])
    if link is None:
        raise _not_found()
    return link


def answered(client_id: str, module: str) -> list:
    """The module's answers, skipped questions left out, in the order the questions are asked."""
    return [a for a in modules.in_asked_order(module, answers.answers_for(client_id, module)) if not a.skipped]


def when_changed(item) -> list:
    """The moments an item of a section was written or changed (an answer, a goal and its steps...)."""
    moments = [getattr(item, name, None) for name in ("updated_at", "created_at", "done_at")]
    return [m for m in moments if m is not None] + [m for step in getattr(item, "steps", ()) for m in when_changed(step)]


def count_new(sections: dict, since) -> int | None:
    """How many shared items are new or changed since the ombud last looked (None: never looked)."""
    if since is None:
        return None
    items = [item for section in sections.values()
             for item in (section["answers"] + section["goals"] if isinstance(section, dict) else section)]
    return sum(any(aware(m) > since for m in when_changed(item)) for item in items)


def shared_sections(client_id: str) -> dict:
    """The material of each module the client shares; nothing of the others."""
    sections = {}
    for module in ombuds.shared_modules(client_id):
        if module in modules.ANSWER_MODULES:  # questions and answers, in the order asked
            sections[module] = answered(client_id, module)
        elif module == "dreams":
            sections[module] = {"answers": answered(client_id, "dreams"), "goals": goals.goals_of(client_id)}
        elif module == "motivation":
            sections[module] = ratings.ratings_of(client_id)
        elif module == "checkin":
            sections[module] = checkins.recent(client_id, 10)
        elif module == "agenda":
            sections[module] = agenda.items(client_id)
    return sections


async def client_page(request: web.Request) -> web.Response:
    link = await own_client(request)
    printable = request.path.endswith("/print")
    sections = await blocking(shared_sections, link.client_id)
    since = aware(link.last_viewed_at)  # the look before this one: what came after it is new
    await blocking(ombuds.log_access, request["ombud_id"], link.client_id, "print" if printable else "client page")
    return aiohttp_jinja2.render_template("client.html", request, {
        "client_id": link.client_id, "nickname": link.nickname, "sections": sections,
        "since": since, "is_new": lambda moment: since is not None and moment is not None and aware(moment) > since,
        "new_count": count_new(sections, since),
        "titles": ombuds.MODULES, "kinds": modules.RATING_KINDS, "answer_modules": modules.ANSWER_MODULES,
        "csrf": request["csrf"],
        "printable": printable})


async def motivation_chart(request: web.Request) -> web.Response:
    link = await own_client(request)
    if "motivation" not in await blocking(ombuds.shared_modules, link.client_id):
        raise _not_found()
    await blocking(ombuds.log_access, request["ombud_id"], link.client_id, "motivation chart")
    chart = await blocking(lambda: ratings_svg(ratings.ratings_of(link.client_id)))  # matplotlib: CPU
    return web.Response(body=chart, content_type="image/svg+xml")


async def set_nickname(request: web.Request) -> web.Response:
    link = await own_client(request)
    form = await read_form(request)  # read and checked once already by ombud_auth
    await blocking(ombuds.set_nickname, request["ombud_id"], link.client_id, str(form.get("nickname", "")))
    raise web.HTTPFound(f"/ombud/clients/{link.client_id}")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/ombud/login", login_page)
    app.router.add_post("/ombud/login", login)
    app.router.add_get("/ombud/login/code", code_page)
    app.router.add_post("/ombud/login/code", confirm_code)
    app.router.add_post("/ombud/logout", logout)
    app.router.add_get("/ombud/", overview)
    app.router.add_post("/ombud/link-code", new_link_code)
    app.router.add_get("/ombud/clients/{client_id}", client_page)
    app.router.add_get("/ombud/clients/{client_id}/print", client_page)
    app.router.add_get("/ombud/clients/{client_id}/motivation.svg", motivation_chart)
    app.router.add_post("/ombud/clients/{client_id}/nickname", set_nickname)
