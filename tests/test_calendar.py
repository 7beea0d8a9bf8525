"""A step's "when", in the client's Swedish words, becomes an event in the
phone's own calendar: a valid iCalendar file (GET /api/me/calendar.ics) with
the right dates, counted from when the step was written."""
from datetime import date, datetime, timezone
from types import SimpleNamespace

import pytest
from icalendar import Calendar

from bot.web.calendar_ics import steps_calendar, when_of

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
    calendar = Calendar.from_ical(steps_calendar([goal]))
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
