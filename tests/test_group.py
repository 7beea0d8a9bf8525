"""Group mode: themes, next/easier/deeper prompts, closing, nothing personal stored,
and the printable deck."""
from markupsafe import escape
from sqlalchemy import select

from bot import config
from bot.group import deck, next_prompt
from bot.storage.db import engine, session_scope
from bot.storage.models import GroupThemeUse
from tests.chat import button_titles, text_of


def test_the_deck_has_enough_themes_and_prompts_of_every_depth():
    themes = deck()
    assert len(themes) >= 8
    for theme in themes.values():
        assert theme.opening and theme.closing
        assert len(theme.prompts) >= 6
        assert {p.level for p in theme.prompts} == {1, 2, 3}
    assert {"samhorighet", "hopp", "identitet", "mening", "egenmakt"} <= set(themes)


def test_next_easier_and_deeper_choose_unused_prompts():
    theme = next(iter(deck().values()))
    used: list[str] = []
    first = next_prompt(theme, used, 1)
    assert first.level == 1
    used.append(first.id)
    deeper = next_prompt(theme, used, first.level, +1)
    assert deeper.level == 2
    used.append(deeper.id)
    easier = next_prompt(theme, used, deeper.level, -1)
    assert easier.level == 1 and easier.id not in used
    all_ids = [p.id for p in theme.prompts]
    assert next_prompt(theme, all_ids, 2) is None


async def test_a_group_session_with_buttons_and_free_text(chat):
    messages = await chat.say("vi är en självhjälpsgrupp")
    text = text_of(messages)
    assert "sparar inget" in text and "stannar i gruppen" in text and "avstå" in text
    hopp = deck()["hopp"]
    assert hopp.title in button_titles(messages)

    reply = await chat.say_text('/group_theme{"theme": "hopp"}')
    assert hopp.opening in reply
    seen = set()
    for command in ("nästa fråga till gruppen", "/group_deeper", "/group_next", "en lättare fråga tack"):
        reply = await chat.say_text(command)
        prompt = next(p for p in hopp.prompts if p.text in reply)
        assert prompt.id not in seen  # never the same prompt twice in a session
        seen.add(prompt.id)
    assert hopp.closing in await chat.say_text("avslutningsrunda")
    assert "Välj ett tema" in await chat.say_text("byt tema")
    assert "Tack för i dag" in await chat.say_text("/group_end")


async def test_group_mode_stores_no_free_text(chat):
    await chat.say("/start_group")
    await chat.say('/group_theme{"theme": "samhorighet"}')
    await chat.say("Min syster Lena är den jag litar mest på")
    await chat.say("/group_next")
    data = await chat.export()
    assert all(not data[k] for k in ("answers", "goals", "ratings", "checkins", "agenda"))
    with session_scope() as s:
        uses = s.execute(select(GroupThemeUse.theme)).scalars().all()
    assert "samhorighet" in uses


async def test_crisis_in_group_mode_gets_the_crisis_reply(chat):
    await chat.say("/start_group")
    await chat.say('/group_theme{"theme": "hopp"}')
    reply = await chat.say_text("jag vill inte leva längre")
    assert "112" in reply and "90101" in reply


async def test_printable_deck_page(http):
    resp = await http.get("/grupp")
    assert resp.status == 200
    html = await resp.text()
    for theme in deck().values():
        for text in (theme.title, theme.opening, theme.closing, *(p.text for p in theme.prompts)):
            assert str(escape(text)) in html
    assert "<script" not in html


async def test_what_group_members_type_never_reaches_the_conversation_store(chat):
    await chat.say("/start_group")
    await chat.say('/group_theme{"theme": "hopp"}')
    secret = "Jag heter Lena och bor på Storgatan"
    await chat.say(secret)
    await chat.say("/group_next")
    shown = (await (await chat.http.get("/api/history", headers=chat.auth)).json())["messages"]
    texts = " ".join(m["text"] for m in shown)
    assert secret not in texts and "sparas inte" in texts
    with engine(config.tracker_database_url()).connect() as connection:
        stored = connection.exec_driver_sql("SELECT data FROM events").scalars().all()
    assert not any("Storgatan" in row for row in stored)


async def test_a_facilitator_who_types_is_never_stuck(chat):
    await chat.say("/start_group")
    hopp = deck()["hopp"]
    assert hopp.opening in await chat.say_text("hopp")  # a theme typed by name
    seen = []
    for typed in ("nästa fråga", "en djupare fråga", "lättare", "nasta", "fortsätt", "next"):
        reply = await chat.say_text(typed)
        prompt = next((p for p in hopp.prompts if p.text in reply), None)
        assert prompt is not None and prompt.id not in seen, f"{typed!r} gave {reply!r}"
        seen.append(prompt.id)
    assert hopp.closing in await chat.say_text("avslutningsrunda tack")
    assert "Välj ett tema" in await chat.say_text("byt tema")
    assert deck()["samhorighet"].opening in await chat.say_text("temat samhörighet")


async def test_an_unknown_message_in_group_mode_gets_a_hint_not_the_introduction(chat):
    await chat.say("/start_group")
    await chat.say("hopp")
    for message in ("gruppen tyckte att frågan om hopp var svår att prata om", "xyz qwerty", "vi är en grupp"):
        reply = await chat.say_text(message)
        assert "Välkomna" not in reply and "Välj ett tema" not in reply
        assert "nästa" in reply and "sparar jag inget" in reply


async def test_a_past_told_to_the_group_as_hope_never_gets_the_crisis_reply(chat):
    # the farewell letter was years ago: at most a gentle question, never the reply with numbers at once
    await chat.say("/start_group")
    await chat.say('/group_theme{"theme": "hopp"}')
    reply = await chat.say_text("för sex år sen satt jag där du sitter nu. jag hade skrivit avskedsbrev och låg "
                                "inlagd en månad. idag har jag jobb och en hund, det går att komma tillbaka")
    assert "90101" not in reply, reply
