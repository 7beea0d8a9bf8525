"""The client's side of the ombud link: linking with a code, unlinking, choosing
per module what the ombud sees, and seeing when the ombud looked."""
import re

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import client_id
from bot import modules
from bot.off_loop import off_the_event_loop
from bot.storage import ombuds

CODE = re.compile(r"\b([A-Za-z0-9]{3})-?([A-Za-z0-9]{3})\b")
# What the ombud sees of each module, said plainly before the client chooses.
WHAT_OMBUD_SEES = {key: module.ombud_sees for key, module in modules.SHAREABLE.items()}


def find_code(text: str) -> str | None:
    """The linking code in a message: "ABC-123" as written, else six letters and
    digits with at least one digit (so an ordinary word is not taken for a code)."""
    matches = list(CODE.finditer(text))
    best = [m for m in matches if "-" in m.group(0)] or [
        m for m in matches if any(c.isdigit() for c in m.group(0))]
    return "".join(best[-1].groups()) if best else None


def share_buttons(who: str) -> tuple[str, list[dict]]:
    shared = set(ombuds.shared_modules(who))
    lines, buttons = [], []
    for module, title in ombuds.MODULES.items():
        on = module in shared
        lines.append(f"{'✅ Delas' if on else '⬜ Delas inte'}: {title} – {WHAT_OMBUD_SEES[module]}")
        verb = "Sluta dela" if on else "Dela"
        buttons.append({"title": f"{verb}: {title}",
                        "payload": f'/share_module{{"module": "{module}", "share": "{"off" if on else "on"}"}}'})
    buttons.append({"title": "Klar", "payload": "/help"})
    return "\n".join(lines), buttons


class ActionLinkOmbud(Action):
    def name(self) -> str:
        return "action_link_ombud"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        code = find_code(tracker.latest_message.get("text") or "")
        ombud = ombuds.link_client(client_id(tracker), code) if code else None
        if ombud is None:
            dispatcher.utter_message(response="utter_link_code_wrong" if code else "utter_link_how")
            return []
        dispatcher.utter_message(response="utter_linked", ombud=ombud)
        text, buttons = share_buttons(client_id(tracker))
        dispatcher.utter_message(text=text, buttons=buttons)
        return []


class ActionAskUnlink(Action):
    """Asks before unlinking; says so at once when there is nothing to unlink."""

    def name(self) -> str:
        return "action_ask_unlink"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        ombud = ombuds.ombud_of(client_id(tracker))
        if ombud is None:
            dispatcher.utter_message(response="utter_not_linked")
        else:
            dispatcher.utter_message(response="utter_unlink_confirm", ombud=ombud)
        return []


class ActionUnlinkOmbud(Action):
    def name(self) -> str:
        return "action_unlink_ombud"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        unlinked = ombuds.unlink(client_id(tracker))
        dispatcher.utter_message(response="utter_unlinked" if unlinked else "utter_not_linked")
        return []


class ActionShareWithOmbud(Action):
    """Shows, per module, whether it is shared and exactly what the ombud sees; a
    button press (share_module) turns one module on or off at once."""

    def name(self) -> str:
        return "action_share_with_ombud"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        who = client_id(tracker)
        ombud = ombuds.ombud_of(who)
        if ombud is None:
            dispatcher.utter_message(response="utter_not_linked")
            return [SlotSet("module", None), SlotSet("share", None)]
        module, share = tracker.get_slot("module"), tracker.get_slot("share")
        if module in ombuds.MODULES and share in ("on", "off"):
            ombuds.set_shared(who, module, share == "on")
            title = ombuds.MODULES[module]
            dispatcher.utter_message(
                text=f"Nu ser {ombud} {WHAT_OMBUD_SEES[module]}." if share == "on"
                else f"{ombud} ser inte längre: {title}.")
        else:
            dispatcher.utter_message(response="utter_share_intro", ombud=ombud)
        text, buttons = share_buttons(who)
        dispatcher.utter_message(text=text, buttons=buttons)
        return [SlotSet("module", None), SlotSet("share", None)]


class ActionWhoViewed(Action):
    def name(self) -> str:
        return "action_who_viewed"

    @off_the_event_loop
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        entries = ombuds.views_of(client_id(tracker))  # newest first
        if not entries:
            dispatcher.utter_message(response="utter_nobody_viewed")
            return []
        dispatcher.utter_message(text="\n".join(who_viewed_lines(entries)))
        return []


def who_viewed_lines(entries: list) -> list[str]:
    """One line per ombud (the days they opened what the client shares, newest
    first), and one per transfer between ombud, newest first."""
    days_by_ombud: dict[str, list[str]] = {}
    lines = []
    for entry in entries:
        day = entry.at.strftime("%-d/%-m %Y")
        if entry.kind == "view":
            days = days_by_ombud.setdefault(entry.ombud, [])
            if day not in days:
                days.append(day)
        else:
            lines.append(f"{day}: du {entry.what}.")
    views = [f"{ombud} har öppnat det du delar de här dagarna: {', '.join(days[:10])}."
             for ombud, days in days_by_ombud.items()]
    return views + lines
