"""The menu: its buttons come from the module registry (bot/modules.py), so a new
module is in the menu without an edit here or in the domain."""
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import modules
from bot.off_loop import off_the_event_loop

# Downloads the client's calendar file (GET /api/me/calendar.ics) in the page itself
# (bot/web/static/chat.js); typed, it says how (utter_add_to_calendar).
CALENDAR_BUTTON = {"title": "Lägg till i kalendern", "payload": "/add_to_calendar"}


def utter_menu(dispatcher: CollectingDispatcher) -> None:
    """utter_menu's words (domain/core.yml) with the registry's buttons."""
    dispatcher.utter_message(response="utter_menu", buttons=modules.menu_buttons())


class ActionMenu(Action):
    def name(self) -> str:
        return "action_menu"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        utter_menu(dispatcher)
        return []
