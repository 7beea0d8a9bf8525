"""The crisis model's training examples: `data/safety/*.yml` (crisis and hard
not-crisis messages, each with a label) and the NLU data's intents (crisis
against every other intent). crisis_unclear is left out, being unclear by
definition, except tiredness alone ("orkar inte mer"), which counts as not
crisis: the patterns ask the check question for it, and a model that learnt
those words as crisis (crisis examples often hold them) would turn that check
into the full crisis reply."""
from collections.abc import Iterable
from pathlib import Path

import yaml

from bot.safety.crisis import findings_in

CRISIS_LABELS = {"self", "danger", "other"}
NOT_CRISIS = "none"


def load(directory: Path) -> list[dict]:
    """Every item of every file: text, label, and kind where given."""
    items = []
    for path in sorted(directory.glob("*.yml")):
        items += (yaml.safe_load(path.read_text()) or {}).get("safety") or []
    return items


def _tired_only(text: str) -> bool:
    found = findings_in(text)
    return bool(found) and all(f.signal == "exhausted" for f in found)


def examples(directory: Path, nlu: Iterable[tuple[str, str]] = ()) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    seen = set()
    for item in load(directory):
        label = item["label"]
        if label not in CRISIS_LABELS | {NOT_CRISIS}:
            raise ValueError(f"unknown safety label {label!r} for {item['text']!r}")
        texts.append(item["text"])
        labels.append(int(label in CRISIS_LABELS))
        seen.add(item["text"].lower())
    for text, intent in nlu:
        if text.lower() in seen or text.startswith("/") or (intent == "crisis_unclear" and not _tired_only(text)):
            continue
        texts.append(text)
        labels.append(int(intent == "crisis"))
    return texts, labels
