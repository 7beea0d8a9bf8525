"""Medvind's answers on PostgreSQL (DATABASE_URL), with the web app's and the
action server's own SQLAlchemy: migrations, answers, export and erase."""
from tests.postgres_server import postgres_url  # noqa: F401  (a fixture)


def test_answers_on_postgresql(postgres_url, monkeypatch):  # noqa: F811
    monkeypatch.setenv("DATABASE_URL", postgres_url)
    from bot.storage import answers, clients
    from bot.storage.db import engine
    from bot.storage.migrate import upgrade

    upgrade()
    assert engine().url.drivername == "postgresql"
    client_id, token = clients.create_client()
    assert clients.client_id_for_token(token) == client_id
    answers.save_answer(client_id, "strengths", "strengths_drive", "Vad driver dig framåt?", "Musiken")
    assert clients.export_client(client_id)["answers"][0]["answer"] == "Musiken"
    assert clients.erase_all(client_id)["answers"] == 1
