"""The strengths conversation end to end, through the chat API with the real model."""
from tests.chat import button_titles, text_of

ANSWERS = [
    "Min dotter och att måla",  # could be mistaken for many intents; must still be stored
    "Jag har pratat med min syster och gått promenader",
    "Omtänksam och envis",
    "Min granne Eva",
    "Jag hjälper min mamma att handla",
    "Jag är bra på att lyssna",
    "Att jag klarade körkortet",
]


async def test_full_strengths_conversation_stores_each_answer_at_once_and_reflects_them(chat):
    first = await chat.say("/start_strengths")
    assert "Fråga 1 av 7" in text_of(first)
    assert "Vad driver dig framåt?" in text_of(first)
    assert {"Hoppa över", "Pausa"} <= set(button_titles(first))

    for number, answer in enumerate(ANSWERS, start=1):
        reply = await chat.say_text(answer)
        stored = [a["answer"] for a in (await chat.export())["answers"]]
        assert answer in stored, f"answer {number} was not stored right away"
        if number < 7:
            assert f"Fråga {number + 1} av 7" in reply

    # The last reply reflects the client's own words back.
    for answer in ANSWERS:
        assert f"«{answer}»" in reply
    assert "ombud" in reply and "dela" in reply


async def test_skip_moves_on_and_is_not_stored_as_an_answer(chat):
    await chat.say("/start_strengths")
    reply = await chat.say_text("hoppa över")
    assert "Fråga 2 av 7" in reply
    reply = await chat.say_text("/skip")
    assert "Fråga 3 av 7" in reply
    stored = (await chat.export())["answers"]
    assert len(stored) == 2 and all(a["skipped"] and a["answer"] is None for a in stored)


async def test_pause_says_how_to_come_back_and_resumes_at_the_first_open_question(chat):
    await chat.say("/start_strengths")
    await chat.say("Musik")
    await chat.say("hoppa over")
    reply = await chat.say_text("paus")
    assert "pausar" in reply and "fortsätt" in reply
    assert "Fråga 4" not in reply

    # Something else in between, then come back.
    await chat.say("hej")
    reply = await chat.say_text("fortsätt")
    assert "Välkommen tillbaka" in reply and "Fråga 3 av 7" in reply

    await chat.say("Snäll")
    reply = await chat.say_text("sluta")
    assert "pausar" in reply
    reply = await chat.say_text("mina styrkor")
    assert "Fråga 4 av 7" in reply


async def test_crisis_in_the_middle_gets_the_crisis_reply_and_the_form_can_resume(chat):
    await chat.say("/start_strengths")
    await chat.say("Min katt")
    messages = await chat.say("jag vill inte leva längre")
    reply = text_of(messages)
    for must in ("112", "1177", "90101", "mind.se", "Ingen läser"):
        assert must in reply
    assert {"Fortsätt", "Pausa", "Visa menyn"} <= set(button_titles(messages))
    assert "Fråga 3" not in reply
    # The crisis message is not stored as an answer.
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["Min katt"]

    reply = await chat.say_text("/resume")
    assert "Fråga 2 av 7" in reply


async def test_unclear_message_in_the_middle_gets_a_check_question_first(chat):
    await chat.say("/start_strengths")
    messages = await chat.say("jag orkar inte mer")
    reply = text_of(messages)
    assert "Har du tankar på att ta ditt liv" in reply
    assert "Fråga 2" not in reply and "Fråga 1" not in reply
    reply = await chat.say_text("ja")
    assert "90101" in reply and "112" in reply


async def test_no_to_the_check_question_keeps_the_message_as_the_answer(chat):
    await chat.say("/start_strengths")
    reply = await chat.say_text("musiken, fast jag orkar inte mer just nu")
    assert "Har du tankar på att ta ditt liv" in reply
    assert "Fråga 2" not in reply
    reply = await chat.say_text("nej")
    assert "1177" in reply and "sparar jag det du skrev" in reply
    assert "Fråga 2 av 7" in reply  # and the conversation goes on
    stored = [a["answer"] for a in (await chat.export())["answers"]]
    assert stored == ["musiken, fast jag orkar inte mer just nu"]


async def test_exhaustion_in_answer_to_how_hard_times_were_handled_is_saved_without_a_check(chat):
    await chat.say("/start_strengths")
    await chat.say("Musik")
    answer = "att jag aldrig ger upp fast jag inte orkar mer ibland"
    reply = await chat.say_text(answer)
    assert "Har du tankar" not in reply and "Fråga 3 av 7" in reply
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["Musik", answer]


async def test_no_to_the_check_question_outside_a_form_gets_warmth(chat):
    await chat.say("jag orkar inte mer")
    reply = await chat.say_text("nej")
    assert "1177" in reply and "tungt" in reply


async def test_after_finishing_a_new_round_keeps_earlier_answers_until_replaced(chat):
    await chat.say("/start_strengths")
    for answer in ANSWERS:
        await chat.say(answer)
    reply = await chat.say_text("/start_strengths")
    assert "Fråga 1 av 7" in reply and "finns kvar" in reply
    await chat.say("hoppa över")
    answers = await chat.answers("strengths")
    assert answers[next(iter(answers))]["answer"] == ANSWERS[0]


async def test_an_answer_the_model_finds_a_likely_crisis_gets_help_first_and_can_still_be_saved(chat):
    # words the patterns do not know, the crisis model does: the reply comes at once, and the answer waits
    await chat.say("/start_strengths")
    answer = "att allt tar slut på fredag som jag planerat"
    messages = await chat.say(answer)
    reply = text_of(messages)
    assert "90101" in reply and "112" in reply and "Har du tankar" not in reply
    assert "inte säker på att jag förstod" not in reply  # the turn ends with the reply
    assert "Spara mitt svar och fortsätt" in button_titles(messages)
    assert not (await chat.export())["answers"]
    reply = await chat.say_text("/keep_answer")
    assert "sparar jag det du skrev" in reply and "Fråga 2 av 7" in reply
    assert [a["answer"] for a in (await chat.export())["answers"]] == [answer]
