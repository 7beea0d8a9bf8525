"""The prompt deck for peer-support groups, and choosing the next prompt: the
next one not yet used at the current depth, an easier or a deeper one."""
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.safety.text import fold

DECK_FILE = Path(__file__).resolve().parent / "group_deck.yml"
LEVELS = (1, 2, 3)


@dataclass(frozen=True)
class Prompt:
    id: str  # "<theme>:<n>", what the session remembers as used
    level: int
    text: str


@dataclass(frozen=True)
class Theme:
    key: str
    title: str
    source: str
    opening: str
    prompts: tuple[Prompt, ...]
    closing: str


@lru_cache(maxsize=1)
def deck() -> dict[str, Theme]:
    data = yaml.safe_load(DECK_FILE.read_text(encoding="utf-8"))
    themes = {}
    for t in data["themes"]:
        prompts = tuple(Prompt(f"{t['key']}:{n}", int(p["level"]), p["text"])
                        for n, p in enumerate(t["prompts"]))
        themes[t["key"]] = Theme(t["key"], t["title"], t.get("source", ""), t["opening"],
                                 prompts, t["closing"])
    return themes


def next_prompt(theme: Theme, used: list[str], level: int, step: int = 0) -> Prompt | None:
    """An unused prompt at `level + step` (1-3). When that level is used up: further
    in the same direction first (deeper for "next" and "deeper", easier for
    "easier"), then back the other way."""
    wanted = min(max(level + step, LEVELS[0]), LEVELS[-1])
    higher = [lv for lv in LEVELS if lv > wanted]
    lower = [lv for lv in reversed(LEVELS) if lv < wanted]
    for lv in [wanted, *(lower + higher if step < 0 else higher + lower)]:
        for prompt in theme.prompts:
            if prompt.level == lv and prompt.id not in used:
                return prompt
    return None


# What a facilitator types instead of tapping: "nästa", "en djupare fråga",
# "byt tema", "avslutningsrunda", "vi är klara".
_STEERING = [
    ("group_end", r"\bavsluta (?:gruppen|grupplaget|gruppsamtalet)\b|\bvi ar klara\b|\bsluta med gruppen\b"),
    ("group_close", r"\bavslutning|\bsista rundan\b|\bslutrunda"),
    ("group_other_theme", r"\b(?:byt|byta|annat|nytt|ett annat|andra) tema|\bbyt\b"),
    ("group_easier", r"\b(?:lattare|enklare|mindre personlig|latt fraga)\b"),
    ("group_deeper", r"\b(?:djupare|svarare|mer personlig|djup fraga)\b"),
    ("group_next", r"\b(?:nasta|nasa|vidare|en till|ny fraga|annan fraga|fler fragor|next)\b"),
]


COMMAND_WORDS = 6  # longer messages are the group's talk, not a command ("frågan om hopp var svår")


def _short(text: str) -> bool:
    return len(fold(text).split()) <= COMMAND_WORDS


def theme_named(text: str) -> str | None:
    """The theme whose title or key a short message names ("hopp", "temat
    samhorighet"; the longest name wins, so "hopp och coping" is not "hopp")."""
    words = f" {re.sub(r'[^a-z0-9 ]', ' ', fold(text))} "
    if not (_short(text) or " tema" in words):
        return None
    names = sorted(((fold(t.title), t.key) for t in deck().values()), key=lambda n: -len(n[0]))
    names += sorted(((t.key.replace("_", " "), t.key) for t in deck().values()), key=lambda n: -len(n[0]))
    for name, key in names:
        if f" {name} " in words:
            return key
    return None


def steering_in(text: str) -> str | None:
    if not _short(text):
        return None
    folded = fold(text)
    return next((intent for intent, pattern in _STEERING if re.search(pattern, folded)), None)
