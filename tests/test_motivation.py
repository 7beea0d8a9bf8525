"""The motivation ruler through the chat API."""
from tests.chat import button_titles, text_of


async def rate(chat, goal, rating, why="hoppa över", up="hoppa över"):
    await chat.say("/start_motivation")
    await chat.say(goal)
    reply = await chat.say_text(rating)
    await chat.say(why)
    return reply, text_of(await chat.say(up))


async def test_rating_with_reasons_is_stored_and_reflected(chat):
    await chat.say("/start_motivation")
    messages = await chat.say("Börja träna")
    assert "1 (inte redo) till 10 (helt redo)" in text_of(messages)
    assert [str(n) for n in range(1, 11)] <= button_titles(messages)
    reply = await chat.say_text("typ en sexa")
    assert "satte dig på 6 och inte lägre" in reply
    reply = await chat.say_text("Jag har redan köpt skor")
    assert "Har du tankar på att ta ditt liv" not in reply  # once the classifier alone raised it
    assert "gå en siffra upp" in reply
    reply = await chat.say_text("En kompis att träna med")
    assert "Du satte dig på 6" in reply and "«En kompis att träna med»" in reply
    rating = (await chat.export())["ratings"][0]
    assert rating == {**rating, "goal": "Börja träna", "kind": "readiness", "value": 6,
                      "why_not_lower": "Jag har redan köpt skor",
                      "one_step_up": "En kompis att träna med"}


async def test_unclear_or_out_of_range_numbers_are_asked_again_kindly(chat):
    await chat.say("/start_motivation")
    await chat.say("Sova bättre")
    for bad in ("15", "vet inte riktigt", "0"):
        reply = await chat.say_text(bad)
        assert "från 1 till 10" in reply
    assert "satte dig på 7" in await chat.say_text("7/10")
    assert [r["value"] for r in (await chat.export())["ratings"]] == [7]


async def test_previous_rating_for_the_same_goal_is_shown(chat):
    await rate(chat, "Sluta röka", "3")
    await chat.say("/start_motivation")
    reply = await chat.say_text("Sluta röka")
    assert "Förra gången" in reply and "satte du 3" in reply


async def test_importance_and_confidence_for_the_same_goal(chat):
    await chat.say("/start_motivation")
    await chat.say("Gå till gymmet")
    await chat.say("5")
    await chat.say("hoppa över")
    buttons = [b for m in await chat.say("hoppa över") for b in m.get("buttons", [])]
    importance = next(b["payload"] for b in buttons if b["title"] == "Hur viktigt är det? (1–10)")
    assert importance == '/start_motivation{"rating_kind": "importance"}'
    reply = await chat.say_text(importance)
    assert "hur viktigt är målet för dig för «Gå till gymmet»" in reply
    await chat.say("nio")
    kinds = [(r["kind"], r["value"]) for r in (await chat.export())["ratings"]]
    assert kinds == [("readiness", 5), ("importance", 9)]


async def test_skip_the_rating(chat):
    await chat.say("/start_motivation")
    await chat.say("Laga mat")
    await chat.say("hoppa över")
    await chat.say("hoppa över")
    messages = await chat.say("hoppa över")
    assert "hoppar över skattningen" in " ".join(m.get("text", "") for m in messages)
    # nothing rated, so no offer to rate more: the menu, so the client is not left without buttons
    titles = [b["title"] for m in messages for b in m.get("buttons", [])]
    assert "Mina styrkor" in titles and not any("Hur viktigt" in t for t in titles)
    assert (await chat.export())["ratings"] == []
