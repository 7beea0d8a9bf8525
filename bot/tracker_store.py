"""Rasa's SQL tracker store, configured from DATABASE_URL like the rest of Medvind.
In group mode it stores no free text: what group members type is replaced
before it reaches the database (only button commands and intents are kept)."""
from collections.abc import Iterator
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from bot import config


class MedvindTrackerStore(SQLTrackerStore):
    def __init__(
        self,
        domain: Domain | None = None,
        event_broker: EventBroker | None = None,
        **_: Any,
    ) -> None:
        url = make_url(config.tracker_database_url())
        super().__init__(
            domain=domain,
            dialect=url.drivername,
            host=url.host,
            port=url.port,
            db=url.database,
            username=url.username,
            password=url.password,
            event_broker=event_broker,
        )
        if url.drivername.startswith("sqlite"):
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA journal_mode=WAL")

    def _additional_events(self, session, tracker: DialogueStateTracker) -> Iterator:
        start = len(tracker.events) - len(list(super()._additional_events(session, tracker)))
        group_mode = False
        for index, event in enumerate(tracker.events):
            if index >= start:
                yield redact(event) if group_mode else event
            if isinstance(event, SlotSet) and event.key == "group_mode":
                group_mode = bool(event.value)


REDACTED = "[gruppläge: texten sparas inte]"


def redact(event):
    """A group member's free text is not kept; a button command ("/group_next") is."""
    if not isinstance(event, UserUttered) or (event.text or "").startswith("/"):
        return event
    return UserUttered(
        text=REDACTED,
        intent=event.intent,
        parse_data={"text": REDACTED, "intent": event.intent, "entities": []},
        timestamp=event.timestamp,
        input_channel=event.input_channel,
        message_id=event.message_id,
    )
