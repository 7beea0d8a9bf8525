"""Every module of Medvind in one place: the titles the client and the ombud
see, what sharing it shows the ombud, where its material is kept, and how the
client gets to it (the menu, and the words that make a message mid-form a
request to start it). The menu, the answers summary, sharing, the dashboard and
its charts read from here, so a new module is its own domain, data and actions
files plus one entry below.

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
    menu_title: str | None = None  # its button in the menu; None: reached another way
    start: str | None = None  # the intent that starts it; None: start_<key>
    # Mid-form, a message classified as `start` is taken for a request to start the
    # module (and asked about) only if it has one of these words (folded text), and
    # the question names it so: "Vill du <what_starting> nu?"
    start_words: str | None = None
    what_starting: str | None = None

    @property
    def start_intent(self) -> str:
        return self.start or f"start_{self.key}"


MODULES = (
    Module("strengths", "Dina styrkor", "Styrkor", "dina svar om dina styrkor",
           menu_title="Mina styrkor", start_words=r"\bstyrk", what_starting="prata om dina styrkor"),
    Module("dreams", "Dina drömmar", "Drömmar, mål och steg", "dina drömmar, ditt mål och dina steg",
           ("answers", "goals"), menu_title="Drömmar och mål", start_words=r"\b(?:drom|mal\b|malen)",
           what_starting="prata om drömmar och mål"),
    Module("motivation", "Din motivation", "Motivation (skattningar)",
           "dina skattningar 1–10 och det du skrev om dem", ("ratings",), menu_title="Motivation 1–10",
           start_words=r"\b(?:motivation|skala|1 ?-? ?10|redo)\b", what_starting="göra motivationsskalan"),
    Module("wrap", "Din plan för svåra dagar", "Plan för svåra dagar", "din plan för svåra dagar",
           menu_title="Plan för svåra dagar", start="start_warning_signs",
           start_words=r"\b(?:plan|planen|varningstecken|wrap|svara dagar)\b", what_starting="göra planen för svåra dagar"),
    Module("reflection", "Efter en svår period", "Efter en svår period",
           "det du skrev när du såg tillbaka på en svår period", menu_title="Efter en svår period",
           start_words=r"\b(?:se tillbaka|titta tillbaka|reflekt\w*|svar period|svara perioden)\b",
           what_starting="se tillbaka på en svår period"),
    Module("checkin", "Dina incheckningar", "Incheckningar", "dina incheckningar", ("checkins",),
           menu_title="Hur har det varit?", start_words=r"\b(?:checka|check ?in|incheckning)", what_starting="checka in"),
    Module("agenda", "Inför mötet", "Inför mötet (agenda)", "det du vill ta upp på nästa möte", ("agenda",),
           menu_title="Inför mötet med ombudet", start="start_visit_prep",
           start_words=r"\b(?:mote|motet|traffen|agenda|lista)\b", what_starting="förbereda mötet med ditt ombud"),
    Module("evaluation", "Utvärdering"),
)
# In the menu after the modules: what is not a module of one's own.
MENU_AFTER_MODULES = ({"title": "Gruppsamtal", "payload": "/start_group"},
                      {"title": "Mina svar", "payload": "/show_answers"})
BY_KEY = {module.key: module for module in MODULES}
SHAREABLE = {module.key: module for module in MODULES if module.share_title}
# Modules whose material is questions and answers alone: shown the same way everywhere.
ANSWER_MODULES = tuple(module.key for module in MODULES if module.kept_in == ("answers",))

# The three 1-10 ratings of the motivation module, as the ombud's chart names them.
RATING_KINDS = {"readiness": "redo", "importance": "viktigt", "confidence": "säker"}


def menu_buttons() -> list[dict]:
    """The menu's buttons: each module that has a place there, in order, then the rest."""
    return [{"title": module.menu_title, "payload": f"/{module.start_intent}"}
            for module in MODULES if module.menu_title] + list(MENU_AFTER_MODULES)


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
