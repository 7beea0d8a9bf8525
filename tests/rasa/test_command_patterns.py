"""Commands whose meaning is certain from their form are decided before the
classifier guesses; everyday phrases that only look alike are left to it."""
import pytest
from rasa.shared.nlu.constants import INTENT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.command_patterns import CommandPatterns


def intent_of(text: str) -> str | None:
    message = Message(data={"text": text, INTENT: {"name": "inform", "confidence": 0.6}})
    CommandPatterns().apply(message)
    return message.get(INTENT)["name"] if message.get(INTENT)["confidence"] == 1.0 else None


@pytest.mark.parametrize("text", ["koppla ABC-123", "koppla k7m 4qp", "koden är HJK782", "P3R-X8Q", " h4k-22m "])
def test_a_link_code(text):
    assert intent_of(text) == "link_ombud"


@pytest.mark.parametrize("text", [
    "koppla bort mitt ombud", "jag vill koppla ifrån mig från ombudet", "koppla loss mig från po",
    "ta bort kopplingen till ombudet", "bryt länken till mitt ombud",
    "jag vill inte vara kopplad till ombudet längre", "ombudet ska inte kopplas till mig mer",
])
def test_undoing_the_link_with_the_ombud_named(text):
    assert intent_of(text) == "unlink_ombud"


@pytest.mark.parametrize("text", [
    "jag vill koppla av", "jag kan inte koppla av längre", "jag försöker koppla bort tankarna",
    "koppla mig till mitt ombud", "jag är inte kopplad till nåt ombud", "jag orkar inte med länkar mer",
    "jag vill koppla ifrån", "koppla loss", "jag vill koppla bort mig", "ta bort länken",
    "jag känner mig inte kopplad till någon längre", "jag är inte kopplad till verkligheten längre",
    "känner mig inte kopplad till mina barn längre", "min telefon är inte kopplad längre",
    "hej-hej", "bla-bla", "ööh-nej",
])
def test_look_alikes_are_left_to_the_classifier(text):
    assert intent_of(text) is None
