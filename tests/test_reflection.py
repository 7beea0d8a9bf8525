"""Looking back on a hard period (seed 001, item 96), the module added only through
its own files and one registry entry: in the menu, stored, in "Mina svar", shared
with the ombud, and safe to answer with the story of a crisis that is over."""
from tests.chat import Chat, button_titles, text_of
from tests.ombud_helpers import link_code, logged_in, new_ombud

ANSWERS = [
    "Det började med att jag slutade sova och sen försvann jobbet",
    "Dåligt att jag var inlagd i tre veckor, bra att min syster kom varje dag",
    "Att säga till tidigare när jag slutar sova",
    "Börja jobba halvtid i vår",
    "Att ombudet ringer mig en gång i veckan",
]


async def answer_all(chat: Chat) -> str:
    reply = ""
    for number, answer in enumerate(ANSWERS, start=1):
        reply = await chat.say_text(answer)
        if number < len(ANSWERS):
            assert f"Fråga {number + 1} av 5" in reply
    return reply


async def test_the_menu_offers_it_and_a_typed_title_starts_it(chat):
    menu = await chat.say("meny")
    assert "Efter en svår period" in button_titles(menu)
    reply = await chat.say_text("efter en svår period")  # the button's title, typed
    assert "se tillbaka på en svår period" in reply and "Fråga 1 av 5" in reply
    assert "Hur började det?" in reply


async def test_answers_are_stored_at_once_reflected_back_and_in_my_answers(chat):
    await chat.say("jag vill se tillbaka på krisen jag hade i höstas")
    reply = await answer_all(chat)
    for answer in ANSWERS:
        assert f"«{answer}»" in reply
    assert "plan för svåra dagar" in reply  # what was learned may belong in the plan
    stored = await chat.answers("reflection")
    assert sorted(a["answer"] for a in stored.values()) == sorted(ANSWERS)

    summary = await chat.say_text("visa mina svar")
    assert "Efter en svår period:" in summary
    places = [summary.index(answer) for answer in ANSWERS]
    assert places == sorted(places)


async def test_a_crisis_that_is_over_is_an_answer_and_a_crisis_now_gets_the_reply(chat):
    await chat.say("/start_reflection")
    reply = await chat.say_text("jag tog en överdos i oktober och hamnade på akuten")
    assert "90101" not in reply and "Fråga 2 av 5" in reply
    # told as the story the question asks for, without a date: past tense and what came after
    reply = await chat.say_text("dåligt var att jag svalde alla tabletterna och låg på intensiven ett dygn")
    assert "90101" not in reply and "Fråga 3 av 5" in reply
    reply = await chat.say_text("jag vill dö nu, har tabletterna framme")
    assert "90101" in reply and "112" in reply
    stored = [a["answer"] for a in (await chat.answers("reflection")).values()]
    assert stored == ["jag tog en överdos i oktober och hamnade på akuten",
                      "dåligt var att jag svalde alla tabletterna och låg på intensiven ett dygn"]


async def test_the_same_story_outside_the_question_that_asks_for_it_gets_the_crisis_reply(chat):
    reply = await chat.say_text("jag svalde alla tabletterna och ligger på intensiven")
    assert "90101" in reply and "112" in reply


async def test_the_ombud_sees_it_only_when_shared_and_erasing_removes_it(http, aiohttp_client):
    ombud_http = await logged_in(aiohttp_client, new_ombud())
    chat = await Chat.start(http)
    await chat.say("/start_reflection")
    await answer_all(chat)
    messages = await chat.say(f"koppla {await link_code(ombud_http)}")
    assert "Dela: Efter en svår period" in button_titles(messages)
    assert "det du skrev när du såg tillbaka på en svår period" in text_of(messages)

    overview = await (await ombud_http.get("/ombud/")).text()
    client_id = overview.split('href="/ombud/clients/')[1][:32]
    page = await (await ombud_http.get(f"/ombud/clients/{client_id}")).text()
    assert ANSWERS[0] not in page

    await chat.say('/share_module{"module": "reflection", "share": "on"}')
    page = await (await ombud_http.get(f"/ombud/clients/{client_id}")).text()
    assert "Efter en svår period" in page
    places = [page.index(answer) for answer in ANSWERS]
    assert places == sorted(places)

    resp = await chat.http.delete("/api/me", headers=chat.auth)
    assert resp.status == 200
    page = await (await ombud_http.get(f"/ombud/clients/{client_id}")).text()
    assert ANSWERS[0] not in page
