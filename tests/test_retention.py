"""Retention: a client back after a long absence is told the rule once, and a
client who stays away longer is erased, with everything about them. The clock
is the test's: each client's last activity is set back, and the job is given
the moment it runs."""
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import select, update

from bot.storage import answers, ombuds, retention
from bot.storage.clients import hash_token
from bot.storage.db import session_scope
from bot.storage.models import AccessLog, Client, OmbudLink, utcnow
from tests.chat import Chat
from tests.conftest import ROOT
from tests.ombud_helpers import link_code, logged_in, new_ombud

POLICY = retention.Policy(inactive=timedelta(days=365), grace=timedelta(days=30))


def client_id_of(chat: Chat) -> str:
    with session_scope() as s:
        return s.execute(select(Client.id).where(Client.token_hash == hash_token(chat.token))).scalar_one()


def last_active(client_id: str, days_ago: float) -> None:
    with session_scope() as s:
        s.execute(update(Client).where(Client.id == client_id).values(last_active_at=utcnow() - timedelta(days=days_ago)))


async def test_a_client_back_after_a_year_is_told_the_rule_once_and_keeps_everything(http):
    chat = await Chat.start(http)
    await chat.say("/start_strengths")
    await chat.say("min envishet")
    await chat.say("paus")
    last_active(client_id_of(chat), 370)
    await http.get("/api/history", headers=chat.auth)  # the page loads the history first
    reply = await chat.say_text("hej")
    assert reply.startswith("Välkommen tillbaka! Det är mer än 365 dagar sedan du använde Medvind")
    assert "raderas allt av sig självt" in reply and "395 dagar" in reply
    assert "Välkommen tillbaka" not in await chat.say_text("hej igen")  # once
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["min envishet"]


async def test_a_client_away_a_short_while_is_not_told(http):
    chat = await Chat.start(http)
    last_active(client_id_of(chat), 100)
    assert "Välkommen tillbaka" not in await chat.say_text("hej")


async def test_the_job_erases_only_those_away_longer_than_the_rule_and_everything_about_them(http, aiohttp_client):
    ombud = new_ombud()
    ombud_http = await logged_in(aiohttp_client, ombud)
    gone, waiting, active = [await Chat.start(http) for _ in range(3)]
    for chat in (gone, waiting, active):
        await chat.say(f"koppla {await link_code(ombud_http)}")
        await chat.say("/start_strengths")
        await chat.say("mitt tålamod")
    gone_id, waiting_id, active_id = (client_id_of(c) for c in (gone, waiting, active))
    overview = await (await ombud_http.get("/ombud/")).text()
    await ombud_http.get(f"/ombud/clients/{gone_id}")  # a logged view about the client
    assert gone_id in overview
    last_active(gone_id, 396)
    last_active(waiting_id, 380)

    assert retention.erase_inactive(utcnow(), POLICY) == 1
    assert answers.answers_for(gone_id, "strengths") == {}
    assert (await http.post("/api/chat", json={"message": "hej"}, headers=gone.auth)).status == 401
    assert (await http.get("/api/history", headers=gone.auth)).status == 401
    with session_scope() as s:
        assert s.get(Client, gone_id) is None and s.get(OmbudLink, gone_id) is None
        assert s.execute(select(AccessLog).where(AccessLog.client_id == gone_id)).first() is None
        ombud_id = s.execute(select(OmbudLink.ombud_id).where(OmbudLink.client_id == waiting_id)).scalar_one()
        erased = s.execute(select(AccessLog.what).where(AccessLog.ombud_id == ombud_id, AccessLog.kind == "admin")).scalars()
        assert any("raderades efter 395 dagar utan aktivitet" in w for w in erased)
    from bot.storage.conversations import history
    assert history(gone_id) == [] and history(waiting_id) != []
    for kept in (waiting_id, active_id):
        assert answers.answers_for(kept, "strengths")["strengths_drive"].answer_text == "mitt tålamod"
    assert gone_id not in await (await ombud_http.get("/ombud/")).text()

    # a month later the one who was waiting has stayed away too
    assert retention.erase_inactive(utcnow() + timedelta(days=20), POLICY) == 1
    assert answers.answers_for(waiting_id, "strengths") == {}
    assert ombuds.ombud_of(active_id) == ombud


def test_the_rule_is_configurable_and_the_command_runs_it(monkeypatch):
    monkeypatch.setenv("MEDVIND_RETENTION_INACTIVE_DAYS", "30")
    monkeypatch.setenv("MEDVIND_RETENTION_GRACE_DAYS", "7")
    assert retention.Policy.from_env() == retention.Policy(timedelta(days=30), timedelta(days=7))
    result = subprocess.run([sys.executable, "-m", "bot", "retention"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and "inactive clients erased" in result.stdout, result.stderr


def test_activity_is_written_at_most_once_a_minute():
    from bot.storage import clients

    client_id, token = clients.create_client()

    def stored() -> object:
        with session_scope() as s:
            return s.get(Client, client_id).last_active_at

    last_active(client_id, 30 / 86400)  # 30 s ago
    before = stored()
    assert clients.client_id_for_token(token) == client_id
    assert stored() == before  # a request half a minute later writes nothing
    last_active(client_id, 90 / 86400)  # 90 s ago
    clients.client_id_for_token(token)
    assert stored() > before  # a minute on, it does
