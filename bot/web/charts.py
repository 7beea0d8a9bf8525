"""The motivation ratings over time as an SVG chart (matplotlib)."""
import io

import matplotlib

matplotlib.use("Agg")  # no display; must be chosen before pyplot is imported
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from bot.modules import RATING_KINDS  # noqa: E402


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
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d/%-m"))
    ax.grid(alpha=0.3)
    if series:
        ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    out = io.StringIO()
    fig.savefig(out, format="svg")
    plt.close(fig)
    return out.getvalue().encode("utf-8")
