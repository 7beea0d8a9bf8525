"""`python -m bot safety-cv`: choose the crisis model's regularisation and its
two thresholds by cross-validation of the training data only (never the
blind sets). For each C, every training example gets a calibrated
probability from a model trained without it; combined with the patterns as
CrisisGuard combines them, the table shows the crisis reply rate on crisis
examples and the alarm rate (reply or check) on the others."""
import time

import numpy as np

from bot.config import PROJECT_DIR
from bot.safety import training_data
from bot.safety.crisis import assess
from bot.safety.decision import CHECK, CRISIS, combine, likely
from bot.safety.model import _platt, out_of_fold_scores

RESULTS = PROJECT_DIR / "bench" / "results" / "safety_cv.md"
C_GRID = (1.0, 3.0, 10.0, 30.0)
CRISIS_THRESHOLDS = (0.5, 0.7, 0.8, 0.9)
CHECK_THRESHOLDS = (0.3, 0.4, 0.5)


def nlu_examples() -> list[tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(PROJECT_DIR / "data" / "nlu"))
    return [(e.get("text"), e.get("intent")) for e in data.intent_examples]


def main(folds: int = 5) -> str:
    t0 = time.monotonic()
    texts, labels = training_data.examples(PROJECT_DIR / "data" / "safety", nlu_examples())
    y = np.asarray(labels)
    hard = {i["text"] for i in training_data.load(PROJECT_DIR / "data" / "safety") if i["label"] == "none"}
    is_hard = np.array([t in hard for t in texts])
    verdicts = [assess(t).verdict for t in texts]
    lines = [f"# Crisis model cross-validation ({time.strftime('%Y-%m-%d %H:%M')})", "",
             f"{len(y)} examples ({int(y.sum())} crisis, {int(is_hard.sum())} hard ordinary ones from data/safety), "
             f"{folds} folds. Each example's probability comes from a model trained without it; the decision is "
             "CrisisGuard's (bot/safety/decision.py).", "",
             "| C | crisis threshold | check threshold | crisis reply on crisis | crisis reply on crisis at top level "
             "| alarm on crisis | alarms on all ordinary | alarms on the hard ordinary |", "|---|---|---|---|---|---|---|---|"]
    for c in C_GRID:
        scores = out_of_fold_scores(texts, y, c, folds)
        a, b = _platt(scores, y)
        p = 1 / (1 + np.exp(-(a * scores + b)))
        for high in CRISIS_THRESHOLDS:
            for low in CHECK_THRESHOLDS:
                decided = np.array([combine(v, q, high, low) for v, q in zip(verdicts, p, strict=True)])
                reply, alarm = decided == CRISIS, np.isin(decided, [CRISIS, CHECK])
                # outside a form a likely crisis gets the reply instead of the check (actions/crisis.py)
                top = reply | ((decided == CHECK) & np.array([likely(v, q, low) for v, q in zip(verdicts, p, strict=True)]))
                hard_alarms = f"{alarm[is_hard].mean():.3f}" if is_hard.any() else "–"
                lines.append(f"| {c:g} | {high} | {low} | {reply[y == 1].mean():.3f} | {top[y == 1].mean():.3f} | {alarm[y == 1].mean():.3f} | "
                             f"{alarm[y == 0].mean():.3f} | {hard_alarms} |")
    lines.append(f"\n{time.monotonic() - t0:.0f} s")
    out = "\n".join(lines)
    print(out)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(out + "\n")
    return out


if __name__ == "__main__":
    main()
