"""Rasa's SQL tracker store, configured from DATABASE_URL like the rest of Medvind.
In group mode it stores no free text: what group members type is replaced
before it reaches the database (only button commands and intents are kept).

Reading a conversation back means loading and replaying every event of the
session, a fifth of the Rasa server's time under load (bench/README.md). So
the trackers this process saved last are kept in memory and reused while the
database still holds exactly the events they were saved with: one query for
the number of the session's events and the latest timestamp among them,
instead of the full read. A conversation changed by the other Rasa server, or
erased by the web app (even if as many new events have been stored since), no
longer matches and is read from the database again.
"""
import json
import time
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from bot import config, crypto
from bot.storage.db import make_engine


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
            # A pooled WAL engine made like Medvind's own (bot/storage/db.py), instead
            # of a new connection, in rollback-journal mode, for every query.
            self.engine = make_engine(str(self.engine.url))
            self.sessionmaker = sessionmaker(bind=self.engine)
        # sender_id -> (tracker as saved, (number of its events in the database,
        # their latest timestamp), when it was last used), least recently used first
        self._saved: OrderedDict[str, tuple[DialogueStateTracker, tuple[int, float], float]] = OrderedDict()

    CACHED_TRACKERS = 100
    # A conversation erased from the database ("radera allt") is gone from memory
    # too within this time, even if the client never writes again.
    CACHED_SECONDS = 15 * 60

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        self._forget_idle()
        cached = self._saved.pop(sender_id, None)
        if cached is not None:
            tracker, stored, _ = cached
            # Unchanged since it was saved, and the database agrees.
            if len(tracker.events) == stored[0] and self._stored_state(sender_id) == stored:
                self._saved[sender_id] = (tracker, stored, time.monotonic())
                return tracker
        return await super().retrieve(sender_id)

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
        """Rasa's SQLTrackerStore._retrieve, with each stored event decrypted."""
        with self.session_scope() as session:
            rows = self._event_query(session, sender_id,
                                     fetch_events_from_all_sessions=fetch_events_from_all_sessions).all()
            events = [json.loads(crypto.decrypt(row.data, crypto.EVENTS)) for row in rows]
        if self.domain and events:
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        return None

    def _remember(self, tracker: DialogueStateTracker) -> None:
        self._saved.pop(tracker.sender_id, None)
        if any(isinstance(e, SlotSet) and e.key == "group_mode" and e.value for e in tracker.events):
            return  # a group member's words are not kept, not even in memory
        stored = (len(tracker.events), max((e.timestamp for e in tracker.events), default=None))
        self._saved[tracker.sender_id] = (tracker, stored, time.monotonic())
        while len(self._saved) > self.CACHED_TRACKERS:
            self._saved.popitem(last=False)
        self._forget_idle()

    def _forget_idle(self) -> None:
        oldest_kept = time.monotonic() - self.CACHED_SECONDS
        while self._saved and next(iter(self._saved.values()))[2] < oldest_kept:
            self._saved.popitem(last=False)

    # Rasa's ORM session, query building and unit of work cost more than the
    # queries themselves on every turn (a fifth of the Rasa server's CPU under
    # load): the two statements of each turn go through SQLAlchemy Core instead.
    # The events of Rasa's _event_query(fetch_events_from_all_sessions=False).
    SESSION_EVENTS_STATE = sa.text(
        "SELECT COUNT(*), MAX(timestamp) FROM events WHERE sender_id = :sender_id AND ("
        " timestamp >= (SELECT MAX(timestamp) FROM events"
        "  WHERE sender_id = :sender_id AND type_name = :session_started)"
        " OR (SELECT MAX(timestamp) FROM events"
        "  WHERE sender_id = :sender_id AND type_name = :session_started) IS NULL)"
    )

    def _stored_state(self, sender_id: str) -> tuple[int, float | None]:
        """How many events the conversation's session has in the database, and the latest timestamp."""
        with self.engine.connect() as connection:
            count, latest = connection.execute(
                self.SESSION_EVENTS_STATE,
                {"sender_id": sender_id, "session_started": SessionStarted.type_name},
            ).one()
        return count, latest

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's SQLTrackerStore.save, with one multi-row INSERT."""
        await self.stream_events(tracker)
        rows = [self._row(tracker.sender_id, event) for event in self._unsaved_events(tracker)]
        if rows:
            with self.engine.begin() as connection:
                connection.execute(sa.insert(self.SQLEvent.__table__), rows)
        self._remember(tracker)

    @staticmethod
    def _row(sender_id: str, event) -> dict:
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": crypto.encrypt(json.dumps(data), crypto.EVENTS),  # the client's words, at rest
        }

    def _unsaved_events(self, tracker: DialogueStateTracker) -> Iterator:
        cached = self._saved.get(tracker.sender_id)
        if cached is not None and cached[0] is tracker:  # checked against the database on retrieve
            start = cached[1][0]
        else:
            start = min(self._stored_state(tracker.sender_id)[0], len(tracker.events))
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
        # the chat page's id stays, so a retried group message is still answered once (bot/channel.py)
        metadata={k: v for k, v in (event.metadata or {}).items() if k == "message_id"},
    )
