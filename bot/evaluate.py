"""`make eval`: intent precision, recall and F1 on the held-out test data
(tests/nlu/, never used for training), for Medvind's config and for Rasa's
default pipeline trained on the same data; with --folds N also an N-fold
cross-validation of the training data for both. Tables go to bench/results/."""
import json
import subprocess
import sys
import time
from pathlib import Path

from bot.config import PROJECT_DIR

HELD_OUT = PROJECT_DIR / "tests" / "nlu"
OUT = PROJECT_DIR / "var" / "results" / "eval"
RESULTS = PROJECT_DIR / "bench" / "results"
CONFIGS = {"medvind": PROJECT_DIR / "config.yml",
           "rasa default": PROJECT_DIR / "bench" / "default_config.yml"}
RASA = str(Path(sys.executable).parent / "rasa")


def run(*args: str) -> None:
    subprocess.run([RASA, *args, "--quiet"], check=True, cwd=PROJECT_DIR,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def held_out_report(name: str, config: Path, model: str | None) -> dict:
    out = OUT / name.replace(" ", "_")
    if model is None:  # train an NLU-only model with this config on the training data
        run("train", "nlu", "--config", str(config), "--nlu", "data/nlu", "--out", str(out),
            "--fixed-model-name", "nlu")
        model = str(out / "nlu.tar.gz")
    run("test", "nlu", "--model", model, "--nlu", str(HELD_OUT), "--out", str(out / "held_out"))
    report = json.loads((out / "held_out" / "intent_report.json").read_text())
    errors = json.loads((out / "held_out" / "intent_errors.json").read_text())
    report["fell back"] = sum(e["intent_prediction"]["name"] == "nlu_fallback" for e in errors)
    return report


def cv_report(name: str, config: Path, folds: int) -> dict:
    out = OUT / name.replace(" ", "_") / "cv"
    run("test", "nlu", "--nlu", "data/nlu", "--config", str(config), "--cross-validation",
        "--folds", str(folds), "--out", str(out))
    return json.loads((out / "intent_report.json").read_text())


def confusions(report: dict, top: int = 8) -> list[str]:
    pairs = []
    for intent, row in report.items():
        if isinstance(row, dict) and "confused_with" in row:
            pairs += [(n, intent, other) for other, n in row["confused_with"].items()]
    return [f"{intent} → {other}: {n}" for n, intent, other in sorted(pairs, reverse=True)[:top]]


def table(reports: dict[str, dict]) -> str:
    names = list(reports)
    intents = sorted({k for r in reports.values() for k, v in r.items()
                      if isinstance(v, dict) and "support" in v and not k.endswith(" avg")})
    head = "| intent | " + " | ".join(f"{n} P | {n} R | {n} F1" for n in names) + " | n |"
    lines = [head, "|" + "---|" * (3 * len(names) + 2)]
    for intent in intents + ["macro avg"]:
        cells = []
        for n in names:
            row = reports[n].get(intent, {})
            cells += [f"{row.get('precision', 0):.3f}", f"{row.get('recall', 0):.3f}",
                      f"{row.get('f1-score', 0):.3f}"]
        support = reports[names[0]].get(intent, {}).get("support", "")
        lines.append(f"| {intent} | " + " | ".join(cells) + f" | {support} |")
    return "\n".join(lines)


def main(model: str, folds: int = 0) -> None:
    t0 = time.monotonic()
    sections = []
    held = {name: held_out_report(name, cfg, model if name == "medvind" else None)
            for name, cfg in CONFIGS.items()}
    sections.append(f"## Held-out test data ({HELD_OUT.relative_to(PROJECT_DIR)})\n\n{table(held)}")
    for name, report in held.items():
        sections.append(f"Confusions, {name}: " + "; ".join(confusions(report)))
        total = report["macro avg"]["support"]
        sections.append(f"Fell back to the menu, {name}: {report['fell back']} of {total} "
                        f"({report['fell back'] / total:.1%}); accuracy {report['accuracy']:.3f}")
    if folds:
        cv = {name: cv_report(name, cfg, folds) for name, cfg in CONFIGS.items()}
        sections.append(f"## {folds}-fold cross-validation of data/nlu\n\n{table(cv)}")
        for name, report in cv.items():
            sections.append(f"Confusions, {name}: " + "; ".join(confusions(report)))
    summary = "\n\n".join(sections)
    print(summary)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "nlu.md").write_text(
        f"# NLU evaluation ({time.strftime('%Y-%m-%d %H:%M')}, {time.monotonic() - t0:.0f} s)\n\n"
        f"`make eval` (folds={folds})\n\n{summary}\n")
