"""Dreams, a goal, small steps, and marking steps done."""
from tests.chat import button_titles, text_of


async def dreams_to_goal(chat):
    reply = await chat.say_text("/start_dreams")
    assert "Fråga 1 av 5" in reply and "mest levande" in reply
    await chat.say("När jag spelade fotboll")
    for _ in range(3):
        await chat.say("hoppa över")
    reply = await chat.say_text("Ett jobb där jag träffar folk")
    assert "«När jag spelade fotboll»" in reply
    assert "Skriv ditt mål med egna ord" in reply
    reply = await chat.say_text("Att jobba med djur")
    assert "Ditt mål: «Att jobba med djur»" in reply and "Vad är ett litet steg" in reply
    await chat.say("Ringa djurparken")
    await chat.say("Mitt ombud")
    return await chat.say("nästa vecka")


async def test_dream_becomes_a_goal_with_a_step(chat):
    messages = await dreams_to_goal(chat)
    reply = text_of(messages)
    assert "«Ringa djurparken», med hjälp av Mitt ombud, nästa vecka" in reply
    goal = (await chat.export())["goals"][0]
    assert goal["goal"] == "Att jobba med djur"
    assert goal["steps"] == [{**goal["steps"][0], "what": "Ringa djurparken", "who": "Mitt ombud",
                              "when": "nästa vecka", "done_at": None}]
    assert "Lägg till ett steg" in button_titles(messages)


async def test_add_a_step_and_mark_it_done_is_celebrated(chat):
    await dreams_to_goal(chat)
    await chat.say("/add_step")
    await chat.say("Läsa om djurskötarutbildning")
    await chat.say("jag själv")
    messages = await chat.say("i dag")
    assert "«Läsa om djurskötarutbildning», själv, i dag" in text_of(messages)
    reply = text_of(await chat.say("hur går det med mitt mål?"))
    assert "⬜ «Ringa djurparken»" in reply
    first = next(s for s in (await chat.export())["goals"][0]["steps"] if s["what"] == "Ringa djurparken")
    assert first["done_at"] is None
    done_button = next(b["payload"] for m in messages for b in m["buttons"]
                       if b["title"].startswith("Klart: Ringa"))
    reply = await chat.say_text(done_button)
    assert "Vad bra!" in reply and "✅ «Ringa djurparken»" in reply
    steps = (await chat.export())["goals"][0]["steps"]
    assert [s["done_at"] is not None for s in steps] == [True, False]


async def test_skipping_the_goal_is_fine(chat):
    await chat.say("/start_dreams")
    for _ in range(5):
        await chat.say("hoppa över")
    reply = await chat.say_text("hoppa över")
    assert "inget mål just nu" in reply
    assert (await chat.export())["goals"] == []


async def test_goal_progress_without_a_goal(chat):
    reply = await chat.say_text("hur går det med mitt mål")
    assert "inget mål sparat" in reply
