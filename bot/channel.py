"""The REST channel the web app talks to: Rasa's own, with two changes.

- A message sent again with the same `message_id` (the chat page retries after
  a lost reply; the web app or a Rasa server may have died in between) is
  answered with the replies the conversation already holds for it, instead of
  being handled a second time. The check runs under the conversation's lock, so
  a retry that arrives while the first is still being handled waits for it.
- A failure is logged without the message text (Rasa's channel logs it).

The web app sends `{"sender", "message", "metadata": {"message_id"}}`; the id
stays in the conversation as the user event's metadata, where the actions read
it to store each answer once (actions/common.message_id).
"""
import logging
from asyncio import CancelledError

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, response

from bot import config

log = logging.getLogger(__name__)


# The chat page sends one message at a time and retries it until it is answered,
# so a retry is one of the latest messages; looking further back would make every
# new message of a long conversation dearer.
RETRIES_LOOKED_FOR = 50


def replies_to(tracker: DialogueStateTracker | None, message_id: str) -> list[dict] | None:
    """What the bot answered to the user message with this id, or None if the
    conversation holds no such message. Looked for from the end: a retry comes
    soon after its message."""
    replies: list[dict] = []
    messages_back = 0
    for event in reversed(tracker.events if tracker else ()):
        if isinstance(event, BotUttered):
            replies.append({"text": event.text, **{k: v for k, v in (event.data or {}).items() if v}})
        elif isinstance(event, UserUttered):
            if (event.metadata or {}).get("message_id") == message_id:
                return replies[::-1]
            messages_back += 1
            if messages_back == RETRIES_LOOKED_FOR:
                break
            replies = []
    return None


GROUP = "group"  # the "question" of a peer-support group's conversation


def form_question(tracker: DialogueStateTracker | None) -> str | None:
    """The question (slot) the active form has asked, or GROUP in group mode, so that the
    crisis layer can read the message as the answer or the story it may be
    (bot/nlu/crisis_guard.py)."""
    if tracker is None:
        return None
    if not tracker.active_loop_name:
        return GROUP if tracker.get_slot("group_mode") else None
    slot = tracker.get_slot("requested_slot")
    return slot if isinstance(slot, str) else None


def with_question(message: UserMessage, tracker: DialogueStateTracker | None) -> None:
    """Puts the form question (or GROUP) in the message's metadata for the crisis layer."""
    question = form_question(tracker)
    if question:
        message.metadata = {**(message.metadata or {}), "question": question}


async def handle_once(agent, message: UserMessage, message_id: str) -> None:
    # A lock held by a server killed during the turn lapses after this long, so
    # another server can take the conversation (Rasa's default is 60 s).
    async with agent.lock_store.lock(message.sender_id, lock_lifetime=config.turn_lock_seconds()):
        tracker = await agent.tracker_store.retrieve(message.sender_id)
        earlier = replies_to(tracker, message_id)
        if earlier is None:
            with_question(message, tracker)
            await agent.processor.handle_message(message)
            return
    log.info("a retried message was answered from the conversation")
    for reply in earlier:
        await message.output_channel.send_response(message.sender_id, reply)


class MedvindRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"  # the same /webhooks/rest/webhook as Rasa's channel

    def blueprint(self, on_new_message) -> Blueprint:
        webhook = Blueprint("medvind_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_request):
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request):
            metadata = self.get_metadata(request) or {}
            message_id = metadata.get("message_id")
            collector = CollectingOutputChannel()
            message = UserMessage(self._extract_message(request), collector, await self._extract_sender(request),
                                  input_channel=self.name(), metadata=metadata or None)
            try:
                if isinstance(message_id, str) and message_id:
                    await handle_once(request.app.ctx.agent, message, message_id)
                else:  # a client without message ids: the same reading, without the retry
                    agent = request.app.ctx.agent
                    with_question(message, await agent.tracker_store.retrieve(message.sender_id))
                    await on_new_message(message)
            except CancelledError:
                log.error("a message timed out")
            except Exception as exc:  # never the message text
                log.error("a message failed: %s", type(exc).__name__)
            return response.json(collector.messages)

        return webhook
