"""Rasa's SQL tracker store, configured from DATABASE_URL like the rest of Medvind.
In group mode it stores no free text: what group members type is replaced
before it reaches the database (only button commands and intents are kept).

Reading a conversation back means loading and replaying every event of the
session, a fifth of the Rasa server's time under load (bench/README.md). So
the trackers this process saved last are kept in memory and reused while the
database still holds exactly the events they were saved with: one indexed
query for the conversation's newest stored event, instead of the full read.
A conversation changed by the other Rasa server, or erased by the web app
(even if as many new events have been stored since), no longer matches and is read from the database again.
"""
import itertools
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
from bot.storage import conversations
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
        # sender_id -> (tracker as saved, how many of its events are saved, the newest
        # stored event's (id, timestamp), when it was last used), least recently used first
        self._saved: OrderedDict[str, tuple[DialogueStateTracker, int, tuple, float]] = OrderedDict()

    CACHED_TRACKERS = 100
    # A conversation erased from the database ("radera allt") is gone from memory
    # too within this time, even if the client never writes again.
    CACHED_SECONDS = 15 * 60

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        self._forget_idle()
        cached = self._saved.pop(sender_id, None)
        if cached is not None:
            tracker, saved, newest, _ = cached
            # Unchanged since it was saved, and the database agrees.
            if len(tracker.events) == saved and self._newest_event(sender_id) == newest:
                self._saved[sender_id] = (tracker, saved, newest, time.monotonic())
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

    def _remember(self, tracker: DialogueStateTracker, newest: tuple) -> None:
        before = self._saved.pop(tracker.sender_id, None)
        # kept only if never in group mode: then only the events since need looking at
        seen = before[1] if before is not None and before[0] is tracker else 0
        if any(map(_turns_group_mode_on, itertools.islice(tracker.events, seen, None))):
            return  # a group member's words are not kept, not even in memory
        self._saved[tracker.sender_id] = (tracker, len(tracker.events), newest, time.monotonic())
        while len(self._saved) > self.CACHED_TRACKERS:
            self._saved.popitem(last=False)
        self._forget_idle()

    def _forget_idle(self) -> None:
        oldest_kept = time.monotonic() - self.CACHED_SECONDS
        while self._saved and next(iter(self._saved.values()))[3] < oldest_kept:
            self._saved.popitem(last=False)

    # Rasa's ORM session, query building and unit of work cost more than the
    # queries themselves on every turn (a fifth of the Rasa server's CPU under
    # load): the two statements of each turn go through SQLAlchemy Core instead.
    def _newest_event(self, sender_id: str, connection=None) -> tuple:
        """The id and timestamp of the conversation's newest event in the database. An event
        stored by another Rasa server, or an erasure, changes it: SQLite may give an erased
        id again, but never with the same timestamp."""
        if connection is None:
            with self.engine.connect() as connection:
                return self._newest_event(sender_id, connection)
        row = connection.execute(conversations.NEWEST_EVENT, {"sender_id": sender_id}).first()
        return (row[0], row[1]) if row else (None, None)

    def _stored_count(self, sender_id: str) -> int:
        with self.engine.connect() as connection:
            return connection.execute(
                conversations.SESSION_EVENTS, {"sender_id": sender_id, "session_started": SessionStarted.type_name}).scalar_one()

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's SQLTrackerStore.save, with one multi-row INSERT."""
        await self.stream_events(tracker)
        rows = [self._row(tracker.sender_id, event) for event in self._unsaved_events(tracker)]
        with self.engine.begin() as connection:
            if rows:
                connection.execute(sa.insert(self.SQLEvent.__table__), rows)
            # in the same transaction: what this save left, not what another wrote since
            newest = self._newest_event(tracker.sender_id, connection)
        self._remember(tracker, newest)

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
            start, first = cached[1], cached[1]  # a kept tracker was never in group mode
        else:
            start, first = min(self._stored_count(tracker.sender_id), len(tracker.events)), 0
        group_mode = False
        for index, event in enumerate(itertools.islice(tracker.events, first, None), start=first):
            if index >= start:
                yield redact(event) if group_mode else event
            if isinstance(event, SlotSet) and event.key == "group_mode":
                group_mode = bool(event.value)


def _turns_group_mode_on(event) -> bool:
    return isinstance(event, SlotSet) and event.key == "group_mode" and bool(event.value)


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
