"""The ombud's motivation chart reads right for one rating and for a hundred:
dates a person can read, each tick once, the year where it matters."""
import re
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

from bot.web.charts import ratings_svg


def rating(when: datetime, value: int = 6, goal: str = "Börja promenera") -> SimpleNamespace:
    return SimpleNamespace(created_at=when, value=value, goal_text=goal, kind="readiness")


def date_ticks(svg: bytes) -> list[str]:
    """The x axis' labels: the chart's text that looks like a date or a year."""
    texts = re.findall(r"<text[^>]*>([^<]+)</text>", svg.decode())
    return [t.strip() for t in texts if re.fullmatch(r"\d{1,2}/\d{1,2}|\d{4}|\d{1,2}/\d{4}|\d{1,2}/\d{1,2} \d{4}", t.strip())]


def test_one_rating_gets_a_few_days_around_it_not_years_of_repeated_ticks():
    ticks = date_ticks(ratings_svg([rating(datetime(2026, 12, 4, 10, tzinfo=timezone.utc))]))
    assert 3 <= len(ticks) <= 8 and len(set(ticks)) == len(ticks)
    assert "4/12" in ticks or "3/12" in ticks or "5/12" in ticks
    assert not {"1/1", "1/7"} <= set(ticks)


def test_a_hundred_ratings_over_two_years_get_a_few_ticks_each_once_and_the_years():
    start = datetime(2025, 1, 10, tzinfo=timezone.utc)
    ratings = [rating(start + timedelta(days=7 * i), value=1 + i % 10) for i in range(100)]
    ticks = date_ticks(ratings_svg(ratings))
    assert 3 <= len(ticks) <= 9 and len(set(ticks)) == len(ticks)
    assert "2026" in ticks  # where the year changes


def test_no_ratings_still_draws_an_empty_chart():
    assert b"<svg" in ratings_svg([])
