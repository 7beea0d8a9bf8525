"""The client's steps as calendar events (iCalendar) the client downloads into
the phone's own calendar: reminders without any cloud service of Medvind's.

A step's "when" is the client's own words ("på söndag", "nästa vecka", "den
12 mars"), read by dateparser in Swedish, counted from when the step was
written. A "when" that names no date ("när jag orkar") gives no event. A check-in
rhythm the client chose ("varje vecka") is a repeating reminder (RRULE)."""
import hashlib
import re
from datetime import date, datetime, timedelta, timezone

from dateparser.search import search_dates
from icalendar import Calendar, Event

from bot.storage.models import aware

# A time told as such ("kl 10", "10:30"); "imorgon" alone is a day, not the hour it was written.
TIME_TOLD = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\bkl\.?\s*\d{1,2}\b", re.I)
# Day before month ("12/3" is the 12th of March), and a weekday is the next one.
SETTINGS = {"PREFER_DATES_FROM": "future", "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False}


def when_of(text: str | None, written: datetime) -> datetime | None:
    """The first date in the client's words, counted from when they wrote them."""
    if not text or not text.strip():
        return None
    found = search_dates(text, languages=["sv"], settings={**SETTINGS, "RELATIVE_BASE": written.replace(tzinfo=None)})
    return found[0][1] if found else None


def _event_for(step, goal) -> Event | None:
    written = aware(step.created_at) or datetime.now(timezone.utc)
    moment = when_of(step.when, written)
    if moment is None:
        return None
    event = Event()
    event.add("uid", hashlib.sha256(f"medvind-step-{step.id}".encode()).hexdigest()[:32] + "@medvind")
    event.add("dtstamp", datetime.now(timezone.utc))
    event.add("summary", f"Mitt steg: {step.what}")
    event.add("description", f"Mot målet: {goal.text}" + (f"\nMed: {step.who}" if step.who else ""))
    if not TIME_TOLD.search(step.when):  # a day, not an hour: an all-day event
        day: date = moment.date()
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
    else:
        event.add("dtstart", moment)
        event.add("dtend", moment + timedelta(hours=1))
    return event


# The check-in rhythm the client chose, as a repeating reminder at six in the evening
# (the phone's own time: no time zone, so it follows the phone when travelling).
RHYTHM_RULES = {"daily": {"freq": "daily"}, "weekly": {"freq": "weekly"}, "biweekly": {"freq": "weekly", "interval": 2}}
REMINDER_HOUR = 18


def _checkin_reminder(rhythm: str, client_id: str, today: date) -> Event:
    event = Event()
    event.add("uid", hashlib.sha256(f"medvind-checkin-{client_id}".encode()).hexdigest()[:32] + "@medvind")
    event.add("dtstamp", datetime.now(timezone.utc))
    event.add("summary", "Checka in i Medvind")
    event.add("description", "Hur har det varit? Öppna Medvind och välj «Hur har det varit?».")
    start = datetime.combine(today + timedelta(days=1), datetime.min.time()).replace(hour=REMINDER_HOUR)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=15))
    event.add("rrule", RHYTHM_RULES[rhythm])
    return event


def client_calendar(goals, rhythm: str | None = None, client_id: str = "", today: date | None = None) -> bytes:
    """One event per open step whose "when" names a date, and the check-in reminder
    in the rhythm the client chose (if any)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Medvind//steg//SV")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Medvind – mina steg")
    for goal in goals:
        for step in goal.steps:
            event = None if step.done_at else _event_for(step, goal)
            if event is not None:
                calendar.add_component(event)
    if rhythm in RHYTHM_RULES:
        calendar.add_component(_checkin_reminder(rhythm, client_id, today or date.today()))
    return calendar.to_ical()
