"""The shape shared by Medvind's deterministic NLU components: untrained
classifiers that look at each message after the statistical ones."""
from abc import ABC, abstractmethod
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message


class RuleLayer(GraphComponent, ABC):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "RuleLayer":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self.apply(message)
        return messages

    @abstractmethod
    def apply(self, message: Message) -> None:
        """Changes the message's intent where a rule decides it."""


def set_intent(message: Message, name: str) -> None:
    """Makes `name` the top intent with full confidence, keeping the rest of the ranking."""
    ranking = [e for e in (message.get(INTENT_RANKING_KEY) or []) if e["name"] != name]
    top = {"name": name, "confidence": 1.0}
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top] + ranking, add_to_output=True)
