"""The rating buttons as Rasa's response generator sends them."""


async def test_the_rating_buttons_are_sent_as_written_without_an_error_in_the_log():
    import structlog
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load("domain")
    tracker = DialogueStateTracker("rating-buttons", domain.slots)
    with structlog.testing.capture_logs() as logs:
        sent = await TemplatedNaturalLanguageGenerator(domain.responses).generate(
            "utter_motivation_more", tracker, "rest")
    assert [b["payload"] for b in sent["buttons"]] == [
        '/start_motivation{"rating_kind": "importance"}', '/start_motivation{"rating_kind": "confidence"}', "/help"]
    assert not [log for log in logs if log["log_level"] in ("error", "exception")]
