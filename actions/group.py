"""Group mode: guided prompts for a peer-support group. Nothing personal is
stored: no answers, only which themes were used (without any client)."""
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.group import deck, next_prompt, steering_in, theme_named
from bot.off_loop import off_the_event_loop
from bot.storage.group import record_theme_use

STEERING = [
    {"title": "Nästa fråga", "payload": "/group_next"},
    {"title": "Lättare", "payload": "/group_easier"},
    {"title": "Djupare", "payload": "/group_deeper"},
    {"title": "Byt tema", "payload": "/group_other_theme"},
    {"title": "Avslutningsrunda", "payload": "/group_close"},
]
STEPS = {"group_next": 0, "group_easier": -1, "group_deeper": 1, "skip": 0, "resume": 0}
GROUP_INTENTS = {"group_theme", "group_other_theme", "group_close", "group_end"}


def theme_buttons() -> list[dict]:
    return [{"title": t.title, "payload": f'/group_theme{{"theme": "{t.key}"}}'} for t in deck().values()]


class ActionGroupStart(Action):
    def name(self) -> str:
        return "action_group_start"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_group_intro")
        dispatcher.utter_message(response="utter_group_ground_rules")
        dispatcher.utter_message(text="Välj ett tema:", buttons=theme_buttons())
        return [SlotSet("group_mode", True), SlotSet("group_theme", None),
                SlotSet("group_used", []), SlotSet("group_level", 1)]


class ActionGroupStep(Action):
    """Every facilitator command: a theme, next, easier, deeper, another theme,
    closing round, end."""

    def name(self) -> str:
        return "action_group_step"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        themes = deck()
        chosen = tracker.get_slot("theme")
        text = tracker.latest_message.get("text") or ""
        if not text.startswith("/"):  # typed, not tapped: the words decide over the classifier
            named, steering = theme_named(text), steering_in(text)
            if named or steering:
                intent, chosen = ("group_theme", named) if named else (steering, None)
        if intent == "start_group" and text.startswith("/"):  # "Gruppsamtal" tapped again: choose anew
            intent = "group_other_theme"
        if intent not in STEPS and intent not in GROUP_INTENTS:
            dispatcher.utter_message(response="utter_group_free_text")
            return [SlotSet("group_mode", True)]
        if intent == "group_end":
            dispatcher.utter_message(response="utter_group_end")
            return [SlotSet("group_mode", False), SlotSet("group_theme", None), SlotSet("theme", None)]
        if intent == "group_theme" and chosen in themes:
            record_theme_use(chosen)
            theme = themes[chosen]
            dispatcher.utter_message(text=f"Tema: {theme.title}\nÖppningsrunda: {theme.opening}",
                                     buttons=STEERING)
            return [SlotSet("group_mode", True), SlotSet("group_theme", chosen), SlotSet("theme", None),
                    SlotSet("group_used", []), SlotSet("group_level", 1)]
        theme = themes.get(tracker.get_slot("group_theme") or "")
        if theme is None or intent == "group_other_theme":
            dispatcher.utter_message(text="Välj ett tema:", buttons=theme_buttons())
            return [SlotSet("group_mode", True), SlotSet("theme", None)]
        if intent == "group_close":
            dispatcher.utter_message(
                text=f"Avslutningsrunda: {theme.closing}",
                buttons=[{"title": "Byt tema", "payload": "/group_other_theme"},
                         {"title": "Avsluta gruppen", "payload": "/group_end"}])
            return []
        used = list(tracker.get_slot("group_used") or [])
        level = int(tracker.get_slot("group_level") or 1)
        prompt = next_prompt(theme, used, level, STEPS.get(intent, 0))
        if prompt is None:
            dispatcher.utter_message(response="utter_group_theme_done", buttons=STEERING[3:])
            return []
        dispatcher.utter_message(text=prompt.text, buttons=STEERING)
        return [SlotSet("group_used", [*used, prompt.id]), SlotSet("group_level", prompt.level)]
