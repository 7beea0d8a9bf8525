"""Crisis replies. The words are fixed and human-written (domain/crisis.yml);
these actions send them at once, wherever the conversation is, and pause any
open form so it can be resumed afterwards."""
from typing import List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict


def pause_active_form(tracker: Tracker) -> List[EventType]:
    form = tracker.active_loop_name
    if not form:
        return []
    return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("paused_form", form)]


class ActionCrisisReply(Action):
    def name(self) -> Text:
        return "action_crisis_reply"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_crisis")
        dispatcher.utter_message(response="utter_crisis_numbers")
        dispatcher.utter_message(response="utter_crisis_next")
        return pause_active_form(tracker)


class ActionCrisisCheck(Action):
    """For a message that may or may not be a crisis: ask before anything else."""

    def name(self) -> Text:
        return "action_crisis_check"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_crisis_check")
        return pause_active_form(tracker)
