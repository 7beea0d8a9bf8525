"""Conversations are kept in SQL, so they survive a restart of the Rasa server."""
import time
import uuid

from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from bot.config import PROJECT_DIR
from bot.storage.conversations import erase_conversation
from bot.tracker_store import MedvindTrackerStore


def load_store() -> TrackerStore:
    """The tracker store exactly as the Rasa server builds it from endpoints.yml."""
    config = read_endpoint_config(str(PROJECT_DIR / "endpoints.yml"), "tracker_store")
    return TrackerStore.create(config, Domain.load(str(PROJECT_DIR / "domain")))


async def test_endpoints_yml_gives_the_sql_tracker_store_and_it_survives_a_restart():
    store = load_store()
    assert isinstance(store, MedvindTrackerStore)
    tracker = DialogueStateTracker.from_events(
        "restart-test",
        [UserUttered("hej", {"name": "greet"}), SlotSet("paused_form", "strengths_form")],
        slots=Domain.load(str(PROJECT_DIR / "domain")).slots,
    )
    await store.save(tracker)

    restarted = load_store()  # a new process would build a new store from the same file
    again = await restarted.retrieve("restart-test")
    assert again is not None and again.get_slot("paused_form") == "strengths_form"


async def test_erasing_a_conversation_removes_its_events():
    store = load_store()
    await store.save(DialogueStateTracker.from_events("erase-me", [UserUttered("hej")]))
    assert erase_conversation("erase-me") > 0
    assert await load_store().retrieve("erase-me") is None


async def test_a_conversation_erased_while_kept_in_memory_is_not_brought_back():
    store = load_store()
    await store.save(DialogueStateTracker.from_events("erase-cached", [UserUttered("hej")]))
    assert await store.retrieve("erase-cached") is not None  # now served from memory
    erase_conversation("erase-cached")  # what the web app does on "radera allt"
    assert await store.retrieve("erase-cached") is None
    await store.save(DialogueStateTracker.from_events("erase-cached", [UserUttered("ny start")]))
    again = await load_store().retrieve("erase-cached")
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["ny start"]


async def test_a_conversation_that_moves_to_the_other_rasa_server_and_back_keeps_every_turn():
    first, second = load_store(), load_store()  # two Rasa servers, one database
    await first.save(DialogueStateTracker.from_events("moving", [UserUttered("hej")]))
    assert await first.retrieve("moving") is not None  # now kept in the first one's memory
    tracker = await second.retrieve("moving")
    tracker.update(UserUttered("min familj"))
    await second.save(tracker)
    back = await first.retrieve("moving")
    assert [e.text for e in back.events if isinstance(e, UserUttered)] == ["hej", "min familj"]


async def test_an_erased_conversation_refilled_on_the_other_server_is_not_brought_back():
    first, second = load_store(), load_store()  # two Rasa servers, one database
    await first.save(DialogueStateTracker.from_events("erased-moved", [UserUttered("mitt gamla svar")]))
    assert await first.retrieve("erased-moved") is not None  # kept in the first one's memory
    erase_conversation("erased-moved")  # "radera allt"
    await second.save(DialogueStateTracker.from_events("erased-moved", [UserUttered("hej igen")]))
    again = await first.retrieve("erased-moved")  # as many events as it remembers, but not the same
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["hej igen"]


async def test_events_of_a_turn_that_was_never_saved_are_not_served_from_memory():
    store = load_store()
    await store.save(DialogueStateTracker.from_events("unsaved-turn", [UserUttered("hej")]))
    tracker = await store.retrieve("unsaved-turn")
    tracker.update(UserUttered("en rad som aldrig sparades"))  # the turn failed before save
    again = await store.retrieve("unsaved-turn")
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["hej"]


async def test_group_members_words_are_not_kept_in_memory_either():
    store = load_store()
    tracker = DialogueStateTracker.from_events(
        "group-memory", [SlotSet("group_mode", True), UserUttered("något personligt")],
        slots=Domain.load(str(PROJECT_DIR / "domain")).slots,
    )
    await store.save(tracker)
    again = await store.retrieve("group-memory")
    assert "något personligt" not in [e.text for e in again.events if isinstance(e, UserUttered)]


async def test_a_group_session_that_has_ended_is_not_kept_in_memory():
    store = load_store()
    tracker = DialogueStateTracker.from_events(
        "group-ended", [SlotSet("group_mode", True), UserUttered("vi är klara, det var tungt idag"),
                        SlotSet("group_mode", False)],
        slots=Domain.load(str(PROJECT_DIR / "domain")).slots,
    )
    await store.save(tracker)
    again = await store.retrieve("group-ended")
    assert "vi är klara, det var tungt idag" not in [e.text for e in again.events if isinstance(e, UserUttered)]


async def test_an_idle_conversation_leaves_memory(monkeypatch):
    store = load_store()
    await store.save(DialogueStateTracker.from_events("idle-client", [UserUttered("hej")]))
    assert "idle-client" in store._saved
    later = time.monotonic() + store.CACHED_SECONDS + 1
    monkeypatch.setattr(time, "monotonic", lambda: later)
    await store.retrieve("someone-else")
    assert "idle-client" not in store._saved


async def test_a_new_session_is_stored_once_and_only_it_comes_back_like_rasas_own_store():
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import ActionExecuted, SessionStarted

    sender = f"two-sessions-{uuid.uuid4()}"
    store = load_store()
    first = [ActionExecuted("action_session_start", timestamp=0.5), SessionStarted(timestamp=1), UserUttered("hej", timestamp=2)]
    tracker = DialogueStateTracker.from_events(sender, first)
    await store.save(tracker)
    await store.save(tracker)  # nothing new: nothing is written twice
    for event in [ActionExecuted("action_session_start", timestamp=10), SessionStarted(timestamp=11),
                  UserUttered("en ny dag", timestamp=12)]:
        tracker.update(event)
    await store.save(tracker)

    again = await load_store().retrieve(sender)
    assert [e.text for e in again.events if isinstance(e, UserUttered)] == ["en ny dag"]
    full = await load_store().retrieve_full_tracker(sender)
    assert [e.text for e in full.events if isinstance(e, UserUttered)] == ["hej", "en ny dag"]
    with store.session_scope() as session:  # Rasa's own count of the newest session
        rasa_count = SQLTrackerStore._event_query(store, session, sender, False).count()
    assert store._stored_count(sender) == rasa_count == 2
    assert store._newest_event(sender)[1] == 12
