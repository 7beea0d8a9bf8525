"""The domain itself keeps a crisis message from becoming a stored answer: every
slot a form asks for may be filled from text only when the message is not a
crisis, so the crisis rules take over whatever form is active."""
import pytest
from rasa.shared.core.domain import Domain

from bot.config import PROJECT_DIR

DOMAIN = Domain.load(str(PROJECT_DIR / "domain"))
FORM_SLOTS = sorted({slot for form in DOMAIN.forms.values() for slot in form["required_slots"]})


def test_the_domain_has_forms_to_check():
    assert len(FORM_SLOTS) > 30


@pytest.mark.parametrize("slot", FORM_SLOTS)
def test_no_form_slot_can_be_filled_by_a_crisis_message(slot):
    mappings = next(s for s in DOMAIN.slots if s.name == slot).mappings
    assert mappings, f"{slot} has no mappings"
    for mapping in mappings:
        if mapping["type"] in ("from_text", "from_intent", "from_entity"):
            assert "crisis" in mapping.get("not_intent", []), f"{slot}: {mapping}"
