"""After a hard period: looking back on it (seed 001, item 96), five questions in
the client's own words, stored like every module and shareable with the ombud."""
from actions.common import ModuleFormValidation
from actions.module import ModuleFinish, ModuleStart

FORM = "reflection_form"

LABELS = {
    "reflection_start": "Så började det",
    "reflection_good_bad": "Det som var bra, dåligt och det som hjälpte",
    "reflection_learned": "Det du har lärt dig",
    "reflection_plans": "Dina planer och mål nu",
    "reflection_support": "Det stöd du vill ha framöver",
}


class ValidateReflectionForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_reflection_form"


class ActionReflectionStart(ModuleStart):
    form = FORM


class ActionReflectionFinish(ModuleFinish):
    form = FORM
    labels = LABELS
    after_reflection = ("utter_reflection_plan_note",)
