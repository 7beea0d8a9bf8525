"""How the patterns' verdict and the crisis model's probability decide
together: shared by CrisisGuard (every message) and the cross-validation
that chooses the thresholds (bot/safety/cv.py)."""
from bot.safety.crisis import Verdict

CRISIS, CHECK = "crisis", "crisis_unclear"


def combine(verdict: Verdict, probability: float, crisis_threshold: float, check_threshold: float,
            ask_only: bool = False) -> str | None:
    """CRISIS (the crisis reply), CHECK (a check question) or None. `ask_only`: the patterns
    found only thoughts told as what usually happens, which a sure model may ask about."""
    if verdict == Verdict.CRISIS:
        return CRISIS
    if verdict == Verdict.DEFUSED:
        # the patterns explain the crisis words away (negated, past, a film, a joke...):
        # a model that is sure all the same may ask, never alarm
        return CHECK if probability >= crisis_threshold else None
    if probability >= crisis_threshold and not ask_only:
        return CRISIS
    if verdict == Verdict.UNCLEAR or probability >= check_threshold:
        return CHECK
    return None


def likely(verdict: Verdict, probability: float, check_threshold: float) -> bool:
    """Worth the crisis reply where no form question could explain it: the model
    is worried and the patterns have not explained the crisis words away. A
    check question before help is one more step for someone in crisis."""
    return verdict != Verdict.DEFUSED and probability >= check_threshold
