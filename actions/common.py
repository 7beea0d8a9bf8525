"""What every conversation module shares: who the client is, skip and pause
words, question texts from the domain, and storing answers as they come."""
import inspect
import re
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from bot import modules
from bot.off_loop import off_the_event_loop
from bot.safety.crisis import (
    DESCRIPTIVE_QUESTIONS,
    PLAN_QUESTIONS,
    Verdict,
    assess,
    fold,
    reads_as_safety_plan,
)
from bot.storage import answers
from bot.storage.clients import ensure_client

SKIPPED = "__skipped__"  # slot value for a question the client chose to skip
REPLY_FIRST, CHECK_FIRST = "reply first", "check first"  # what a worrying form answer gets (crisis_step)

# Short messages that mean "skip" or "pause" whatever the classifier says, and
# long messages that are answers even if the classifier guessed skip or stop.
_SKIP = re.compile(r"^(/skip|hoppa( over)?( den( har)?( fragan)?)?|skippa|skip|pass|passar|nasta( fraga)?|vill inte svara( pa den)?)[.! ]*$")
# Saying goodbye in the middle of a form pauses it too: "tack, hej då" is not an answer.
_STOP = re.compile(
    r"^(/stop|paus|pausa|sluta|stopp?|avbryt|avsluta( nu| har)?|inte nu|senare|vi tar det sen(are)?|jag vill (pausa|sluta|avsluta)"
    r"|(tack,? ?(och )?)?(hej ?da|hej hej|vi ses( sen(are)?)?|vi hors( sen(are)?)?|hors|god ?natt))[.!, ]*$"
)
# "Fortsätt" typed while a question is open: the form is already going, so the question
# is asked again; it is no answer.
_RESUME = re.compile(r"^(/resume|fortsatt|fortsatt tack|vi fortsatter|kor vidare|kor|continue)[.! ]*$")
_CONTROL_MAX_WORDS = 6


_known_clients: set[str] = set()  # client rows never disappear, so one check per process


def message_id(tracker: Tracker) -> str | None:
    """The ID the chat page gave the latest message (Rasa message metadata), which a
    retry after a crash repeats: what it stores is stored once (bot/storage/db.add_once)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            found = (event.get("metadata") or {}).get("message_id")
            return found if isinstance(found, str) and found else None
    return None


def client_id(tracker: Tracker) -> str:
    """The Rasa sender ID is the client's ID (the web app derives it from the token)."""
    sender = tracker.sender_id
    if sender not in _known_clients:
        ensure_client(sender)
        _known_clients.add(sender)
    return sender[:32]


# Words a short "skip" or "pause" message is made of. The classifier's guess counts
# only for messages of these words: "sluta röka" is a goal, not a pause.
_CONTROL_WORDS = set(
    ["jag", "vill", "kan", "vi", "du", "inte", "int", "nu", "sluta", "slutar", "paus", "pausa", "stopp", "stop", "avbryt", "hoppa", "over", "skippa", "skip", "nasta", "fraga", "fragan", "den", "har", "det", "dar", "pass", "passar", "senare", "sen", "tar", "orkar", "fortsatta", "mer", "idag", "for", "tack", "ok", "okej", "klar", "klart", "nog", "igen", "en", "annan", "gang", "svara", "pa", "ska", "vara", "bara", "nej", "na",
     "hej", "da", "hejda", "ses", "hors", "god", "natt", "godnatt", "ha", "bra", "och", "fortsatt", "vidare", "kor",
     "avsluta", "avslutar"]
)


def _is_control(text: str, intent: str | None, wanted: tuple[str, ...], pattern: re.Pattern) -> bool:
    folded = fold(text)
    if pattern.match(folded):
        return True
    words = re.findall(r"[a-z]+", folded)
    return (intent in wanted and 0 < len(words) <= _CONTROL_MAX_WORDS
            and all(w in _CONTROL_WORDS for w in words))


def is_skip(text: str, intent: str | None) -> bool:
    return _is_control(text, intent, ("skip",), _SKIP)


def is_stop(text: str, intent: str | None) -> bool:
    return _is_control(text, intent, ("stop", "goodbye"), _STOP)


def is_resume(text: str, intent: str | None) -> bool:
    return _is_control(text, intent, ("resume",), _RESUME)


def module_of(form: str) -> str:
    """Answers are stored under the module name; a module's form is `<module>_form`."""
    return form.removesuffix("_form")


def form_slots(domain: DomainDict, form: str) -> list[str]:
    return list(domain["forms"][form]["required_slots"])


def question_text(domain: DomainDict, slot: str) -> str:
    """The question as the client saw it, without the "Fråga N av M" line."""
    text = domain["responses"][f"utter_ask_{slot}"][0]["text"]
    return text.split("\n", 1)[-1]


# form name -> its validation action, filled as each module's class is defined
VALIDATORS: dict[str, type["ModuleFormValidation"]] = {}


class ModuleFormValidation(FormValidationAction, ABC):
    """Stores each answer the moment it is given and handles skip and pause.

    Any free text is an answer, whatever intent the classifier guessed. A crisis
    is kept out by the form's slot mappings (not_intent: crisis), so the crisis
    rules take over at once; a message the crisis layer found only worrying
    (crisis_unclear) comes here, and is an answer unless the patterns, read
    with the question that was asked, are unsure too (bot/safety/crisis.py),
    or the crisis model is fairly sure and the question does not explain it."""

    @abstractmethod
    def name(self) -> str:
        """validate_<form name>; abstract so the SDK does not register this base class."""

    def __init_subclass__(cls, **kwargs) -> None:
        """Each module's validation is known by its form's name, once (VALIDATORS)."""
        super().__init_subclass__(**kwargs)
        if not inspect.isabstract(cls):
            form = cls().form_name()
            if form in VALIDATORS and VALIDATORS[form].__qualname__ != cls.__qualname__:
                raise TypeError(f"two validations for {form}: {VALIDATORS[form].__name__} and {cls.__name__}")
            VALIDATORS[form] = cls

    @off_the_event_loop
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        """The SDK's form validation, with every storage call it makes off the server's loop."""
        return await super().run(dispatcher, tracker, domain)

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slot = tracker.get_slot("requested_slot")
        if not slot or slot not in tracker.slots_to_validate():
            return []
        # The slot holds the message text (from_text), or a message kept back by a
        # crisis check question that the client answered "no".
        text = str(tracker.slots_to_validate()[slot] or "").strip()
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if is_stop(text, intent):
            return [SlotSet(slot, None), SlotSet("requested_slot", None)]
        if is_skip(text, intent):
            self.store_skip(tracker, domain, slot)
            return [SlotSet(slot, SKIPPED)]
        if is_resume(text, intent):
            return [SlotSet(slot, None)]  # the form asks the same question again
        step = self.crisis_step(text, slot, tracker.latest_message) if intent == "crisis_unclear" else None
        if step:
            return self.hold_back(text, slot, "action_crisis_reply" if step == REPLY_FIRST else "action_crisis_check")
        command = command_in(text, tracker.latest_message.get("intent") or {})
        if command:
            return self.ask_first(text, slot, command)
        if text.startswith("/"):  # a tapped button from an earlier message, not an answer
            dispatcher.utter_message(response="utter_button_mid_form")
            return [SlotSet(slot, None)]  # the form asks the same question again
        value = await self.value_for(slot, text, dispatcher, tracker, domain) if text else None
        if value is None:
            if not text:
                dispatcher.utter_message(response="utter_empty_answer")
            return [SlotSet(slot, None)]  # the form asks the same question again
        return [SlotSet(slot, value), *self.store_answer(tracker, domain, slot, value)]

    def ask_first(self, text: str, slot: str, command: str) -> list[EventType]:
        """A clear command in the middle of a form ("radera allt jag skrivit"): the
        form pauses with the message kept, and one question asks whether to do
        it or keep the text as the answer (action_ask_digression)."""
        return [SlotSet(slot, None), SlotSet("requested_slot", None), SlotSet("paused_form", self.form_name()),
                SlotSet("pending_answer", text), SlotSet("pending_slot", slot),
                SlotSet("pending_command", command), FollowupAction("action_ask_digression")]

    @staticmethod
    def crisis_step(text: str, slot: str, parsed: dict) -> str | None:
        """What a worrying answer gets before it is saved: REPLY_FIRST, CHECK_FIRST or None.

        The crisis model is fairly sure (crisis_check_in_form, bot/nlu/crisis_guard.py)
        and the question does not explain the words away: the crisis reply at once
        (help first, not a question), with the answer kept so that nothing is lost if
        it was only an answer. The patterns, read with the question, are unsure, or the
        model is sure even of words the question explains: a check question. Asking
        costs one tap; a crisis saved as an answer is never seen by anyone in time."""
        assessment = assess(text, question=slot)
        verdict = assessment.verdict
        if verdict == Verdict.NONE and reads_as_safety_plan(text, slot):
            return None  # "att nån tar hand om mina mediciner": a plan, whatever the model makes of it
        if verdict == Verdict.DEFUSED and any(f.reason == "not now" for f in assessment.findings):
            return None  # "hade självmordstankar då, så är det inte nu": the client's own words, whatever the model makes of it
        if verdict == Verdict.DEFUSED and all(f.reason == "figure" for f in assessment.findings):
            return None  # "grannen tar livet av mig med borren": a figure of speech in an answer
        if verdict == Verdict.DEFUSED and slot in DESCRIPTIVE_QUESTIONS | PLAN_QUESTIONS and all(
                f.reason in ("past", "habit", "not now", "usually") for f in assessment.findings):
            return None  # "att nån låser in mig. det hände 2015" to what does not help: a memory the question asks for
        likely = bool(parsed.get("crisis_check_in_form"))
        told_as_habit = assessment.ask_only or any(f.reason in ("habit", "usually") for f in assessment.findings)
        if likely and verdict != Verdict.DEFUSED and not told_as_habit:
            return REPLY_FIRST  # hopelessness the patterns found, and a model fairly sure: help first, as at top level
        if verdict == Verdict.UNCLEAR:
            return CHECK_FIRST
        if likely and assess(text).verdict == Verdict.DEFUSED:
            return CHECK_FIRST  # the model is sure all the same of words explained away
        return None

    def hold_back(self, text: str, slot: str, action: str) -> list[EventType]:
        """The form pauses with the message kept, and the crisis reply or the check
        question comes first. "Spara mitt svar" after the reply, or "nej" to the check,
        stores the message as the answer (actions/crisis.py: keep_pending_answer)."""
        return [SlotSet(slot, None), SlotSet("requested_slot", None), SlotSet("paused_form", self.form_name()),
                SlotSet("pending_answer", text), SlotSet("pending_slot", slot),
                FollowupAction(action)]

    async def value_for(
        self, slot: str, text: str, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Any:
        """The value to store, or None to ask again (after saying why): free text as it is,
        or what the form's own `validate_<slot>` makes of it, called as the SDK calls it
        (value, dispatcher, tracker, domain) and returning {slot: value}."""
        validate = getattr(self, f"validate_{slot}", None)
        if validate is None:
            return text
        result = validate(text, dispatcher, tracker, domain)
        if inspect.isawaitable(result):
            result = await result
        return (result or {}).get(slot)

    def store_answer(
        self, tracker: Tracker, domain: DomainDict, slot: str, text: Any
    ) -> list[EventType]:
        """Commits one answer now. Modules with their own tables override this."""
        answers.save_answer(
            client_id(tracker), module_of(self.form_name()), slot, question_text(domain, slot), text
        )
        return []

    def store_skip(self, tracker: Tracker, domain: DomainDict, slot: str) -> None:
        answers.record_skip(
            client_id(tracker), module_of(self.form_name()), slot, question_text(domain, slot)
        )


# What a command mid-form says, and words it must contain to count as one:
# the classifier alone is not enough ("dela med mig av det jag kan" is an answer).
COMMANDS = {
    "delete_data": ("radera dina svar", r"\b(?:radera|ta bort|tabort|sudda|rensa|glom|deleta)\b"),
    "show_answers": ("se det du har skrivit", r"\b(?:visa|se|kolla|titta|lasa)\b.*\b(?:svar|skrivit|svarat|plan|planen"
                                              r"|mal|styrkor|sammanfattning)|\bvad har jag (?:skrivit|svarat)|^(?:alla )?mina svar$"),
    "share_with_ombud": ("välja vad ditt ombud får se", r"\b(?:dela|visa|skicka)\b.*\b(?:ombud|ombudet|po)\b"),
    "help": ("se menyn", r"\b(?:meny|menyn|menu|hjalp|help|vad kan du)\b"),
    # and one "start_<module>" per module in the menu (bot/modules.py), added below
    "start_group": ("starta gruppläget", r"\bgrupp"),
    "who_viewed": ("se vem som har läst dina svar", r"\b(?:vem|vilka|nan|nagon|ombudet|ombud)\b.*\b(?:sett|set|last|kollat|tittat|laser|ser)\b"),
}
COMMANDS |= {module.start_intent: (module.what_starting, module.start_words)
             for module in modules.MODULES if module.start_words}
COMMAND_CONFIDENCE = 0.7
COMMAND_MAX_WORDS = 10


def command_in(text: str, intent: dict) -> str | None:
    """The command a message inside a form clearly is, or None (it is an answer)."""
    name, confidence = intent.get("name"), intent.get("confidence") or 0.0
    if name not in COMMANDS or confidence < COMMAND_CONFIDENCE or text.startswith("/"):
        return None
    folded = fold(text)
    if len(folded.split()) > COMMAND_MAX_WORDS or not re.search(COMMANDS[name][1], folded):
        return None
    return name


def validator_for(form: str) -> "ModuleFormValidation":
    """The validation action of a module's form (each module defines one)."""
    if form not in VALIDATORS:  # its module not imported yet (the action server imports them all)
        import importlib
        import pkgutil

        import actions

        for module in pkgutil.iter_modules(actions.__path__):
            importlib.import_module(f"actions.{module.name}")
    return VALIDATORS[form]()


def slots_from_storage(client: str, module: str, slots: list[str]) -> dict[str, Any]:
    """Slot values that make a form resume at the first question neither answered nor skipped."""
    stored = answers.answers_for(client, module)
    return {
        s: (SKIPPED if stored[s].skipped else stored[s].answer_text) if s in stored else None
        for s in slots
    }


def is_complete(values: dict[str, Any]) -> bool:
    return all(v is not None for v in values.values())


def own_words(values: dict[str, Any], labels: dict[str, str]) -> list[str]:
    """One line per answered question: a short label and the client's own words."""
    return [
        f"• {labels[s]}: «{v}»" for s, v in values.items() if v is not None and v != SKIPPED
    ]
