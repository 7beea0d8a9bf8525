"""A message the chat page sends again with the same id (after a lost reply, or
after any process died) is stored once and answered as the first time, through
the real stack (issue 18). The long kill -9 run is bench/chaos.py."""
from sqlalchemy import delete, func, select

from bot import config
from bot.storage import checkins, clients
from bot.storage.conversations import _events_table
from bot.storage.db import engine
from tests.chat import Chat


async def send(http, chat: Chat, text: str, message_id: str) -> list[dict]:
    resp = await http.post("/api/chat", json={"message": text, "message_id": message_id}, headers=chat.auth)
    assert resp.status == 200, await resp.text()
    return (await resp.json())["messages"]


def forget_the_last_turn(sender_id: str) -> None:
    """As if the Rasa server died after the actions stored the answer but before
    it saved the turn: the conversation loses the last message and its replies."""
    url = config.tracker_database_url()
    table = _events_table(url)
    with engine(url).begin() as connection:
        last_user = connection.execute(
            select(func.max(table.c.id)).where(table.c.sender_id == sender_id, table.c.type_name == "user")
        ).scalar_one()
        connection.execute(delete(table).where(table.c.sender_id == sender_id, table.c.id >= last_user))


async def test_a_retry_to_a_restarted_web_app_is_answered_from_the_conversation(rasa_stack, aiohttp_client):
    from bot.web.app import create_app

    before_restart = await aiohttp_client(create_app())
    chat = await Chat.start(before_restart)
    await chat.say("/start_checkin")
    first = await send(before_restart, chat, "En lugn vecka med långa promenader", "m-1")

    after_restart = await aiohttp_client(create_app())  # nothing remembered in memory
    again = await send(after_restart, chat, "En lugn vecka med långa promenader", "m-1")

    assert again == first and "Vad är en sak som gick bra?" in again[-1]["text"]
    await send(after_restart, chat, "Jag lagade soppa", "m-2")
    stored = (await Chat(after_restart, chat.token).export())["checkins"]
    assert len(stored) == 1
    assert stored[0]["mood"] == "En lugn vecka med långa promenader" and stored[0]["went_well"] == "Jag lagade soppa"


async def test_an_answer_stored_before_a_crash_is_not_stored_again_by_the_retry(rasa_stack, aiohttp_client):
    from bot.web.app import create_app

    before_crash = await aiohttp_client(create_app())
    chat = await Chat.start(before_crash)
    await chat.say("/start_checkin")
    first = await send(before_crash, chat, "Tung vecka men jag tog mig ut", "c-1")
    forget_the_last_turn(clients.client_id_for_token(chat.token))

    after_crash = await aiohttp_client(create_app())
    again = await send(after_crash, chat, "Tung vecka men jag tog mig ut", "c-1")

    assert again == first  # handled anew, to the same next question
    stored = (await Chat(after_crash, chat.token).export())["checkins"]
    assert [c["mood"] for c in stored] == ["Tung vecka men jag tog mig ut"]


def test_the_same_message_creates_one_check_in():
    client_id, _token = clients.create_client()
    first = checkins.save_field(client_id, None, "mood", "Bra", "x-1")
    again = checkins.save_field(client_id, None, "mood", "Bra", "x-1")
    other = checkins.save_field(client_id, None, "mood", "Bra", "x-2")
    assert first == again != other
    assert len(checkins.recent(client_id)) == 2
