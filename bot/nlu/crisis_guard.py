"""A Rasa NLU component that owns the crisis decision. It runs last in the
pipeline, after FallbackClassifier, so a crisis is never lost to a
low-confidence fallback, and whatever the intent classifier guessed about
crisis is replaced by its own decision:

- `crisis` (the crisis reply at once, wherever the conversation is): the
  deterministic patterns find a crisis that counts (bot/safety/crisis.py), or
  the crisis model is sure (probability at least `crisis_threshold`) and the
  patterns have not explained the crisis words away (then only a check);
- `crisis_unclear` (a gentle check question): the patterns find only
  exhaustion or a habit, or the model is worried (at least `check_threshold`).
  The patterns read the message with the form question it answers, when the
  channel puts it in the message's metadata ("question": the requested slot).
  Inside a form this reaches the form's validation, which keeps it as the
  answer unless the patterns, read with the question asked, are unsure.
  `crisis_likely` in the parse data says the model is worried and the patterns
  did not explain it away: outside a form the crisis reply comes at once
  (actions/crisis.py), since no question asked could explain the message;
- otherwise the classifier's best intent other than a crisis one.

The crisis model (bot/safety/model.py) is trained here, during `rasa train`,
on the examples in `data/safety/` and on the NLU data's intents (crisis
against everything else). Its thresholds were chosen by cross-validation of
that training data (`python -m bot safety-cv`, bench/results/safety_cv.md).
"""
import hashlib
import logging
from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.config import PROJECT_DIR
from bot.nlu.rule_layer import set_intent
from bot.safety import training_data as safety_data
from bot.safety.crisis import Verdict, assess
from bot.safety.decision import CHECK, combine, likely
from bot.safety.model import CrisisModel, train

logger = logging.getLogger(__name__)

CRISIS = "crisis"
CRISIS_UNCLEAR = "crisis_unclear"
CRISIS_INTENTS = {CRISIS, CRISIS_UNCLEAR}
MODEL_FILE = "crisis_model.npz"
CRISIS_LIKELY = "crisis_likely"  # keys in the parse data, read by actions/crisis.py
CHECK_IN_FORM = "crisis_check_in_form"  # and actions/common.py
METADATA = "metadata"
QUESTION = "question"  # in the user message's metadata: the slot the active form asked for


def decide(text: str, model: CrisisModel | None, config: dict[str, Any],
           question: str | None = None) -> tuple[str | None, float, bool, bool]:
    """CRISIS, CRISIS_UNCLEAR or None (not a crisis), the model's probability,
    whether an unclear message is likely a crisis (see `likely`), and whether
    it is likely enough to ask inside a form: at least `form_check_threshold`
    and not explained away, or so likely (`crisis_threshold`) that even words
    the patterns explained away are worth one question."""
    probability = model.probability(text) if model is not None and text.strip() else 0.0
    assessment = assess(text)
    if question and assessment.verdict == Verdict.CRISIS:
        # a crisis told as the story the question asks for: the past, where the question looks
        # back on hard times, or a warning sign, where it asks for signs. Exhaustion and worry
        # read with the question are the form's to weigh (actions/common.py: crisis_step).
        read = assess(text, question=question)
        if read.verdict != Verdict.CRISIS:
            assessment = read
    verdict = assessment.verdict
    decision = combine(verdict, probability, config["crisis_threshold"], config["check_threshold"], assessment.ask_only)
    if question and decision == CRISIS and verdict == Verdict.NONE:
        # inside a form, what only the model finds alarming goes to the form, which sends the crisis
        # reply first with the answer kept, unless it reads as the plan the question asks for
        return CHECK, probability, True, True
    unclear = decision == CHECK
    # laughed at, or thoughts told as what usually happens: asked about, never the reply at once
    unclear_only = unclear and not assessment.ask_only
    return (decision, probability, unclear_only and likely(verdict, probability, config["check_threshold"]),
            unclear and (likely(verdict, probability, config["form_check_threshold"])
                         or probability >= config["crisis_threshold"]))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class CrisisGuard(GraphComponent):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"data": "data/safety", "C": 10.0, "crisis_threshold": 0.9, "check_threshold": 0.5,
                "form_check_threshold": 0.6}

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model: CrisisModel | None = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "CrisisGuard":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        nlu = [(e.get(TEXT), e.get(INTENT)) for e in training_data.intent_examples if e.get(TEXT)]
        texts, labels = safety_data.examples(_data_dir(self.config), nlu)
        self.model = train(texts, labels, self.config["C"])
        with self._model_storage.write_to(self._resource) as model_dir:
            self.model.save(model_dir / MODEL_FILE)
        return self._resource

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "CrisisGuard":
        model = None
        try:
            with model_storage.read_from(resource) as model_dir:
                if (model_dir / MODEL_FILE).exists():
                    model = CrisisModel.load(model_dir / MODEL_FILE)
        except ValueError:  # Rasa's way of saying the resource does not exist
            pass
        if model is None:
            logger.warning("CrisisGuard has no trained model: the patterns alone decide.")
        return cls(config, model_storage, resource, model)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self.apply(message)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def apply(self, message: Message) -> None:
        # the form question the message answers, when the channel knows it (bot/channel.py)
        question = (message.get(METADATA) or {}).get(QUESTION)
        decision, _, crisis_likely, check_in_form = decide(message.get(TEXT) or "", self.model, self.config,
                                                           question if isinstance(question, str) else None)
        if decision is not None:
            set_intent(message, decision)
            message.set(CRISIS_LIKELY, crisis_likely, add_to_output=True)
            message.set(CHECK_IN_FORM, check_in_form, add_to_output=True)
        elif (message.get(INTENT) or {}).get("name") in CRISIS_INTENTS:
            set_intent(message, _best_other(message))

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str:
        """The training cache must see the safety data and code, which Rasa does not give it."""
        digest = hashlib.sha256()
        files = sorted(_data_dir(config).glob("*.yml")) + sorted((PROJECT_DIR / "bot" / "safety").rglob("*.py"))
        for path in [Path(__file__), *files]:
            digest.update(path.read_bytes())
        return digest.hexdigest()


def _data_dir(config: dict[str, Any]) -> Path:
    path = Path(config.get("data") or CrisisGuard.get_default_config()["data"])
    return path if path.is_absolute() else PROJECT_DIR / path


def _best_other(message: Message) -> str:
    for entry in message.get(INTENT_RANKING_KEY) or []:
        if entry["name"] not in CRISIS_INTENTS and entry["name"] != "nlu_fallback":
            return entry["name"]
    return "nlu_fallback"
