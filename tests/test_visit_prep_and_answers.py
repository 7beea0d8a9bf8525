"""Preparing a visit (agenda, evaluation) and owning one's answers (summary,
change or delete one answer, delete everything)."""
from tests.chat import button_titles, text_of


async def test_agenda_items_are_added_over_time_listed_and_removed(chat):
    reply = await chat.say_text("/start_visit_prep")
    assert "tom" in reply
    await chat.say("/agenda_add")
    reply = await chat.say_text("Min ansökan om bostadsbidrag")
    assert "1. Min ansökan om bostadsbidrag" in reply
    await chat.say("/agenda_add")
    await chat.say("Tandläkaren")
    reply = await chat.say_text("vad ska jag ta upp med mitt ombud")
    assert "1. Min ansökan om bostadsbidrag" in reply and "2. Tandläkaren" in reply

    messages = await chat.say("/agenda_remove")
    assert "Tandläkaren" in button_titles(messages)
    payload = next(b["payload"] for m in messages for b in m["buttons"] if b["title"] == "Tandläkaren")
    reply = await chat.say_text(payload)
    assert "Borttaget" in reply and "Tandläkaren" not in reply.split("Borttaget")[1]
    assert [i["text"] for i in (await chat.export())["agenda"]] == ["Min ansökan om bostadsbidrag"]


async def test_another_clients_agenda_item_cannot_be_removed(http):
    from tests.chat import Chat

    mine, other = await Chat.start(http), await Chat.start(http)
    await other.say("/agenda_add")
    await other.say("Hemligt")
    item_ids = [m for m in (await other.export())["agenda"]]
    assert item_ids
    # Guessing IDs from another conversation removes nothing of theirs.
    for guess in range(1, 30):
        await mine.say(f'/agenda_remove{{"agenda_id": "{guess}"}}')
    assert [i["text"] for i in (await other.export())["agenda"]] == ["Hemligt"]


async def test_evaluation_questions_from_the_visit_prep(chat):
    messages = await chat.say("/start_visit_prep")
    assert "Utvärderingsfrågor" in button_titles(messages)
    reply = await chat.say_text("/start_evaluation")
    assert "Fråga 1 av 5" in reply and "Vad ville du när" in reply
    await chat.say("Få hjälp med ekonomin")
    for _ in range(4):
        reply = await chat.say_text("hoppa över")
    assert "«Få hjälp med ekonomin»" in reply


async def test_show_answers_summarises_every_module(chat):
    await chat.say("/start_strengths")
    await chat.say("Min envishet")
    await chat.say("paus")
    await chat.say("/start_motivation")
    await chat.say("Flytta")
    await chat.say("8")
    await chat.say("paus")
    await chat.say("/agenda_add")
    await chat.say("Boendet")
    reply = await chat.say_text("visa mina svar")
    assert "Dina styrkor" in reply and "«Min envishet»" in reply
    assert "redo: 8 av 10 – «Flytta»" in reply
    assert "Boendet" in reply


async def test_change_one_answer(chat):
    await chat.say("/start_strengths")
    await chat.say("Gammalt svar")
    await chat.say("paus")
    messages = await chat.say("/answer_change")
    payload = messages[-1]["buttons"][0]["payload"]
    reply = await chat.say_text(payload)
    assert "Du svarade tidigare: «Gammalt svar»" in reply and "Vad driver dig framåt?" in reply
    await chat.say("Nytt svar")
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["Nytt svar"]


async def test_delete_one_answer(chat):
    await chat.say("/start_strengths")
    await chat.say("Min hund Pixel")
    await chat.say("Promenader med min bror")
    await chat.say("paus")
    messages = await chat.say("/answer_delete")
    payload = next(b["payload"] for m in messages for b in m["buttons"] if "Min hund Pixel" in b["title"])
    assert "Borttaget" in await chat.say_text(payload)
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["Promenader med min bror"]


async def test_delete_everything_asks_once_then_says_what_was_deleted(chat):
    await chat.say("/start_strengths")
    await chat.say("Något")
    await chat.say("paus")
    await chat.say("/agenda_add")
    await chat.say("En punkt")
    reply = await chat.say_text("radera allt om mig")
    assert "Det går inte att ångra" in reply
    assert "inget är raderat" in await chat.say_text("nej")
    assert (await chat.export())["answers"]
    await chat.say("/delete_data")
    reply = await chat.say_text("ja")
    assert "1 svar" in reply and "1 punkter inför mötet" in reply and "hela vårt samtal" in reply
    data = await chat.export()
    assert data["answers"] == [] and data["agenda"] == []
    # The conversation is gone too: nothing is paused any more.
    assert "inget pausat" in await chat.say_text("fortsätt")


async def test_export_includes_every_module(chat):
    data = await chat.export()
    assert set(data) >= {"answers", "goals", "ratings", "checkins", "agenda"}
    assert text_of([]) == ""
