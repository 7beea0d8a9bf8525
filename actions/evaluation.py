"""Looking back before an evaluation with the ombud (seed 003's questions)."""
from actions.common import ModuleFormValidation
from actions.module import ModuleFinish, ModuleStart

FORM = "evaluation_form"

LABELS = {
    "evaluation_start": "Det du ville från början",
    "evaluation_happened": "Det som har hänt",
    "evaluation_why": "Det som gjorde skillnad",
    "evaluation_learned": "Det du har lärt dig",
    "evaluation_next_time": "Så vill du göra nästa gång",
}


class ValidateEvaluationForm(ModuleFormValidation):
    def name(self) -> str:
        return "validate_evaluation_form"


class ActionEvaluationStart(ModuleStart):
    form = FORM


class ActionEvaluationFinish(ModuleFinish):
    form = FORM
    labels = LABELS
