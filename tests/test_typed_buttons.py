"""Typing a button's title does what tapping it does (issue 15), for every
kind of button the bot shows, through the real stack; and the matching rule
on its own."""
import pytest

from bot import modules
from bot.web.typed_buttons import payload_for
from tests.chat import Chat, button_titles, text_of
from tests.ombud_helpers import link_code, logged_in, new_ombud

MENU = [{"title": "Plan för svåra dagar", "payload": "/start_warning_signs"},
        {"title": "Hur har det varit?", "payload": "/start_checkin"},
        {"title": "Motivation 1–10", "payload": "/start_motivation"},
        {"title": "Drömmar och mål", "payload": "/start_dreams"},
        {"title": "Klar", "payload": "/help"},
        {"title": "Pausa", "payload": "/stop"}]


@pytest.mark.parametrize(("typed", "payload"), [
    ("plan för svåra dagar", "/start_warning_signs"),
    ("PLAN FOR SVARA DAGAR", "/start_warning_signs"),
    ("hur har det varit", "/start_checkin"),
    ("motivation 1-10", "/start_motivation"),
    ("drommar o mal", "/start_dreams"),
    ("drömmar och mål tack!", "/start_dreams"),
    ("plan för svra dagar", "/start_warning_signs"),  # a typo
    ("klar", "/help"),
    ("Klar tack 🙂", "/help"),
])
def test_a_typed_title_is_the_button(typed, payload):
    assert payload_for(typed, MENU) == payload


@pytest.mark.parametrize("typed", [
    "passa",            # close to "Pausa", but short titles must match exactly
    "jag vill göra en plan för hur jag ska klara jobbet",  # an answer that contains a title
    "/start_dreams",    # a payload already
    "",
])
def test_other_messages_are_not_buttons(typed):
    assert payload_for(typed, MENU) is None


async def replies_to_tap_and_typing(http, before: list[str], button_title: str):
    tapped, typed = await Chat.start(http), await Chat.start(http)
    for chat in (tapped, typed):
        for message in before:
            shown = await chat.say(message)
    payload = next(b["payload"] for m in shown for b in m["buttons"] if b["title"] == button_title)
    return text_of(await tapped.say(payload)), text_of(await typed.say(button_title.lower()))


async def test_every_menu_title_typed_does_what_the_tap_does(http):
    menu = button_titles(await (await Chat.start(http)).say("hej"))
    assert menu == [button["title"] for button in modules.menu_buttons()]
    for title in menu:
        tap, typed = await replies_to_tap_and_typing(http, ["hej"], title)
        assert typed == tap, f"typing {title!r} did something else"


async def test_group_theme_titles_typed_choose_the_theme(http):
    themes = button_titles(await (await Chat.start(http)).say("/start_group"))
    for title in themes[:4]:
        tap, typed = await replies_to_tap_and_typing(http, ["/start_group"], title)
        assert typed == tap and "Öppningsrunda" in typed


async def test_crisis_follow_up_typed(http):
    chat = await Chat.start(http)
    await chat.say("har kniven i handen nu")
    assert "Vad vill du göra?" in await chat.say_text("visa menyn")


async def test_sharing_done_typed_after_the_sharing_buttons(http, aiohttp_client):
    ombud_http = await logged_in(aiohttp_client, new_ombud())
    chat = await Chat.start(http)
    await chat.say(f"koppla {await link_code(ombud_http)}")
    shown = await chat.say("/share_with_ombud")
    assert "Klar" in button_titles(shown)
    tapped = await Chat.start(http)
    await tapped.say(f"koppla {await link_code(ombud_http)}")
    await tapped.say("/share_with_ombud")
    assert await chat.say_text("klar") == await tapped.say_text("/help")


async def test_a_rating_typed_as_its_button(http):
    tap, typed = await replies_to_tap_and_typing(http, ["/start_motivation", "Börja träna"], "7")
    assert typed == tap


async def test_a_menu_title_typed_after_a_pause_when_its_button_is_gone_starts_that_module(chat):
    await chat.say("/start_warning_signs")
    await chat.say("paus")  # the pause reply shows no buttons
    reply = await chat.say_text("hur har det varit?")
    assert "checkar in" in reply and "titta tillbaka på tiden med ditt ombud" not in reply
