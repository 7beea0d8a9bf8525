"""The strengths conversation (seed 001, Avsnitt 4): seven questions, one at a
time, each answer stored as it is given, reflected back at the end."""
from actions.common import ModuleFormValidation
from actions.module import ModuleFinish, ModuleStart

FORM = "strengths_form"

# Short labels for reflecting the answers back.
LABELS = {
    "strengths_drive": "Det som driver dig framåt",
    "strengths_coping": "Så har du tagit dig igenom svåra saker",
    "strengths_described": "Så skulle någon som tycker om dig beskriva dig",
    "strengths_support_me": "De som stödjer dig",
    "strengths_support_others": "De du stödjer",
    "strengths_special": "Det som gör dig speciell",
    "strengths_proud": "Det du är stolt över",
}


class ValidateStrengthsForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_strengths_form"


class ActionStrengthsStart(ModuleStart):
    form = FORM


class ActionStrengthsFinish(ModuleFinish):
    form = FORM
    labels = LABELS
    after_reflection = ("utter_strengths_owned",)
