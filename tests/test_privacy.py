"""Nothing about a client's conversation leaves the machine or reaches a log."""
import logging


async def test_chat_never_logs_the_message_text(chat, caplog, rasa_stack):
    secret = "min hemlighet är att jag gillar att sjunga"
    with caplog.at_level(logging.DEBUG):
        await chat.say("/start_strengths")
        await chat.say(secret)
    assert secret not in caplog.text
    for log in ("rasa.log", "actions.log"):  # the Rasa server and the action server
        assert secret not in (rasa_stack["dir"] / log).read_text()
