"""The plan for hard times, and the crisis reply that shows the client's own plan."""
from tests.chat import text_of

PLAN = {
    1: "Promenader och musik",
    6: "Min syster Anna 070-123 45 67",
    7: "Att någon sitter med mig och att jag får vara i lugn och ro",
}


async def test_wrap_plan_in_own_words_then_shown_in_a_crisis(chat):
    reply = await chat.say_text("/start_warning_signs")
    assert "Fråga 1 av 9" in reply and "inget poängsätts" in reply
    for n in range(1, 10):
        reply = await chat.say_text(PLAN.get(n, "hoppa över"))
    for text in PLAN.values():
        assert f"«{text}»" in reply
    stored = {a["answer"] for a in (await chat.export())["answers"] if a["module"] == "wrap"}
    assert set(PLAN.values()) <= stored

    crisis = text_of(await chat.say("jag vill inte leva längre"))
    assert "90101" in crisis and "112" in crisis
    assert "Min syster Anna 070-123 45 67" in crisis
    assert "Att någon sitter med mig" in crisis


async def test_wrap_pause_and_resume_keeps_earlier_sections(chat):
    await chat.say("/start_warning_signs")
    await chat.say("Sova ordentligt")
    await chat.say("sluta")
    reply = await chat.say_text("jag vill jobba med min krisplan")
    assert "Välkommen tillbaka" in reply and "Fråga 2 av 9" in reply
