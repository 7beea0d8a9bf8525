"""The plan for hard times, and the crisis reply that shows the client's own plan."""
from tests.chat import text_of

PLAN = {  # by question number; the rest are skipped
    1: "Promenader och musik",
    2: "Min dotter och min katt Sessan",
    6: "Biblioteket och att ringa kusin Mats",
    8: "Min syster Anna 070-123 45 67",
    9: "Att Anna har min extranyckel och att jag kan sova hos henne",
    10: "Att någon sitter med mig och att jag får vara i lugn och ro",
}
# The parts the crisis reply shows, in the order it shows them.
IN_A_CRISIS = (2, 8, 10, 6, 9)


async def test_safety_plan_in_own_words_then_its_steps_shown_in_a_crisis(chat):
    reply = await chat.say_text("/start_warning_signs")
    assert "Fråga 1 av 12" in reply and "inget poängsätts" in reply
    for n in range(1, 13):
        reply = await chat.say_text(PLAN.get(n, "hoppa över"))
    for text in PLAN.values():
        assert f"«{text}»" in reply
    stored = {a["answer"] for a in (await chat.export())["answers"] if a["module"] == "wrap"}
    assert set(PLAN.values()) <= stored

    crisis = text_of(await chat.say("jag vill inte leva längre"))
    assert "90101" in crisis and "112" in crisis
    places = [crisis.index(f"«{PLAN[n]}»") for n in IN_A_CRISIS]
    assert places == sorted(places), "why hold on first, then whom to call, what helps, what makes it safer"
    assert PLAN[1] not in crisis  # an ordinary good day's toolbox is not what a crisis needs first


async def test_wrap_pause_and_resume_keeps_earlier_sections(chat):
    await chat.say("/start_warning_signs")
    await chat.say("Sova ordentligt")
    await chat.say("sluta")
    reply = await chat.say_text("jag vill jobba med min krisplan")
    assert "Välkommen tillbaka" in reply and "Fråga 2 av 12" in reply


async def test_the_crisis_reply_shows_first_what_the_client_does_for_the_sign_they_speak_of(chat):
    await chat.say("/start_warning_signs")
    for number in range(1, 13):
        await chat.say("sover dåligt – ringer Anna. slutar äta – ber mamma laga mat" if number == 5 else "hoppa över")
    crisis = text_of(await chat.say("har inte sovit på fyra nätter och vill inte leva längre"))
    assert "90101" in crisis
    assert "När du märker «sover dåligt» skrev du: «ringer Anna»" in crisis
    assert "ber mamma laga mat" not in crisis  # a sign the message does not speak of
