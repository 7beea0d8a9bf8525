"""Clients and answers in the database."""
from bot.storage import answers, clients


def test_token_is_stored_only_as_a_hash():
    client_id, token = clients.create_client()
    from bot.storage.db import session_scope
    from bot.storage.models import Client

    with session_scope() as s:
        row = s.get(Client, client_id)
        assert row.token_hash != token and token not in row.token_hash
    assert clients.client_id_for_token(token) == client_id
    assert clients.client_id_for_token(token + "x") is None
    assert clients.client_id_for_token("") is None


def test_an_answer_replaces_the_earlier_one_and_a_skip_keeps_it():
    client_id, _ = clients.create_client()
    answers.save_answer(client_id, "strengths", "q1", "Fråga?", "första")
    answers.save_answer(client_id, "strengths", "q1", "Fråga?", "andra")
    answers.record_skip(client_id, "strengths", "q1", "Fråga?")
    answers.record_skip(client_id, "strengths", "q2", "Fråga 2?")
    stored = answers.answers_for(client_id, "strengths")
    assert stored["q1"].answer_text == "andra" and not stored["q1"].skipped
    assert stored["q2"].skipped and stored["q2"].answer_text is None


def test_export_and_erase_cover_only_that_client():
    mine, _ = clients.create_client()
    other, _ = clients.create_client()
    answers.save_answer(mine, "strengths", "q1", "Fråga?", "mitt svar")
    answers.save_answer(other, "strengths", "q1", "Fråga?", "ditt svar")
    exported = clients.export_client(mine)
    assert [a["answer"] for a in exported["answers"]] == ["mitt svar"]
    assert clients.erase_all(mine)["answers"] == 1
    assert clients.export_client(mine)["answers"] == []
    assert answers.answers_for(other, "strengths")["q1"].answer_text == "ditt svar"


def test_migrations_run_twice_without_harm(isolated_databases):
    from bot.storage.migrate import upgrade

    upgrade()
    upgrade()


def test_migrations_match_the_models(isolated_databases):
    from alembic import command

    from bot.storage.migrate import alembic_config

    command.check(alembic_config())  # raises if a model changed without a migration
