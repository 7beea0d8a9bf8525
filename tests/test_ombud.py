"""The ombud dashboard and the client's control over sharing, through HTTP with
the real app (and the real Rasa stack for the client's side)."""
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import update

from bot.storage import ombuds
from bot.storage.db import session_scope
from bot.storage.models import OmbudSession, utcnow
from tests.chat import Chat, button_titles
from tests.conftest import ROOT
from tests.ombud_helpers import (
    PASSWORD,
    csrf_in,
    full_login,
    link_code,
    logged_in,
    login,
    new_ombud,
)


async def linked_client(http_client, ombud_http) -> tuple[Chat, str]:
    """A client who linked with the code and shares every module; returns (chat, client id)."""
    chat = await Chat.start(http_client)
    code = await link_code(ombud_http)
    messages = await chat.say(f"koppla {code}")
    for title in [t for t in button_titles(messages) if t.startswith("Dela:")]:
        payload = next(b["payload"] for m in messages for b in m["buttons"] if b["title"] == title)
        messages = await chat.say(payload)
    overview = await (await ombud_http.get("/ombud/")).text()
    import re

    client_id = re.findall(r'href="/ombud/clients/([0-9a-f]{32})"', overview)[-1]
    return chat, client_id


async def test_login_logout_and_security_headers(aiohttp_client):
    from bot.web.app import create_app

    username = new_ombud()
    http = await aiohttp_client(create_app())
    resp = await full_login(http, username)
    set_cookie = next(v for v in resp.headers.getall("Set-Cookie") if "medvind_ombud=" in v)
    assert "HttpOnly" in set_cookie and "SameSite=Strict" in set_cookie and "Path=/ombud" in set_cookie
    page = await http.get("/ombud/")
    assert page.status == 200 and "Dina klienter" in await page.text()
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Referrer-Policy"] == "no-referrer"

    resp = await http.post("/ombud/logout", data={"csrf": csrf_in(await page.text())},
                           allow_redirects=False)
    assert resp.status == 302
    assert (await http.get("/ombud/", allow_redirects=False)).headers["Location"] == "/ombud/login"


async def test_a_new_session_id_at_each_login(aiohttp_client):
    username = new_ombud()
    http = await logged_in(aiohttp_client, username)
    first = http.session.cookie_jar.filter_cookies(http.make_url("/ombud/"))["medvind_ombud"].value
    await full_login(http, username)
    second = http.session.cookie_jar.filter_cookies(http.make_url("/ombud/"))["medvind_ombud"].value
    assert first != second


async def test_wrong_password_and_lockout(aiohttp_client):
    from bot.web.app import create_app

    username = new_ombud()
    http = await aiohttp_client(create_app())
    for _ in range(ombuds.MAX_FAILED_LOGINS):
        resp = await login(http, username, "fel lösenord")
        assert resp.status in (401, 429)
    resp = await login(http, username)  # the right password, but locked now
    assert resp.status == 429 and "Vänta 15 minuter" in await resp.text()


async def test_idle_session_times_out(aiohttp_client):
    username = new_ombud()
    http = await logged_in(aiohttp_client, username)
    with session_scope() as s:
        s.execute(update(OmbudSession).values(last_seen_at=utcnow() - timedelta(minutes=31)))
    resp = await http.get("/ombud/", allow_redirects=False)
    assert resp.status == 302 and resp.headers["Location"] == "/ombud/login"


async def test_a_form_without_the_csrf_token_is_refused(aiohttp_client):
    http = await logged_in(aiohttp_client, new_ombud())
    for data in ({}, {"csrf": "guess"}):
        resp = await http.post("/ombud/link-code", data=data)
        assert resp.status == 403


async def test_login_form_without_its_token_is_refused(aiohttp_client):
    from bot.web.app import create_app

    username = new_ombud()
    http = await aiohttp_client(create_app())
    resp = await http.post("/ombud/login", data={"username": username, "password": PASSWORD},
                           allow_redirects=False)
    assert resp.status == 403


async def test_sharing_in_the_chat_shows_and_hides_modules_in_the_dashboard(http, aiohttp_client):
    username = new_ombud()
    ombud_http = await logged_in(aiohttp_client, username)
    chat = await Chat.start(http)
    await chat.say("/start_strengths")
    await chat.say("<script>alert('x')</script> min humor")
    await chat.say("paus")
    code = await link_code(ombud_http)
    reply = await chat.say_text(f"koppla {code}")
    assert "Nu är du kopplad" in reply and "Ingenting delas" in reply

    overview = await (await ombud_http.get("/ombud/")).text()
    client_id = overview.split('href="/ombud/clients/')[1][:32]
    page = await (await ombud_http.get(f"/ombud/clients/{client_id}")).text()
    assert "min humor" not in page and "delar inget" in page

    reply = await chat.say_text('/share_module{"module": "strengths", "share": "on"}')
    assert "dina svar om dina styrkor" in reply
    page = await (await ombud_http.get(f"/ombud/clients/{client_id}")).text()
    assert "&lt;script&gt;alert(" in page and "<script>alert(" not in page  # shown as text

    await chat.say('/share_module{"module": "strengths", "share": "off"}')
    page = await (await ombud_http.get(f"/ombud/clients/{client_id}")).text()
    assert "min humor" not in page

    reply = await chat.say_text("vem har sett mina svar?")
    assert f"{username} har öppnat det du delar de här dagarna: {utcnow():%-d/%-m %Y}" in reply

    asked = await chat.say_text("koppla bort mitt ombud")
    assert "Vill du koppla bort" in asked
    assert "Okej, du är fortfarande kopplad" in await chat.say_text("/deny")
    assert (await ombud_http.get(f"/ombud/clients/{client_id}")).status == 200
    await chat.say("koppla bort mitt ombud")
    assert "inte längre kopplad" in await chat.say_text("/affirm")
    assert (await ombud_http.get(f"/ombud/clients/{client_id}")).status == 404


async def test_another_ombuds_clients_and_unshared_modules_are_404(http, aiohttp_client):
    ombud_a = await logged_in(aiohttp_client, new_ombud())
    ombud_b = await logged_in(aiohttp_client, new_ombud())
    chat_b, client_b = await linked_client(http, ombud_b)
    chat_a = await Chat.start(http)
    await chat_a.say(f"koppla {await link_code(ombud_a)}")
    overview_a = await (await ombud_a.get("/ombud/")).text()
    client_a = overview_a.split('href="/ombud/clients/')[1][:32]
    csrf_a = csrf_in(overview_a)

    for path in ("", "/print", "/motivation.svg"):
        assert (await ombud_a.get(f"/ombud/clients/{client_b}{path}")).status == 404
    resp = await ombud_a.post(f"/ombud/clients/{client_b}/nickname",
                              data={"csrf": csrf_a, "nickname": "stulen"})
    assert resp.status == 404
    assert (await ombud_b.get(f"/ombud/clients/{client_b}/motivation.svg")).status == 200
    # Client A shares nothing: the chart of an unshared module is 404 for their own ombud too.
    assert (await ombud_a.get(f"/ombud/clients/{client_a}/motivation.svg")).status == 404
    assert (await ombud_a.get("/ombud/clients/not-a-client")).status == 404


async def test_client_page_for_a_meeting_and_print_view(http, aiohttp_client):
    ombud_http = await logged_in(aiohttp_client, new_ombud())
    chat, client_id = await linked_client(http, ombud_http)
    await chat.say("/agenda_add")
    await chat.say("Bostadsbidraget")
    await chat.say("/start_motivation")
    await chat.say("Flytta")
    await chat.say("7")
    await chat.say("paus")
    page = await (await ombud_http.get(f"/ombud/clients/{client_id}")).text()
    assert "Bostadsbidraget" in page and "motivation.svg" in page and "7 (redo)" in page
    chart = await ombud_http.get(f"/ombud/clients/{client_id}/motivation.svg")
    assert chart.content_type == "image/svg+xml" and b"<svg" in await chart.read()
    printable = await (await ombud_http.get(f"/ombud/clients/{client_id}/print")).text()
    assert 'class="print"' in printable and "Bostadsbidraget" in printable

    page = await ombud_http.get(f"/ombud/clients/{client_id}")
    await ombud_http.post(f"/ombud/clients/{client_id}/nickname",
                          data={"csrf": csrf_in(await page.text()), "nickname": "Kim"})
    assert "Kim" in await (await ombud_http.get("/ombud/")).text()
    assert len(ombuds.views_of(client_id)) >= 3  # page, chart, print: each one logged


def test_cli_adds_an_ombud_with_the_password_from_stdin(isolated_databases):
    result = subprocess.run([sys.executable, "-m", "bot", "ombud", "add", "cli-ombud"],
                            input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert ombuds.authenticate("cli-ombud", PASSWORD) is not None
    assert "otpauth://totp/Medvind:cli-ombud?secret=" in result.stdout
    assert "█" in result.stdout or "▀" in result.stdout  # the QR code, drawn in the terminal
    again = subprocess.run([sys.executable, "-m", "bot", "ombud", "add", "cli-ombud"],
                           input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT)
    assert again.returncode != 0
    short = subprocess.run([sys.executable, "-m", "bot", "ombud", "add", "x"], input="kort\n",
                           capture_output=True, text=True, cwd=ROOT)
    assert short.returncode != 0 and "10 characters" in short.stderr


@pytest.mark.parametrize("code", ["AAA-AAA", "", "koppla"])
async def test_a_wrong_link_code_in_the_chat(chat, code):
    reply = await chat.say_text(f"koppla {code}")
    assert "Koden stämmer inte" in reply or "Skriv koden" in reply


async def test_a_shared_module_shows_the_answers_in_the_order_the_questions_were_asked(http, aiohttp_client):
    ombud_http = await logged_in(aiohttp_client, new_ombud())
    chat = await Chat.start(http)
    await chat.say("/start_strengths")
    for answer in ("Första svaret om vad som driver mig", "Andra svaret om svåra saker", "Tredje svaret om hur andra ser mig"):
        await chat.say(answer)
    await chat.say("paus")
    await chat.say(f"koppla {await link_code(ombud_http)}")
    await chat.say('/share_module{"module": "strengths", "share": "on"}')
    overview = await (await ombud_http.get("/ombud/")).text()
    client_id = overview.split('href="/ombud/clients/')[1][:32]
    page = await (await ombud_http.get(f"/ombud/clients/{client_id}")).text()
    places = [page.index(answer) for answer in ("Första svaret", "Andra svaret", "Tredje svaret")]
    assert places == sorted(places)  # not by question key ("coping" < "described" < "drive")


async def test_a_nickname_given_with_the_link_code_names_the_client_on_the_overview(http, aiohttp_client):
    ombud_http = await logged_in(aiohttp_client, new_ombud())
    first, second = await Chat.start(http), await Chat.start(http)
    await first.say(f"koppla {await link_code(ombud_http, nickname='A.K. tisdagar')}")
    await second.say(f"koppla {await link_code(ombud_http)}")
    overview = await (await ombud_http.get("/ombud/")).text()
    assert "A.K. tisdagar" in overview and overview.count("Namnlös klient") == 1


async def test_the_meeting_page_marks_what_is_new_since_the_ombud_last_looked(http, aiohttp_client):
    ombud_http = await logged_in(aiohttp_client, new_ombud())
    chat = await Chat.start(http)
    await chat.say(f"koppla {await link_code(ombud_http, nickname='B.')}")
    await chat.say("/start_visit_prep")
    await chat.say("/agenda_add")
    await chat.say("Bostadsbidraget")
    await chat.say('/share_module{"module": "agenda", "share": "on"}')
    overview = await (await ombud_http.get("/ombud/")).text()
    page_url = "/ombud/clients/" + overview.split('href="/ombud/clients/')[1][:32]
    first = await (await ombud_http.get(page_url)).text()
    assert "Första gången du tittar" in first and "Bostadsbidraget" in first
    assert '<span class="new">Nytt</span> Bostadsbidraget' not in first

    again = await (await ombud_http.get(page_url)).text()
    assert "Inget nytt sedan du tittade" in again and "<span class=\"new\">Nytt</span> Bostadsbidraget" not in again

    await chat.say("/start_visit_prep")
    await chat.say("/agenda_add")
    await chat.say("Tandläkarräkningen")
    after = await (await ombud_http.get(page_url)).text()
    assert "1 sak är ny eller ändrad sedan du tittade" in after
    assert '<span class="new">Nytt</span> Tandläkarräkningen' in after
    assert '<span class="new">Nytt</span> Bostadsbidraget' not in after


async def test_the_dashboards_storage_and_password_checks_run_off_the_event_loop(aiohttp_client, monkeypatch):
    """argon2 and the database answer in a worker thread: one ombud logging in does not
    hold up every client's chat on the same web app."""
    import threading

    called_in = []

    def recorded(call):
        def wrapper(*args):
            called_in.append(threading.current_thread())
            return call(*args)
        return wrapper

    for name in ("authenticate", "session_for", "clients_of"):
        monkeypatch.setattr(ombuds, name, recorded(getattr(ombuds, name)))
    ombud_http = await logged_in(aiohttp_client, new_ombud())
    assert (await ombud_http.get("/ombud/")).status == 200
    assert len(called_in) >= 3 and threading.main_thread() not in called_in
