"""Goals and their small steps (what, who helps, when)."""

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from bot.storage.db import add_once, session_scope
from bot.storage.models import Goal, GoalStep, utcnow


def create_goal(client_id: str, text: str, dream: str | None = None, message_id: str | None = None) -> int:
    with session_scope() as s:
        return add_once(s, Goal(client_id=client_id, text=text, dream=dream), message_id, client_id=client_id).id


def goals_of(client_id: str) -> list[Goal]:
    """The client's goals, newest first, with their steps loaded."""
    with session_scope() as s:
        return list(
            s.execute(
                select(Goal).where(Goal.client_id == client_id)
                .options(selectinload(Goal.steps)).order_by(Goal.id.desc())
            ).scalars()
        )


def own_goal(client_id: str, goal_id: int | None) -> Goal | None:
    """The goal if it is the client's own, else their newest goal, else None."""
    goals = goals_of(client_id)
    return next((g for g in goals if g.id == goal_id), goals[0] if goals else None)


def save_step_field(client_id: str, goal_id: int, step_id: int | None, field: str, text: str,
                    message_id: str | None = None) -> int:
    """Writes what, who or when of a step; `what` on a new step creates it."""
    assert field in ("what", "who", "when")
    with session_scope() as s:
        goal = s.get(Goal, goal_id)
        if goal is None or goal.client_id != client_id:
            raise LookupError("not the client's goal")
        step = s.get(GoalStep, step_id) if step_id else None
        if step is None or step.goal_id != goal_id:
            step = add_once(s, GoalStep(goal_id=goal_id, what=text if field == "what" else ""), message_id,
                            goal_id=goal_id)
        setattr(step, field, text)
        s.flush()
        return step.id


def own_step(client_id: str, step_id: int, session) -> GoalStep | None:
    step = session.get(GoalStep, step_id)
    return step if step is not None and step.goal.client_id == client_id else None


def mark_done(client_id: str, step_id: int) -> str | None:
    """Marks the client's own step done; returns its text, or None if it is not theirs."""
    with session_scope() as s:
        step = own_step(client_id, step_id, s)
        if step is None:
            return None
        step.done_at = step.done_at or utcnow()
        return step.what


def remove_step(client_id: str, step_id: int) -> int | None:
    """Removes the client's own step; returns its goal's ID."""
    with session_scope() as s:
        step = own_step(client_id, step_id, s)
        if step is None:
            return None
        s.delete(step)
        return step.goal_id
