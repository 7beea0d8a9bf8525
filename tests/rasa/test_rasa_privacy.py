"""Nothing about a client's conversation leaves the machine from the Rasa servers."""
import rasa.telemetry


def test_rasa_has_no_crash_report_or_telemetry_key():
    assert rasa.telemetry.sentry_write_key() is None
    assert rasa.telemetry.telemetry_write_key() is None
