"""`make eval`: intent precision, recall and F1 on the held-out test data
(tests/nlu/, never used for training), as a table."""
import json
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_DIR

HELD_OUT = PROJECT_DIR / "tests" / "nlu"
OUT_DIR = PROJECT_DIR / "var" / "results" / "nlu"


def run_rasa_test(model: str) -> dict:
    rasa = Path(sys.executable).parent / "rasa"
    subprocess.run(
        [str(rasa), "test", "nlu", "--model", model, "--nlu", str(HELD_OUT),
         "--out", str(OUT_DIR), "--quiet"],
        check=True, cwd=PROJECT_DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return json.loads((OUT_DIR / "intent_report.json").read_text())


def format_report(report: dict) -> str:
    rows = [f"{'intent':24} {'precision':>9} {'recall':>7} {'f1':>6} {'n':>4}"]
    for name in sorted(k for k, v in report.items() if isinstance(v, dict) and "support" in v
                       and not k.endswith(" avg")):
        r = report[name]
        rows.append(f"{name:24} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1-score']:6.3f} {r['support']:4d}")
    macro = report["macro avg"]
    rows.append(f"{'macro avg':24} {macro['precision']:9.3f} {macro['recall']:7.3f} {macro['f1-score']:6.3f}")
    rows.append(f"accuracy {report['accuracy']:.3f}")
    return "\n".join(rows)


def main(model: str) -> None:
    report = run_rasa_test(model)
    print(f"Held-out NLU test data: {HELD_OUT.relative_to(PROJECT_DIR)}")
    print(format_report(report))
    errors = OUT_DIR / "intent_errors.json"
    if errors.exists():
        print(f"Misclassified examples: {errors.relative_to(PROJECT_DIR)}")
