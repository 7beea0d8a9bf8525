"""Answers to a module's questions, written the moment the client gives them."""

from sqlalchemy import select

from bot.storage.db import session_scope
from bot.storage.models import Answer, utcnow


def save_answer(
    client_id: str, module: str, key: str, question: str, text: str | None
) -> None:
    """Stores (or replaces) one answer; `text=None` records that the client skipped it."""
    with session_scope() as s:
        answer = s.execute(
            select(Answer).where(
                Answer.client_id == client_id, Answer.module == module, Answer.question_key == key
            )
        ).scalar_one_or_none()
        if answer is None:
            answer = Answer(client_id=client_id, module=module, question_key=key)
            s.add(answer)
        answer.question_text = question
        answer.answer_text = text
        answer.skipped = text is None
        answer.updated_at = utcnow()


def answers_for(client_id: str, module: str) -> dict[str, Answer]:
    """The client's stored answers for a module, by question key."""
    with session_scope() as s:
        rows = s.execute(
            select(Answer).where(Answer.client_id == client_id, Answer.module == module)
        ).scalars()
        return {a.question_key: a for a in rows}


def record_skip(client_id: str, module: str, key: str, question: str) -> None:
    """Marks a question as skipped, keeping an answer the client gave earlier."""
    existing = answers_for(client_id, module).get(key)
    if existing is None or existing.skipped:
        save_answer(client_id, module, key, question, None)


def all_answers(client_id: str) -> list[Answer]:
    with session_scope() as s:
        return list(
            s.execute(
                select(Answer).where(Answer.client_id == client_id).order_by(Answer.module, Answer.id)
            ).scalars()
        )


def delete_answer(client_id: str, answer_id: int) -> Answer | None:
    """Deletes one of the client's own answers; returns it, or None if it was not theirs."""
    with session_scope() as s:
        answer = s.get(Answer, answer_id)
        if answer is None or answer.client_id != client_id:
            return None
        s.delete(answer)
        return answer
