"""The prompt deck for peer-support groups, and choosing the next prompt: the
next one not yet used at the current depth, an easier or a deeper one."""
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

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
