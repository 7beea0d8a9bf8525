"""Conversations are kept in SQL, so they survive a restart of the Rasa server."""
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
