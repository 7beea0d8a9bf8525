"""The motivation ratings over time as an SVG chart (matplotlib)."""
import io
from datetime import timedelta

import matplotlib

matplotlib.use("Agg")  # no display; must be chosen before pyplot is imported
matplotlib.rcParams["svg.fonttype"] = "none"  # labels as text, not outlines: smaller, and readable
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from bot.modules import RATING_KINDS  # noqa: E402

# Dates as day/month, the year where it changes: "4/12", "2027" (no month names in English).
DATE_FORMATS = ["%Y", "%-m/%Y", "%-d/%-m", "%H:%M", "%H:%M", "%S"]
ZERO_FORMATS = ["", "%Y", "%-d/%-m", "%-d/%-m", "%H:%M", "%H:%M"]
OFFSET_FORMATS = ["", "%Y", "%Y", "%Y", "%-d/%-m %Y", "%-d/%-m %Y"]
MIN_PAD = timedelta(days=2)  # one rating, or all on one day, still gets a readable week


def ratings_svg(ratings) -> bytes:
    """One line per goal and kind, values 1-10 over time."""
    series: dict[tuple, list] = {}
    for r in ratings:
        series.setdefault((r.goal_text, r.kind), []).append((r.created_at, r.value))
    fig, ax = plt.subplots(figsize=(7, 3.2), dpi=100)
    for (goal, kind), points in series.items():
        times, values = zip(*points, strict=True)
        ax.plot(times, values, marker="o", label=f"{goal[:40]} ({RATING_KINDS.get(kind, kind)})")
    ax.set_ylim(0.5, 10.5)
    ax.set_yticks(range(1, 11))
    ax.set_ylabel("1–10")
    if series:
        first = min(r.created_at for r in ratings)
        last = max(r.created_at for r in ratings)
        pad = max((last - first) * 0.05, MIN_PAD)
        ax.set_xlim(first - pad, last + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(
        locator, formats=DATE_FORMATS, zero_formats=ZERO_FORMATS, offset_formats=OFFSET_FORMATS))
    ax.grid(alpha=0.3)
    if series:
        ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    out = io.StringIO()
    fig.savefig(out, format="svg")
    plt.close(fig)
    return out.getvalue().encode("utf-8")
