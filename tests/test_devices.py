"""Coming back on the same phone, continuing on another device, forgetting a device,
and retrying a message whose reply was lost."""
import asyncio

from tests.chat import Chat


async def test_history_shows_the_conversation_with_button_presses_as_titles(chat):
    await chat.say("hej")
    await chat.say("/start_strengths")
    await chat.say("Min humor")
    resp = await chat.http.get("/api/history", headers=chat.auth)
    messages = (await resp.json())["messages"]
    mine = [m["text"] for m in messages if m["from"] == "me"]
    assert mine == ["hej", "Mina styrkor", "Min humor"]
    assert messages[-1]["from"] == "bot" and "Fråga 2 av 7" in messages[-1]["text"]
    assert messages[-1]["buttons"] and not any(m["buttons"] for m in messages[:-1])


async def test_a_device_code_continues_the_same_conversation_once(http, chat):
    await chat.say("/start_strengths")
    await chat.say("Min humor")
    resp = await http.post("/api/me/device-code", headers=chat.auth)
    code = (await resp.json())["code"]
    assert len(code) == 9 and code[4] == "-"

    resp = await http.post("/api/session/claim", json={"code": code.lower().replace("-", " ")})
    assert resp.status == 200
    other_phone = Chat(http, (await resp.json())["client_token"])
    assert "Fråga 3 av 7" in await other_phone.say_text("Envis")
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["Min humor", "Envis"]

    again = await http.post("/api/session/claim", json={"code": code})
    assert again.status == 400 and "Koden" in (await again.json())["error"]


async def test_wrong_code_is_refused_kindly(http):
    for body in ({"code": "AAAA-BBBB"}, {"code": ""}, {}, {"code": 5}):
        resp = await http.post("/api/session/claim", json=body)
        assert resp.status == 400
        assert "Koden stämmer inte" in (await resp.json())["error"]


async def test_forgetting_a_device_keeps_the_answers_for_the_other(http, chat):
    await chat.say("/start_strengths")
    await chat.say("Musik")
    code = (await (await http.post("/api/me/device-code", headers=chat.auth)).json())["code"]
    other = Chat(http, (await (await http.post("/api/session/claim", json={"code": code})).json())["client_token"])
    resp = await http.delete("/api/session", headers=chat.auth)
    assert resp.status == 200
    assert (await http.get("/api/me/export", headers=chat.auth)).status == 401
    assert [a["answer"] for a in (await other.export())["answers"]] == ["Musik"]


async def test_a_retried_message_id_is_answered_once(chat):
    await chat.say("/start_strengths")
    body = {"message": "Min trädgård", "message_id": "abc-123"}
    first, second = await asyncio.gather(
        chat.http.post("/api/chat", json=body, headers=chat.auth),
        chat.http.post("/api/chat", json=body, headers=chat.auth),
    )
    third = await chat.http.post("/api/chat", json=body, headers=chat.auth)
    replies = [await r.json() for r in (first, second, third)]
    assert replies[0] == replies[1] == replies[2]
    assert "Fråga 2 av 7" in replies[0]["messages"][-1]["text"]
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["Min trädgård"]
