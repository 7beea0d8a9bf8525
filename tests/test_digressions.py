"""A clear command in the middle of a form gets one short question, so that
nothing happens by accident and nothing is lost (issue 15); answers that
merely contain command words stay answers."""
import pytest

from tests.chat import button_titles, text_of


async def test_erase_request_mid_form_is_asked_about_not_stored_and_no_keeps_it(chat):
    await chat.say("/start_warning_signs")
    await chat.say("promenader och musik")
    messages = await chat.say("radera allt jag har skrivit")
    reply = text_of(messages)
    assert "radera dina svar" in reply and "spara det du skrev som ditt svar" in reply
    assert button_titles(messages) == ["Ja", "Nej, spara som svar"]
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["promenader och musik"]

    reply = await chat.say_text("nej")
    assert "sparar jag det du skrev" in reply and "Fråga 3 av 12" in reply
    stored = [a["answer"] for a in (await chat.export())["answers"]]
    assert stored == ["promenader och musik", "radera allt jag har skrivit"]


@pytest.mark.parametrize("typed", ["att jag aldrig ger upp", "när jag får vara ifred en stund, det brukar hjälpa"])
async def test_typing_an_answer_instead_of_a_button_saves_it_and_the_form_goes_on(chat, typed):
    await chat.say("/start_warning_signs")
    await chat.say("promenader och musik")
    assert "spara det du skrev som ditt svar" in await chat.say_text("mina styrkor")
    reply = await chat.say_text(typed)
    assert "sparar jag det du skrev" in reply and "Fråga 3 av 12" in reply
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["promenader och musik", typed]


async def test_skipping_instead_of_a_button_skips_the_paused_question_and_the_form_goes_on(chat):
    await chat.say("/start_warning_signs")
    await chat.say("promenader och musik")
    assert "spara det du skrev som ditt svar" in await chat.say_text("mina styrkor")
    assert "Fråga 3 av 12" in await chat.say_text("hoppa över")
    stored = (await chat.export())["answers"]
    assert [a["answer"] for a in stored if not a["skipped"]] == ["promenader och musik"]
    assert sum(a["skipped"] for a in stored) == 1


async def test_yes_does_the_command_with_its_own_confirmation_and_the_form_can_resume(chat):
    await chat.say("/start_warning_signs")
    await chat.say("promenader och musik")
    await chat.say("radera allt jag har skrivit")
    reply = await chat.say_text("ja")  # typed: the "Ja" button's payload, the delete flow's own question
    assert "radera" in reply.lower()
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["promenader och musik"]
    assert "Fråga 2 av 12" in await chat.say_text("/resume")


async def test_show_answers_mid_form_then_the_form_goes_on(chat):
    await chat.say("/start_strengths")
    await chat.say("min familj")
    assert "se det du har skrivit" in await chat.say_text("visa mina svar")
    shown = await chat.say_text("/show_answers")
    assert "min familj" in shown
    assert "Fråga 2 av 7" in await chat.say_text("fortsätt")


async def test_typing_fortsatt_while_a_question_is_open_asks_it_again_and_stores_nothing(chat):
    await chat.say("/start_strengths")
    assert "Fråga 1 av 7" in await chat.say_text("fortsätt")
    assert "se det du har skrivit" in await chat.say_text("mina svar")  # two words, still the command
    assert not (await chat.export())["answers"]


@pytest.mark.parametrize(("start", "answer"), [
    ("/start_dreams", "hoppa fallskärm"),
    ("/start_strengths", "dela med mig av det jag kan"),
    ("/start_strengths", "att sluta röka förra året"),
    ("/start_strengths", "jag kan visa andra vägen"),
])
async def test_answers_that_contain_command_words_stay_answers(chat, start, answer):
    await chat.say(start)
    reply = await chat.say_text(answer)
    assert "spara det du skrev som ditt svar" not in reply and "Fråga 2 av" in reply
    assert answer in [a["answer"] for a in (await chat.export())["answers"]]


async def test_asking_who_read_my_answers_mid_form_is_not_stored_and_yes_answers_it(chat):
    await chat.say("/start_strengths")
    await chat.say("min familj")
    messages = await chat.say("vem har sett mina svar?")
    assert "se vem som har läst dina svar" in text_of(messages)
    assert [a["answer"] for a in (await chat.export())["answers"]] == ["min familj"]
    shown = await chat.say_text("ja")
    assert "Ingen har öppnat det du delar" in shown  # the who-viewed answer itself
    assert "Fråga 2 av 7" in await chat.say_text("fortsätt")
