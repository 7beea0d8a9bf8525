"""The client's plan for hard times (WRAP-style), in their own words."""
from actions.common import ModuleFormValidation
from actions.module import ModuleFinish, ModuleStart

FORM = "wrap_form"

LABELS = {
    "wrap_wellness": "Det som hjälper dig att må bra",
    "wrap_matters": "Det som är viktigast för dig",
    "wrap_triggers": "Det som brukar göra att du mår sämre",
    "wrap_early_signs": "Dina tidiga tecken",
    "wrap_early_actions": "Det du gör när du märker dem",
    "wrap_distractions": "Människor och platser som hjälper dig att tänka på annat",
    "wrap_worse_signs": "Tecken på att det blir mycket värre",
    "wrap_contacts": "Dina kontakter",
    "wrap_safer": "Det som gör det tryggare omkring dig",
    "wrap_crisis_helps": "Det som hjälper dig i en kris",
    "wrap_crisis_not_helps": "Det som inte hjälper",
    "wrap_after": "Det du behöver efter en kris",
}


class ValidateWrapForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_wrap_form"


class ActionWrapStart(ModuleStart):
    form = FORM


class ActionWrapFinish(ModuleFinish):
    form = FORM
    labels = LABELS
    after_reflection = ("utter_wrap_crisis_note",)
