"""Check-in through the chat API with the real model."""
from tests.chat import button_titles, text_of


async def test_checkin_stores_each_answer_and_puts_the_ombud_wish_on_the_agenda(chat):
    messages = await chat.say("/start_checkin")
    assert {"Bra", "Okej", "Tungt"} <= set(button_titles(messages))
    await chat.say("Okej")
    assert (await chat.export())["checkins"][0]["mood"] == "Okej"  # stored at once
    await chat.say("Jag tog en promenad")
    await chat.say("hoppa över")
    reply = await chat.say_text("Att jag sover dåligt")
    assert "listan" in reply
    data = await chat.export()
    checkin = data["checkins"][0]
    assert checkin["went_well"] == "Jag tog en promenad"
    assert checkin["was_hard"] is None
    assert checkin["for_ombud"] == "Att jag sover dåligt"
    assert [i["text"] for i in data["agenda"]] == ["Att jag sover dåligt"]


async def test_each_checkin_is_kept_and_no_agenda_item_for_a_no(chat):
    for mood, no in (("Bra", "Nej, inget"), ("Tungt", "nej, inget mer den här gången"), ("Okej", "inget mer idag tack")):
        await chat.say("/start_checkin")
        await chat.say(mood)
        await chat.say("hoppa över")
        await chat.say("hoppa över")
        await chat.say(no)
    data = await chat.export()
    assert [c["mood"] for c in data["checkins"]] == ["Bra", "Tungt", "Okej"]
    assert data["agenda"] == []


async def test_pause_and_resume_a_checkin(chat):
    await chat.say("/start_checkin")
    await chat.say("Bra")
    assert "pausar" in await chat.say_text("paus")
    reply = await chat.say_text("fortsätt")
    assert "Fråga 2 av 4" in reply
    await chat.say("Fika med en vän")
    assert len((await chat.export())["checkins"]) == 1


async def test_saying_goodbye_in_the_middle_pauses_and_is_not_stored(chat):
    await chat.say("/start_checkin")
    await chat.say("Bra")
    assert "pausar" in await chat.say_text("tack, hej då")
    assert "Fråga 2 av 4" in await chat.say_text("fortsätt")
    await chat.say("Fika med en vän")
    answers = str((await chat.export())["checkins"])
    assert "hej då" not in answers and "Fika med en vän" in answers


async def test_crisis_in_the_middle_of_a_checkin(chat):
    await chat.say("/start_checkin")
    reply = text_of(await chat.say("jag har tänkt på att ta mitt liv"))
    assert "90101" in reply and "112" in reply and "Fråga 2" not in reply
    assert "Fråga 1 av 4" in await chat.say_text("/resume")
