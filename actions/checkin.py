"""A short check-in: how it has been, one thing that went well, one that was hard,
and anything to bring to the ombud (which goes on the meeting agenda)."""
import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import SKIPPED, ModuleFormValidation, client_id, form_slots, message_id
from actions.module import ModuleFinish, ModuleStart
from bot.off_loop import off_the_event_loop
from bot.safety.crisis import fold
from bot.storage import agenda, checkins

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
