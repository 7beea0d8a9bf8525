"""The ombud's second factor and the command-line account administration,
through HTTP with the real app and through `python -m bot ombud ...`."""
import subprocess
import sys
from datetime import timedelta

import pyotp
from sqlalchemy import select, update

from bot.storage import accounts, ombuds
from bot.storage.db import session_scope
from bot.storage.models import AccessLog, Ombud, OmbudSession, utcnow
from tests.conftest import ROOT
from tests.ombud_helpers import (
    ENROLMENTS,
    PASSWORD,
    current_code,
    enter_code,
    full_login,
    link_code,
    logged_in,
    login,
    new_ombud,
)


async def fresh_http(aiohttp_client):
    from bot.web.app import create_app

    return await aiohttp_client(create_app())


async def test_the_password_alone_never_opens_the_dashboard(aiohttp_client):
    username = new_ombud()
    http = await fresh_http(aiohttp_client)
    resp = await login(http, username)
    assert resp.status == 302 and resp.headers["Location"] == "/ombud/login/code"
    for path in ("/ombud/", "/ombud/clients/0123456789abcdef0123456789abcdef"):
        denied = await http.get(path, allow_redirects=False)
        assert denied.status == 302 and denied.headers["Location"] == "/ombud/login"
    page = await http.get("/ombud/login/code")
    assert "Kod från din autentiseringsapp" in await page.text()
    assert (await enter_code(http, current_code(username))).headers["Location"] == "/ombud/"
    assert "Dina klienter" in await (await http.get("/ombud/")).text()


async def test_a_wrong_code_is_refused_and_repeated_wrong_codes_lock_the_account(aiohttp_client):
    username = new_ombud()
    http = await fresh_http(aiohttp_client)
    await login(http, username)
    wrong = await enter_code(http, "000000" if current_code(username) != "000000" else "111111")
    assert wrong.status == 401 and "Fel kod" in await wrong.text()
    assert (await http.get("/ombud/", allow_redirects=False)).status == 302
    for _ in range(ombuds.MAX_FAILED_LOGINS - 1):
        await enter_code(http, "123456" if current_code(username) != "123456" else "654321")
    assert ombuds.is_locked(username)
    assert (await login(http, username)).status == 429  # even the right password now


async def test_a_code_is_accepted_only_once(aiohttp_client):
    username = new_ombud()
    secret = ENROLMENTS[username].secret
    code = pyotp.TOTP(secret).now()
    first, second = await fresh_http(aiohttp_client), await fresh_http(aiohttp_client)
    await login(first, username)
    assert (await enter_code(first, code)).status == 302
    await login(second, username)
    replay = await enter_code(second, code)  # someone who saw the code over the shoulder
    assert replay.status == 401


async def test_a_recovery_code_works_once(aiohttp_client):
    username = new_ombud()
    code = ENROLMENTS[username].recovery_codes[0]
    http = await fresh_http(aiohttp_client)
    await login(http, username)
    assert (await enter_code(http, code.lower().replace("-", " "))).status == 302  # as typed from paper
    again = await fresh_http(aiohttp_client)
    await login(again, username)
    assert (await enter_code(again, code)).status == 401
    assert "7 recovery codes" in run_cli("list").stdout.split(username)[1].splitlines()[0]


async def test_the_code_step_expires(aiohttp_client):
    username = new_ombud()
    http = await fresh_http(aiohttp_client)
    await login(http, username)
    with session_scope() as s:
        s.execute(update(OmbudSession).values(created_at=utcnow() - timedelta(minutes=6)))
    late = await enter_code(http, current_code(username))
    assert late.status == 403 and "Börja om med lösenordet" in await late.text()


async def test_disabling_ends_every_session_at_once_and_enabling_lets_in_again(aiohttp_client):
    username = new_ombud()
    http = await logged_in(aiohttp_client, username)
    accounts.disable(username)
    assert (await http.get("/ombud/", allow_redirects=False)).headers["Location"] == "/ombud/login"
    again = await fresh_http(aiohttp_client)
    assert (await login(again, username)).status == 401
    accounts.enable(username)
    assert (await full_login(again, username)).headers["Location"] == "/ombud/"


async def test_a_new_password_ends_sessions_and_the_old_one_stops_working(aiohttp_client):
    username = new_ombud()
    http = await logged_in(aiohttp_client, username)
    accounts.reset_password(username, "ett helt nytt lösenord 456")
    assert (await http.get("/ombud/", allow_redirects=False)).status == 302
    assert (await login(http, username, PASSWORD)).status == 401
    assert (await full_login(http, username, "ett helt nytt lösenord 456")).headers["Location"] == "/ombud/"


async def test_a_new_second_factor_replaces_the_old_one(aiohttp_client):
    username = new_ombud()
    old = ENROLMENTS[username]
    ENROLMENTS[username] = accounts.reset_second_factor(username)
    http = await fresh_http(aiohttp_client)
    await login(http, username)
    assert (await enter_code(http, old.recovery_codes[0])).status == 401
    assert (await enter_code(http, pyotp.TOTP(old.secret).now())).status == 401
    assert (await enter_code(http, current_code(username))).status == 302


async def test_transfer_moves_clients_and_the_client_still_sees_who_viewed(http, aiohttp_client):
    from tests.chat import Chat

    leaving, taking_over = new_ombud(), new_ombud()
    leaving_http = await logged_in(aiohttp_client, leaving)
    chat = await Chat.start(http)
    await chat.say(f"koppla {await link_code(leaving_http)}")
    await chat.say('/share_module{"module": "agenda", "share": "on"}')
    overview = await (await leaving_http.get("/ombud/")).text()
    client_id = overview.split('href="/ombud/clients/')[1][:32]
    assert (await leaving_http.get(f"/ombud/clients/{client_id}")).status == 200

    result = run_cli("transfer", leaving, taking_over)
    assert result.returncode == 0 and "1 clients moved" in result.stdout
    assert (await leaving_http.get(f"/ombud/clients/{client_id}")).status == 404
    taking_http = await logged_in(aiohttp_client, taking_over)
    assert (await taking_http.get(f"/ombud/clients/{client_id}")).status == 200

    reply = await chat.say_text("vem har sett mina svar?")
    assert f"{leaving} har öppnat det du delar" in reply
    assert f"{taking_over} har öppnat det du delar" in reply
    assert f"du flyttades från {leaving} till {taking_over}" in reply


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "ombud", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT)


def test_cli_administers_accounts_and_logs_every_action():
    username = new_ombud()
    listed = run_cli("list")
    assert listed.returncode == 0 and username in listed.stdout and "active" in listed.stdout
    assert run_cli("disable", username).returncode == 0
    assert "disabled" in run_cli("list").stdout.split(username)[1].splitlines()[0]
    assert run_cli("enable", username).returncode == 0
    assert run_cli("reset-password", username, stdin="kort\n").returncode != 0  # too short: nothing changed
    assert run_cli("reset-password", username, stdin="ett annat långt lösenord\n").returncode == 0
    assert ombuds.authenticate(username, "ett annat långt lösenord") is not None
    reset = run_cli("reset-2fa", username)
    assert reset.returncode == 0 and f"otpauth://totp/Medvind:{username}?secret=" in reset.stdout
    unknown = run_cli("disable", "finns-inte")
    assert unknown.returncode != 0 and "Inget ombud heter finns-inte" in unknown.stderr
    with session_scope() as s:
        ombud_id = s.execute(select(Ombud.id).where(Ombud.username == username)).scalar_one()
        logged = [w for w in s.execute(select(AccessLog.what).where(
            AccessLog.ombud_id == ombud_id, AccessLog.kind == "admin").order_by(AccessLog.id)).scalars()]
    assert [w.split(" (av ")[0] for w in logged] == [
        "kontot stängdes av", "kontot öppnades igen", "nytt lösenord", "ny tvåfaktorsinloggning"]
    assert all(" (av " in w for w in logged)  # and who did it
