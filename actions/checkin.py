"""A short check-in: how it has been, one thing that went well, one that was hard,
and anything to bring to the ombud (which goes on the meeting agenda)."""
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import SKIPPED, ModuleFormValidation, client_id, form_slots, message_id
from actions.menu import CALENDAR_BUTTON, utter_menu
from actions.module import ModuleFinish, ModuleStart
from bot.off_loop import off_the_event_loop
from bot.safety.crisis import fold
from bot.storage import agenda, checkins, clients

FORM = "checkin_form"
# "Nothing to bring up" in any of its everyday forms ("nej, inget mer den här gången"): no agenda item.
_NOTHING = re.compile(r"^(?:nej|nä|na|nope|no|inget|ingenting|inte nu)"
                      r"(?:[\s,.!]+(?:tack|inget|ingenting|mer|nagot|nat|den har gangen|idag|i dag|just nu|inte nu"
                      r"|det var allt|allt|for idag|for den har gangen|faktiskt))*[\s.!]*$")


def _field(slot: str) -> str:
    return slot.removeprefix("checkin_")


class ValidateCheckinForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_checkin_form"

    def store_answer(
        self, tracker: Tracker, domain: DomainDict, slot: str, text: Any
    ) -> list[EventType]:
        who = client_id(tracker)
        sent = message_id(tracker)
        checkin_id = checkins.save_field(who, tracker.get_slot("checkin_id"), _field(slot), text, sent)
        if slot == "checkin_for_ombud" and not _NOTHING.match(fold(text)):
            agenda.add(who, text, sent)
        return [SlotSet("checkin_id", checkin_id)]

    def store_skip(self, tracker: Tracker, domain: DomainDict, slot: str) -> None:
        """A skipped check-in question is simply left empty."""


class ActionCheckinStart(ModuleStart):
    """A paused check-in resumes; otherwise every check-in starts afresh."""

    form = FORM

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        slots = form_slots(domain, FORM)
        if tracker.get_slot("paused_form") == FORM and tracker.get_slot("checkin_id"):
            dispatcher.utter_message(response="utter_welcome_back")
            return [SlotSet("paused_form", None)]
        dispatcher.utter_message(response="utter_checkin_intro")
        return [SlotSet(s, None) for s in slots] + [
            SlotSet("checkin_id", None), SlotSet("paused_form", None)]


class ActionCheckinFinish(ModuleFinish):
    form = FORM

    def reflect(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, values: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_checkin_done")
        wish = values.get("checkin_for_ombud")
        if wish and wish != SKIPPED and not _NOTHING.match(fold(wish)):
            dispatcher.utter_message(response="utter_checkin_added_to_agenda")
        return [SlotSet("checkin_id", None)]

    def next_steps(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        if clients.checkin_rhythm(client_id(tracker)) is None:  # asked once; "påminn mig" asks again
            dispatcher.utter_message(response="utter_checkin_rhythm_offer")
        else:
            utter_menu(dispatcher)


# What the reply says of each rhythm.
RHYTHM_WORDS = {"daily": "varje dag", "weekly": "en gång i veckan", "biweekly": "varannan vecka"}


# A rhythm typed in words ("påminn mig en gång i veckan"); the buttons carry it as an entity.
TYPED_RHYTHMS = (("biweekly", r"\bvarannan vecka\b|\bvar(?:je)? (?:annan|tredje) vecka\b"),
                 ("weekly", r"\b(?:varje|var|en gang i|en gang per|1 gang i|en gang om) veckan?\b|\bveckovis\b"),
                 ("daily", r"\b(?:varje|var) (?:dag|kvall|morgon)\b|\bdagligen\b|\bvarje dag\b"),
                 ("none", r"\b(?:ingen|inga|inte ha (?:nagra |nan )?)paminnelse"))


def rhythm_in(text: str) -> str | None:
    folded = fold(text)
    return next((rhythm for rhythm, words in TYPED_RHYTHMS if re.search(words, folded)), None)


class ActionCheckinRhythm(Action):
    """How often a check-in reminder comes in the client's own calendar, or none."""

    def name(self) -> str:
        return "action_checkin_rhythm"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        rhythm = tracker.get_slot("rhythm") or rhythm_in(tracker.latest_message.get("text") or "")
        if rhythm not in clients.RHYTHMS:
            dispatcher.utter_message(response="utter_checkin_rhythm_offer")
            return [SlotSet("rhythm", None)]
        clients.set_checkin_rhythm(client_id(tracker), rhythm)
        if rhythm == "none":
            dispatcher.utter_message(text="Okej, ingen påminnelse. Skriv «påminn mig om att checka in» om du ändrar dig.")
            utter_menu(dispatcher)
        else:
            dispatcher.utter_message(
                text=f"Bra! Då kommer en påminnelse {RHYTHM_WORDS[rhythm]} klockan 18. Tryck på knappen så "
                     "kommer den in i telefonens kalender, tillsammans med dina steg som har ett datum.",
                buttons=[CALENDAR_BUTTON, {"title": "Visa menyn", "payload": "/help"}])
        return [SlotSet("rhythm", None)]
