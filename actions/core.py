"""Resuming whatever conversation was paused ("fortsätt")."""
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.menu import utter_menu
from bot.off_loop import off_the_event_loop


class ActionResume(Action):
    """The paused form picks up at its first open question; its answers so far are
    still in the conversation's slots (and stored)."""

    def name(self) -> str:
        return "action_resume"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        form = tracker.get_slot("paused_form")
        if not form or form not in domain.get("forms", {}):
            dispatcher.utter_message(response="utter_nothing_to_resume")
            utter_menu(dispatcher)
            return []
        dispatcher.utter_message(response="utter_welcome_back")
        return [SlotSet("paused_form", None), FollowupAction(form)]
