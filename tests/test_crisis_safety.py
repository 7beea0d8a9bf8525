"""Every kind of crisis and of hard ordinary message from issue 14, through the
chat API with the real trained model: at top level, inside a form and in
group mode. tests/data/crisis_kinds.yml holds the messages."""
from pathlib import Path

import pytest
import yaml

from bot.modules import question_order
from tests.chat import Chat, button_titles, text_of

KINDS = yaml.safe_load((Path(__file__).parent / "data" / "crisis_kinds.yml").read_text())
CRISIS_REPLY = ("112", "1177", "90101", "Ingen läser den här chatten i realtid")
DANGER_NUMBERS = ("020-50 50 50", "116 111")
CHECK = "Har du tankar på att ta ditt liv"


def cases(group: str) -> list[tuple[str, str]]:
    return [(kind, text) for kind, texts in KINDS[group].items() for text in texts]


def assert_crisis_reply(reply: str, message: str) -> None:
    for must in CRISIS_REPLY:
        assert must in reply, f"{must!r} missing for {message!r}"


def assert_no_alarm(reply: str, message: str) -> None:
    assert "90101" not in reply and CHECK not in reply, f"alarm for {message!r}: {reply}"


@pytest.mark.parametrize(("kind", "message"), cases("crisis") + cases("danger"))
async def test_every_crisis_kind_gets_the_crisis_reply_at_top_level(http, kind, message):
    chat = await Chat.start(http)
    reply = await chat.say_text(message)
    assert_crisis_reply(reply, message)
    danger = any(n in reply for n in DANGER_NUMBERS)
    assert danger == (kind in KINDS["danger"]), f"danger numbers {'missing' if not danger else 'shown'}: {message!r}"


@pytest.mark.parametrize(("kind", "message"), cases("none"))
async def test_hard_ordinary_messages_get_no_alarm(http, kind, message):
    chat = await Chat.start(http)
    assert_no_alarm(await chat.say_text(message), message)


@pytest.mark.parametrize(("kind", "message"), cases("crisis") + cases("danger"))
async def test_every_crisis_kind_inside_a_form_gets_the_crisis_reply_and_is_not_stored(http, kind, message):
    chat = await Chat.start(http)
    await chat.say("/start_checkin")
    messages = await chat.say(message)
    assert_crisis_reply(text_of(messages), message)
    assert "Fortsätt" in button_titles(messages)
    assert not (await chat.export())["checkins"] and not (await chat.answers("checkin"))


@pytest.mark.parametrize(("kind", "message"), cases("crisis")[::2] + cases("danger")[::2])
async def test_crisis_in_group_mode_gets_the_crisis_reply(http, kind, message):
    chat = await Chat.start(http)
    await chat.say("/start_group")
    await chat.say('/group_theme{"theme": "hopp"}')
    assert_crisis_reply(await chat.say_text(message), message)


@pytest.mark.parametrize("message", KINDS["none"]["group"] + KINDS["none"]["media"])
async def test_talk_about_hard_topics_in_group_mode_gets_no_alarm(http, message):
    chat = await Chat.start(http)
    await chat.say("/start_group")
    await chat.say('/group_theme{"theme": "hopp"}')
    assert_no_alarm(await chat.say_text(message), message)


FORM_OF = {"strengths": "/start_strengths", "wrap": "/start_warning_signs", "reflection": "/start_reflection",
           "dreams": "/start_dreams", "evaluation": "/start_evaluation"}
@pytest.mark.parametrize(("slot", "answer"), cases("answers"))
async def test_answers_without_a_crisis_are_saved_without_a_check_question(http, slot, answer):
    chat = await Chat.start(http)
    module = slot.split("_")[0]
    await chat.say(FORM_OF[module])
    order = question_order(module)
    for _ in order[: order.index(slot)]:
        await chat.say("hoppa över")
    reply = await chat.say_text(answer)
    assert_no_alarm(reply, answer)
    assert answer in [a["answer"] for a in (await chat.answers(module)).values()]


async def test_the_form_resumes_after_a_crisis_reply(http):
    chat = await Chat.start(http)
    await chat.say("/start_strengths")
    await chat.say("min hund")
    assert_crisis_reply(await chat.say_text("har kniven i handen nu"), "kniven")
    reply = await chat.say_text("fortsätt")
    assert "Fråga 2 av 7" in reply


async def test_after_an_explicit_crisis_mid_form_save_and_go_on_resumes_without_storing_it(http):
    chat = await Chat.start(http)
    await chat.say("/start_warning_signs")
    await chat.say("promenader")
    assert_crisis_reply(await chat.say_text("har kniven i handen nu"), "kniven")
    reply = await chat.say_text("Spara mitt svar och fortsätt")  # typed from the other crisis reply's button
    assert "Fråga 2 av 12" in reply
    assert [a["answer"] for a in (await chat.answers("wrap")).values()] == ["promenader"]
