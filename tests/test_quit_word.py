"""A client who types "avsluta" in the middle of a form wants to stop, through the real
model: the form pauses and the word is never stored as an answer."""
from tests.chat import Chat


async def test_avsluta_mid_form_pauses_and_is_not_saved_as_an_answer(http):
    chat = await Chat.start(http)
    await chat.say("/start_strengths")
    await chat.say("att jag lagar mat till grannen ibland")
    reply = await chat.say_text("avsluta")
    assert "Fråga 2 av" not in reply, reply
    answers = [a["answer"] for a in (await chat.answers("strengths")).values()]
    assert "avsluta" not in answers and "att jag lagar mat till grannen ibland" in answers
