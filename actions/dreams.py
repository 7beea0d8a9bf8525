"""Dreams, then one goal in the client's own words, then small steps with what,
who and when. Later the client marks steps done (and it is celebrated), changes
them or adds more."""
from abc import ABC, abstractmethod
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import SKIPPED, ModuleFormValidation, client_id, form_slots, message_id
from actions.menu import CALENDAR_BUTTON, utter_menu
from actions.module import ModuleFinish, ModuleStart
from bot.calendar_ics import when_of
from bot.off_loop import off_the_event_loop
from bot.storage import goals
from bot.storage.models import Goal, aware

FORM = "dreams_form"
MAX_STEPS = 3  # "one to three small, reachable steps"

LABELS = {
    "dreams_alive": "När du känt dig mest levande",
    "dreams_fun": "När du hade roligt senast",
    "dreams_dreams": "Dina drömmar",
    "dreams_meaning": "Det som skulle göra livet mer meningsfullt",
    "dreams_difference": "Det som skulle göra skillnad",
}


def step_line(step) -> str:
    parts = [f"«{step.what}»"]
    if step.who:
        parts.append(f"med hjälp av {step.who}" if step.who.lower() not in ("jag själv", "jag sjalv") else "själv")
    if step.when:
        parts.append(step.when)
    mark = "✅" if step.done_at else "⬜"
    return f"{mark} " + ", ".join(parts)


def plan_text(goal: Goal) -> str:
    lines = [f"Ditt mål: «{goal.text}»"]
    lines += [step_line(s) for s in goal.steps] or ["Inga steg än."]
    return "\n".join(lines)


def plan_buttons(goal: Goal) -> list[dict]:
    buttons = [
        {"title": f"Klart: {s.what[:40]}", "payload": f'/step_done{{"step_id": "{s.id}"}}'}
        for s in goal.steps if not s.done_at
    ]
    if len([s for s in goal.steps if not s.done_at]) < MAX_STEPS:
        buttons.append({"title": "Lägg till ett steg", "payload": "/add_step"})
    buttons.append({"title": "Skatta motivation", "payload": "/start_motivation"})
    buttons.append({"title": "Visa menyn", "payload": "/help"})
    return buttons


class ValidateDreamsForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_dreams_form"


class ActionDreamsStart(ModuleStart):
    form = FORM


class ActionDreamsFinish(ModuleFinish):
    """Reflects the dreams, then goes on to the goal question."""

    form = FORM
    labels = LABELS

    def reflect(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, values: dict[str, Any]
    ) -> list[EventType]:
        super().reflect(dispatcher, tracker, values)
        return [SlotSet("goal_text", None), SlotSet("goal_id", None), FollowupAction("goal_form")]

    def next_steps(self, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """The goal question follows."""


class ValidateGoalForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_goal_form"

    def store_answer(
        self, tracker: Tracker, domain: DomainDict, slot: str, text: Any
    ) -> list[EventType]:
        dream = tracker.get_slot("dreams_dreams")
        goal_id = goals.create_goal(client_id(tracker), text, dream if dream != SKIPPED else None, message_id(tracker))
        return [SlotSet("goal_id", goal_id)]

    def store_skip(self, tracker: Tracker, domain: DomainDict, slot: str) -> None:
        """No goal is fine."""


def start_step_form(domain: DomainDict) -> list[EventType]:
    return [SlotSet(s, None) for s in form_slots(domain, "step_form")] + [
        SlotSet("step_id", None), FollowupAction("step_form")]


class GoalAction(Action, ABC):
    """An action about the client's current goal; says so kindly when there is none."""

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        who = client_id(tracker)
        goal = goals.own_goal(who, tracker.get_slot("goal_id"))
        if goal is None:
            dispatcher.utter_message(response="utter_no_goal_yet")
            return []
        return await self.with_goal(dispatcher, tracker, domain, who, goal)

    @abstractmethod
    async def with_goal(self, dispatcher, tracker, domain, who: str, goal: Goal) -> list[EventType]:
        """What the action does with the goal."""


class ActionGoalFinish(Action):
    def name(self) -> str:
        return "action_goal_finish"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = tracker.get_slot("goal_text")
        if text is None:
            dispatcher.utter_message(response="utter_form_paused")
            return [SlotSet("paused_form", "goal_form")]
        if text == SKIPPED:
            dispatcher.utter_message(response="utter_goal_skipped")
            utter_menu(dispatcher)
            return []
        dispatcher.utter_message(text=f"Ditt mål: «{text}». Nu delar vi upp det i små steg.")
        return start_step_form(domain)


class ValidateStepForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_step_form"

    def store_answer(
        self, tracker: Tracker, domain: DomainDict, slot: str, text: Any
    ) -> list[EventType]:
        who = client_id(tracker)
        goal = goals.own_goal(who, tracker.get_slot("goal_id"))
        if goal is None:
            return []
        step_id = tracker.get_slot("step_id")
        step_id = int(step_id) if str(step_id or "").isdigit() else None
        new_id = goals.save_step_field(who, goal.id, step_id, slot.removeprefix("step_"), text, message_id(tracker))
        return [SlotSet("step_id", new_id), SlotSet("goal_id", goal.id)]

    def store_skip(self, tracker: Tracker, domain: DomainDict, slot: str) -> None:
        """Who and when are optional; a step without "what" is no step."""


class ActionStepFinish(GoalAction):
    def name(self) -> str:
        return "action_step_finish"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if any(tracker.get_slot(s) is None for s in form_slots(domain, "step_form")):
            dispatcher.utter_message(response="utter_form_paused")
            return [SlotSet("paused_form", "step_form")]
        return await super().run(dispatcher, tracker, domain)

    async def with_goal(self, dispatcher, tracker, domain, who, goal) -> list[EventType]:
        dispatcher.utter_message(text=plan_text(goal), buttons=plan_buttons(goal))
        step = next((s for s in goal.steps if str(s.id) == str(tracker.get_slot("step_id"))), None)
        if step is not None and when_of(step.when, aware(step.created_at) or datetime.now(timezone.utc)):
            dispatcher.utter_message(text=f"Vill du ha «{step.what}» i telefonens kalender, så att den påminner dig?",
                                     buttons=[CALENDAR_BUTTON, {"title": "Nej tack", "payload": "/help"}])
        return [SlotSet("step_id", None)]


class ActionGoalProgress(GoalAction):
    """"Hur går det med mitt mål?": the plan, with a button to mark each step done."""

    def name(self) -> str:
        return "action_goal_progress"

    async def with_goal(self, dispatcher, tracker, domain, who, goal) -> list[EventType]:
        dispatcher.utter_message(text=plan_text(goal), buttons=plan_buttons(goal))
        return [SlotSet("goal_id", goal.id)]


class ActionStepDone(GoalAction):
    """Marks a step done and celebrates it (seed 001, item 71: fira framgångar)."""

    def name(self) -> str:
        return "action_step_done"

    async def with_goal(self, dispatcher, tracker, domain, who, goal) -> list[EventType]:
        step_id = str(tracker.get_slot("step_id") or "")
        if not step_id.isdigit() and len([s for s in goal.steps if not s.done_at]) == 1:
            step_id = str(next(s.id for s in goal.steps if not s.done_at))  # the only open one
        what = goals.mark_done(who, int(step_id)) if step_id.isdigit() else None
        if what is None:
            dispatcher.utter_message(text="Vilket steg har du gjort?", buttons=plan_buttons(goal))
            return [SlotSet("step_id", None)]
        goal = goals.own_goal(who, goal.id)
        open_steps = [s for s in goal.steps if not s.done_at]
        cheer = f"Vad bra! 🎉 Du har gjort «{what}». Det är ett steg närmare ditt mål."
        if not open_steps:
            cheer += " Alla dina steg är klara – det kan du vara stolt över!"
        dispatcher.utter_message(text=cheer)
        dispatcher.utter_message(text=plan_text(goal), buttons=plan_buttons(goal))
        return [SlotSet("step_id", None), SlotSet("goal_id", goal.id)]


class ActionAddStep(GoalAction):
    def name(self) -> str:
        return "action_add_step"

    async def with_goal(self, dispatcher, tracker, domain, who, goal) -> list[EventType]:
        return [SlotSet("goal_id", goal.id), *start_step_form(domain)]
