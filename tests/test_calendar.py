"""A step's "when", in the client's Swedish words, becomes an event in the
phone's own calendar: a valid iCalendar file (GET /api/me/calendar.ics) with
the right dates, counted from when the step was written."""
from datetime import date, datetime, timezone
from types import SimpleNamespace

import pytest
from icalendar import Calendar

from bot.calendar_ics import client_calendar, when_of
from tests.chat import button_titles, text_of

WRITTEN = datetime(2026, 12, 4, 12, 0, tzinfo=timezone.utc)  # a Friday


@pytest.mark.parametrize(("words", "day"), [
    ("på söndag", date(2026, 12, 6)),
    ("typ på lördag", date(2026, 12, 5)),
    ("nästa vecka", date(2026, 12, 11)),
    ("den 12 mars", date(2027, 3, 12)),
    ("imorgon", date(2026, 12, 5)),
    ("om två veckor", date(2026, 12, 18)),
])
def test_swedish_dates_are_read_from_the_day_the_step_was_written(words, day):
    assert when_of(words, WRITTEN).date() == day


@pytest.mark.parametrize("words", ["när jag orkar", "jag själv", "", None])
def test_words_without_a_date_give_no_date(words):
    assert when_of(words, WRITTEN) is None


def step(id_, what, when, done=False, who=None):
    return SimpleNamespace(id=id_, what=what, when=when, who=who, created_at=WRITTEN, done_at=WRITTEN if done else None)


def test_the_calendar_has_one_event_per_open_step_with_a_date():
    goal = SimpleNamespace(text="Komma ut mer", steps=[
        step(1, "Gå en promenad", "på söndag", who="min syster"), step(2, "Ringa Anna", "måndag 10:00"),
        step(3, "Baka bullar", "när jag orkar"), step(4, "Städa", "imorgon", done=True)])
    calendar = Calendar.from_ical(client_calendar([goal]))
    events = {e.get("summary"): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Mitt steg: Gå en promenad", "Mitt steg: Ringa Anna"}
    walk = events["Mitt steg: Gå en promenad"]
    assert walk.decoded("dtstart") == date(2026, 12, 6) and walk.decoded("dtend") == date(2026, 12, 7)  # all day
    assert "Komma ut mer" in walk.get("description") and "min syster" in walk.get("description")
    call = events["Mitt steg: Ringa Anna"].decoded("dtstart")
    assert (call.date(), call.hour, call.minute) == (date(2026, 12, 7), 10, 0)
    assert len({e.get("uid") for e in events.values()}) == 2


async def test_the_client_downloads_their_steps_as_a_calendar_file(chat):
    await chat.say("/start_dreams")
    for _ in range(5):
        await chat.say("hoppa över")
    await chat.say("Komma ut mer")  # the goal
    await chat.say("Gå en promenad")
    await chat.say("jag själv")
    await chat.say("på söndag")
    resp = await chat.http.get("/api/me/calendar.ics", headers=chat.auth)
    assert resp.status == 200 and resp.content_type == "text/calendar"
    calendar = Calendar.from_ical(await resp.read())
    assert [str(e.get("summary")) for e in calendar.walk("VEVENT")] == ["Mitt steg: Gå en promenad"]
    assert (await chat.http.get("/api/me/calendar.ics")).status == 401


@pytest.mark.parametrize(("rhythm", "rule"), [
    ("daily", {"FREQ": ["DAILY"]}), ("weekly", {"FREQ": ["WEEKLY"]}), ("biweekly", {"FREQ": ["WEEKLY"], "INTERVAL": [2]}),
])
def test_the_chosen_check_in_rhythm_is_one_repeating_reminder_at_six(rhythm, rule):
    calendar = Calendar.from_ical(client_calendar([], rhythm, "client-1", today=date(2026, 12, 4)))
    [reminder] = calendar.walk("VEVENT")
    assert str(reminder.get("summary")) == "Checka in i Medvind"
    assert dict(reminder.get("rrule")) == rule
    start = reminder.decoded("dtstart")
    assert (start.date(), start.hour, start.tzinfo) == (date(2026, 12, 5), 18, None)  # the phone's own time


@pytest.mark.parametrize("rhythm", [None, "none"])
def test_no_rhythm_or_no_thanks_gives_no_reminder(rhythm):
    assert Calendar.from_ical(client_calendar([], rhythm, "client-1")).walk("VEVENT") == []


async def finish_a_check_in(chat) -> list[dict]:
    await chat.say("/start_checkin")
    for answer in ("okej", "promenad", "sömnen"):
        await chat.say(answer)
    return await chat.say("nej")


async def test_after_a_check_in_the_client_chooses_a_reminder_that_comes_in_the_calendar(chat):
    messages = await finish_a_check_in(chat)
    assert {"Varje dag", "Varje vecka", "Varannan vecka", "Nej tack"} <= set(button_titles(messages))
    messages = await chat.say("varje vecka")  # the button's title, typed
    assert "en gång i veckan klockan 18" in text_of(messages)
    assert "Lägg till i kalendern" in button_titles(messages)
    calendar = Calendar.from_ical(await (await chat.http.get("/api/me/calendar.ics", headers=chat.auth)).read())
    [reminder] = calendar.walk("VEVENT")
    assert str(reminder.get("summary")) == "Checka in i Medvind" and dict(reminder.get("rrule")) == {"FREQ": ["WEEKLY"]}
    assert (await chat.export())["client"]["checkin_rhythm"] == "weekly"

    messages = await finish_a_check_in(chat)  # asked once only
    assert "Varje vecka" not in button_titles(messages) and "Vad vill du göra?" in text_of(messages)
    reply = await chat.say_text("påminn mig varannan vecka istället")
    assert "varannan vecka klockan 18" in reply


async def test_no_thanks_gives_no_reminder_and_the_menu(chat):
    await finish_a_check_in(chat)
    reply = await chat.say_text("/checkin_rhythm{\"rhythm\": \"none\"}")
    assert "ingen påminnelse" in reply and "Vad vill du göra?" in reply
    calendar = Calendar.from_ical(await (await chat.http.get("/api/me/calendar.ics", headers=chat.auth)).read())
    assert calendar.walk("VEVENT") == []


async def test_a_step_with_a_date_is_offered_to_the_calendar_and_typing_it_says_how(chat):
    await chat.say("/start_dreams")
    for _ in range(5):
        await chat.say("hoppa över")
    for answer in ("Komma ut mer", "Gå en promenad", "jag själv"):
        await chat.say(answer)
    messages = await chat.say("på söndag")
    assert "i telefonens kalender" in text_of(messages) and "Lägg till i kalendern" in button_titles(messages)
    reply = await chat.say_text("lägg till i kalendern")
    assert "kalenderfil" in reply
