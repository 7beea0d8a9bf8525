"""Every module of Medvind in one place: the titles the client and the ombud
see, what sharing it shows the ombud, and where its material is kept. The
answers summary, sharing, the dashboard and its charts read from here, so a
new module is its own domain, data and actions files plus one entry below.

Which questions a module asks, and in what order, is the domain's: the form
`<module>_form` in `domain/` (`question_order`)."""
import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

DOMAIN_DIR = Path(__file__).resolve().parent.parent / "domain"


@dataclass(frozen=True)
class Module:
    key: str  # stored with each answer, and `<key>_form` is its form
    title: str  # in the client's own answers ("Mina svar")
    share_title: str | None = None  # on the dashboard and in the sharing choice; None: never shared
    ombud_sees: str | None = None  # said to the client before they share it
    # Where its material is kept: "answers" (question and answer), and for some also
    # "goals", or instead "ratings", "checkins" or "agenda".
    kept_in: tuple[str, ...] = ("answers",)


MODULES = (
    Module("strengths", "Dina styrkor", "Styrkor", "dina svar om dina styrkor"),
    Module("dreams", "Dina drömmar", "Drömmar, mål och steg", "dina drömmar, ditt mål och dina steg",
           ("answers", "goals")),
    Module("motivation", "Din motivation", "Motivation (skattningar)",
           "dina skattningar 1–10 och det du skrev om dem", ("ratings",)),
    Module("wrap", "Din plan för svåra dagar", "Plan för svåra dagar", "din plan för svåra dagar"),
    Module("checkin", "Dina incheckningar", "Incheckningar", "dina incheckningar", ("checkins",)),
    Module("agenda", "Inför mötet", "Inför mötet (agenda)", "det du vill ta upp på nästa möte", ("agenda",)),
    Module("evaluation", "Utvärdering"),
)
BY_KEY = {module.key: module for module in MODULES}
SHAREABLE = {module.key: module for module in MODULES if module.share_title}
# Modules whose material is questions and answers alone: shown the same way everywhere.
ANSWER_MODULES = tuple(module.key for module in MODULES if module.kept_in == ("answers",))

# The three 1-10 ratings of the motivation module, as the ombud's chart names them.
RATING_KINDS = {"readiness": "redo", "importance": "viktigt", "confidence": "säker"}


def share_titles() -> dict[str, str]:
    return {key: module.share_title for key, module in SHAREABLE.items()}


@functools.cache
def _forms() -> dict[str, list[str]]:
    forms = {}
    for path in sorted(DOMAIN_DIR.glob("*.yml")):
        for name, form in ((yaml.safe_load(path.read_text()) or {}).get("forms") or {}).items():
            forms[name] = list(form.get("required_slots") or [])
    return forms


def question_order(module: str) -> list[str]:
    """The module's questions (slot names) in the order its form asks them."""
    return _forms().get(f"{module}_form", [])


def in_asked_order(module: str, answers: dict) -> list:
    """A module's answers by question key, as a list in the order the questions are asked
    (any question the form no longer asks last, in the order answered)."""
    order = {key: place for place, key in enumerate(question_order(module))}
    return [answers[key] for key in sorted(answers, key=lambda key: order.get(key, len(order)))]
