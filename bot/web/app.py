"""The web app: the only public port. Serves the client page and the chat API,
and forwards chat messages to Rasa on loopback."""
import asyncio
import functools
import json
import logging
import os
from pathlib import Path

import aiohttp
import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_remotes import XForwardedStrict
from sqlalchemy import text

from bot import calendar_ics, config, modules
from bot.group import deck
from bot.off_loop import blocking
from bot.storage import answers, clients, conversations, goals, retention
from bot.storage.db import engine
from bot.web import ombud, rasa_client
from bot.web.rate_limits import RateLimits, refused
from bot.web.replies import ReplyCache
from bot.web.typed_buttons import ShownButtons, payload_for

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
MAX_MESSAGE_CHARS = 2000
MAX_BODY_BYTES = 64 * 1024

# Shown whenever the assistant cannot answer, so nobody is left without the numbers.
UNAVAILABLE = (
    "Medvind kan inte svara just nu. Försök igen om en stund. "
    "Om det är akut: ring 112. Vill du prata med någon: 1177 eller Mind Självmordslinjen 90101."
)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


# Two years, the value HSTS preload lists ask for; this host only, so a
# municipality's other subdomains are not forced onto HTTPS by Medvind.
HSTS = "max-age=63072000"


def from_trusted_proxy() -> list:
    """Behind a TLS-terminating proxy: the client's address and scheme from the
    proxy's headers, and only when the request comes from that proxy (aiohttp-
    remotes refuses anything else with 400). /healthz answers a local monitor."""
    proxies = config.trusted_proxies()
    if not proxies:
        return []
    return [XForwardedStrict([proxies], white_paths=["/healthz"]).middleware]


def error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


@web.middleware
async def security_headers(request: web.Request, handler):
    try:
        response = await handler(request)
    except web.HTTPRequestEntityTooLarge:
        response = error(413, "Meddelandet är för långt.")
    except web.HTTPException as exc:  # redirects and 404s get the same headers
        response = web.Response(status=exc.status, text=exc.text, headers=exc.headers)
    response.headers.update(SECURITY_HEADERS)
    if request.secure:  # only over HTTPS: browsers ignore it on plain HTTP anyway
        response.headers["Strict-Transport-Security"] = HSTS
    if request.path.startswith("/api/"):
        response.headers["Cache-Control"] = "no-store"
    return response


def bearer_token(request: web.Request) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def bearer_client(request: web.Request) -> str | None:
    token = bearer_token(request)
    return clients.client_id_for_token(token) if token else None


def client_required(handler):
    """Resolves the Bearer token to the client's ID, or answers 401."""

    @functools.wraps(handler)
    async def wrapper(request: web.Request) -> web.Response:
        client_id = await blocking(bearer_client, request)
        if client_id is None:
            return error(401, "Vi känner inte igen dig. Ladda om sidan för att börja om.")
        return await handler(request, client_id)

    return wrapper


async def index(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "index.html")


async def manifest(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "manifest.webmanifest",
                            headers={"Content-Type": "application/manifest+json"})


async def service_worker(_request: web.Request) -> web.FileResponse:
    # Served from the root so that it may look after the whole page ("/").
    return web.FileResponse(STATIC_DIR / "sw.js", headers={"Content-Type": "text/javascript",
                                                            "Cache-Control": "no-cache"})


ACCESSIBILITY_STATEMENT_UPDATED = "3 december 2026"  # change when the statement's content changes


@aiohttp_jinja2.template("accessibility.html")
async def accessibility_statement(_request: web.Request) -> dict:
    """The accessibility statement the law (2018:1937) asks for, with a way to report problems."""
    return {"organisation": config.organisation(), "contact": config.accessibility_contact(),
            "updated": ACCESSIBILITY_STATEMENT_UPDATED}


@aiohttp_jinja2.template("group_deck.html")
async def group_deck(_request: web.Request) -> dict:
    """The prompt deck as a printable page, for groups without a screen."""
    return {"themes": list(deck().values())}


async def healthz(request: web.Request) -> web.Response:
    http = request.app["http"]
    urls = request.app["rasa"].urls
    rasa_up = sum(await asyncio.gather(*(rasa_client.is_up(http, f"{url}/") for url in urls)))
    status = {
        "web": True,
        # One server is enough: another takes the conversations of one that is down.
        "rasa": rasa_up > 0,
        "actions": await rasa_client.is_up(http, f"{config.action_server_url()}/health"),
        "database": _database_ok(),
    }
    ready = all(status.values())
    return web.json_response({**status, "rasa_servers_up": f"{rasa_up}/{len(urls)}"}, status=200 if ready else 503)


def _database_ok() -> bool:
    try:
        with engine().connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except Exception:  # any failure means "not ready"; details go to the log, not the client
        log.exception("database health check failed")
        return False


async def create_session(request: web.Request) -> web.Response:
    if (too_many := refused(request, "new_client")) is not None:
        return too_many
    _client_id, token = await blocking(clients.create_client)
    return web.json_response({"client_token": token})


@client_required
async def chat(request: web.Request, client_id: str) -> web.Response:
    if (too_many := refused(request, "chat", client_id)) is not None:
        return too_many
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return error(400, "Meddelandet kunde inte läsas. Skicka JSON: {\"message\": \"...\"}.")
    message = body.get("message") if isinstance(body, dict) else None
    message_id = body.get("message_id") if isinstance(body, dict) else None
    if message_id is not None and (not isinstance(message_id, str) or len(message_id) > 64):
        return error(400, "Meddelandets id är ogiltigt.")
    if not isinstance(message, str) or not message.strip():
        return error(400, "Meddelandet är tomt. Skriv något, eller välj en knapp.")
    if len(message) > MAX_MESSAGE_CHARS:
        return error(
            413, f"Meddelandet är för långt (högst {MAX_MESSAGE_CHARS} tecken). Dela gärna upp det."
        )

    async def ask_rasa():
        shown = request.app["shown_buttons"]
        text = payload_for(message, await shown.last(client_id)) or message.strip()  # a typed title is a tap
        messages, signals = await rasa_client.send(request.app["http"], request.app["rasa"], client_id, text,
                                                     message_id)
        if conversations.ERASE_CONVERSATION in signals:  # "radera allt" in the chat: Rasa has stored this turn
            await blocking(conversations.erase_conversation, client_id)
        shown.remember(client_id, messages)
        return messages

    try:
        if message_id:
            messages = await request.app["replies"].once((client_id, message_id), ask_rasa)
        else:
            messages = await ask_rasa()
    except rasa_client.RasaUnavailable as exc:
        log.warning("Rasa unavailable: %s", exc)  # never the message text
        return web.json_response({"messages": [{"text": UNAVAILABLE, "buttons": []}]}, status=503)
    if await blocking(clients.take_retention_notice, client_id):  # back after a long absence: the rule, once
        messages = [{"text": retention.notice(retention.Policy.from_env()), "buttons": []}, *messages]
    return web.json_response({"messages": messages})


@client_required
async def chat_history(_request: web.Request, client_id: str) -> web.Response:
    return web.json_response({"messages": await blocking(conversations.history, client_id)})


@client_required
async def device_code(_request: web.Request, client_id: str) -> web.Response:
    return web.json_response(
        {"code": await blocking(clients.create_device_code, client_id),
         "expires_in_minutes": int(clients.CODE_LIFETIME.total_seconds() // 60)})


async def claim_device_code(request: web.Request) -> web.Response:
    if (too_many := refused(request, "device_claim")) is not None:
        return too_many
    try:
        body = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        body = None
    code = body.get("code") if isinstance(body, dict) else None
    token = await blocking(clients.claim_device_code, code) if isinstance(code, str) else None
    if token is None:
        return error(400, "Koden stämmer inte eller har gått ut. Skapa en ny kod på din andra enhet.")
    return web.json_response({"client_token": token})


@client_required
async def forget_device(request: web.Request, _client_id: str) -> web.Response:
    await blocking(clients.forget_device, bearer_token(request))
    return web.json_response({"message": "Den här enheten är glömd."})


@client_required
async def my_plan(_request: web.Request, client_id: str) -> web.Response:
    """The client's plan for hard days in the order asked, for the page to keep on the phone."""
    wrap = modules.BY_KEY["wrap"]
    stored = await blocking(answers.answers_for, client_id, "wrap")
    items = [{"question": a.question_text, "answer": a.answer_text}
             for a in modules.in_asked_order("wrap", stored) if not a.skipped]
    return web.json_response({"title": wrap.title, "items": items}, headers={"Cache-Control": "no-store"})


@client_required
async def my_calendar(_request: web.Request, client_id: str) -> web.Response:
    """The client's open steps with a date and their check-in reminder, for the phone's own
    calendar (bot/calendar_ics.py)."""
    their_goals = await blocking(goals.goals_of, client_id)
    rhythm = await blocking(clients.checkin_rhythm, client_id)
    return web.Response(body=calendar_ics.client_calendar(their_goals, rhythm, client_id), content_type="text/calendar",
                        charset="utf-8", headers={"Content-Disposition": 'attachment; filename="medvind-steg.ics"',
                                                  "Cache-Control": "no-store"})


@client_required
async def export_me(_request: web.Request, client_id: str) -> web.Response:
    data = await blocking(clients.export_client, client_id)
    return web.json_response(
        data,
        headers={"Content-Disposition": 'attachment; filename="medvind-mina-uppgifter.json"'},
        dumps=lambda d: json.dumps(d, ensure_ascii=False, indent=2),
    )


@client_required
async def delete_me(request: web.Request, client_id: str) -> web.Response:
    request.app["shown_buttons"].forget(client_id)
    deleted = await blocking(clients.erase_all, client_id)
    deleted["conversation_events"] = await blocking(conversations.erase_conversation, client_id)
    return web.json_response(
        {
            "deleted": deleted,
            "message": "Dina svar och hela samtalet är raderade.",
        }
    )


async def _open_http(app: web.Application):
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
    yield
    await app["http"].close()


def create_app() -> web.Application:
    app = web.Application(middlewares=[*from_trusted_proxy(), security_headers, ombud.ombud_auth],
                          client_max_size=MAX_BODY_BYTES)
    app["replies"] = ReplyCache()
    app["limits"] = RateLimits()
    app["shown_buttons"] = ShownButtons(conversations.last_buttons)
    app["rasa"] = rasa_client.RasaServers(config.rasa_urls(), config.rasa_turns_at_once())
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
                         autoescape=jinja2.select_autoescape(["html"]))
    ombud.add_routes(app)
    app.cleanup_ctx.append(_open_http)
    app.router.add_get("/", index)
    app.router.add_get("/manifest.webmanifest", manifest)
    app.router.add_get("/sw.js", service_worker)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/grupp", group_deck)
    app.router.add_get("/tillganglighet", accessibility_statement)
    app.router.add_post("/api/session", create_session)
    app.router.add_post("/api/chat", chat)
    app.router.add_get("/api/history", chat_history)
    app.router.add_post("/api/me/device-code", device_code)
    app.router.add_post("/api/session/claim", claim_device_code)
    app.router.add_delete("/api/session", forget_device)
    app.router.add_get("/api/me/export", export_me)
    app.router.add_get("/api/me/plan", my_plan)
    app.router.add_get("/api/me/calendar.ics", my_calendar)
    app.router.add_delete("/api/me", delete_me)
    app.router.add_static("/static/", STATIC_DIR)
    return app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s %(message)s")
    port = int(os.environ.get("WEB_PORT") or os.environ.get("PORT") or 8080)
    web.run_app(
        create_app(),
        host=os.environ.get("HOST", "0.0.0.0"),
        port=port,
        print=lambda _: log.info("Medvind is running: open http://localhost:%d/", port),
    )
