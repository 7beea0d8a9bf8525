"""The HTTP interface in DESIGN.md, through the real web app and Rasa stack."""
import pytest

from tests.chat import Chat, button_titles, text_of


async def test_healthz_reports_every_part(http):
    resp = await http.get("/healthz")
    assert resp.status == 200
    assert await resp.json() == {"web": True, "rasa": True, "actions": True, "database": True,
                                 "rasa_servers_up": "1/1"}


async def test_greeting_says_what_medvind_is_and_offers_the_menu(chat):
    messages = await chat.say("hej")
    text = text_of(messages)
    assert "inte en människa" in text and "inte ditt ombud" in text
    assert "Ingen läser" in text
    assert "hoppa över" in text and "sluta när du vill" in text
    assert "Mina styrkor" in button_titles(messages)


async def test_page_is_served_with_a_strict_content_security_policy(http):
    resp = await http.get("/")
    assert resp.status == 200
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "<script>" not in await resp.text()  # no inline scripts


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-real-token"}, {"Authorization": "Basic abc"}],
)
async def test_chat_without_a_valid_token_is_refused_kindly(http, headers):
    resp = await http.post("/api/chat", json={"message": "hej"}, headers=headers)
    assert resp.status == 401
    assert "Ladda om sidan" in (await resp.json())["error"]


@pytest.mark.parametrize(
    "body, status, words",
    [
        (b"{not json", 400, "kunde inte läsas"),
        (b'{"message": ""}', 400, "tomt"),
        (b'{"message": "   "}', 400, "tomt"),
        (b'{"message": 42}', 400, "tomt"),
        (b'["hej"]', 400, "tomt"),
        (('{"message": "' + "a" * 2001 + '"}').encode(), 413, "för långt"),
        (b'{"message": "' + b"a" * 70000 + b'"}', 413, "för långt"),
    ],
)
async def test_bad_chat_input_gets_a_clear_4xx_in_swedish(chat, body, status, words):
    resp = await chat.http.post(
        "/api/chat", data=body, headers={**chat.auth, "Content-Type": "application/json"}
    )
    assert resp.status == status
    assert words in (await resp.json())["error"]


async def test_a_message_of_exactly_2000_characters_is_accepted(chat):
    resp = await chat.http.post("/api/chat", json={"message": "a" * 2000}, headers=chat.auth)
    assert resp.status == 200


async def test_each_client_has_its_own_conversation(http):
    first, second = await Chat.start(http), await Chat.start(http)
    await first.say("/start_strengths")
    await first.say("Min humor")
    # The second client is not in the middle of the first one's form.
    reply = await second.say_text("Min humor")
    assert "Fråga 2 av 7" not in reply
    assert (await second.export())["answers"] == []
    assert [a["answer"] for a in (await first.export())["answers"]] == ["Min humor"]


async def test_delete_me_erases_answers_and_the_conversation(chat):
    await chat.say("/start_strengths")
    await chat.say("Mina vänner")
    resp = await chat.http.delete("/api/me", headers=chat.auth)
    assert resp.status == 200
    deleted = (await resp.json())["deleted"]
    assert deleted["answers"] == 1 and deleted["conversation_events"] > 0
    assert (await chat.export())["answers"] == []
    # The conversation starts afresh: the form is no longer waiting for an answer.
    assert "Fråga 2 av 7" not in await chat.say_text("Något annat")


async def test_export_is_a_download_of_everything_stored(chat):
    await chat.say("/start_strengths")
    await chat.say("Mina barn")
    resp = await chat.http.get("/api/me/export", headers=chat.auth)
    assert "attachment" in resp.headers["Content-Disposition"]
    data = await resp.json()
    assert data["answers"][0]["answer"] == "Mina barn"
    assert data["answers"][0]["question"].startswith("Vad driver dig framåt?")


async def test_storage_runs_off_the_event_loop(aiohttp_client, monkeypatch):
    """A slow database answer holds up only its own request: the web app's
    storage calls run in a worker thread, not on the thread serving everyone."""
    import threading

    from bot.storage import clients
    from bot.web.app import create_app

    loop_thread = threading.current_thread()
    seen = []
    real_lookup, real_export = clients.client_id_for_token, clients.export_client
    monkeypatch.setattr(clients, "client_id_for_token",
                        lambda token: seen.append(threading.current_thread()) or real_lookup(token))
    monkeypatch.setattr(clients, "export_client",
                        lambda client_id: seen.append(threading.current_thread()) or real_export(client_id))
    http = await aiohttp_client(create_app())
    token = (await (await http.post("/api/session")).json())["client_token"]
    resp = await http.get("/api/me/export", headers={"Authorization": f"Bearer {token}"})
    assert resp.status == 200
    assert len(seen) == 2 and loop_thread not in seen
