"""Medvind's command line: `python -m bot <command>`."""
import argparse
import sys


def _build_spacy(args) -> None:
    from bot.spacy_sv import build

    build(args.path, args.nlu)
    print(f"Swedish spaCy pipeline written to {args.path}")


def _db(args) -> None:
    from bot.storage.migrate import upgrade

    upgrade()


def _ombud_add(args) -> None:
    from bot.storage.ombuds import add_ombud

    password = sys.stdin.readline().rstrip("\n")
    if len(password) < 10:
        sys.exit("The password must be at least 10 characters (read from standard input).")
    try:
        add_ombud(args.username, password)
    except ValueError as exc:
        sys.exit(str(exc))
    print(f"Ombud {args.username} added.")


def _serve(_args) -> None:
    from bot.web.app import main

    main()


def _eval(args) -> None:
    from bot.evaluate import main

    main(args.model, args.folds)


def _safety_cv(args) -> None:
    from bot.safety.cv import main

    main(args.folds)


def _safety_eval(args) -> None:
    from bot.safety_eval import main

    main(args.model, show_errors=args.errors)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build-spacy", help="build the Swedish spaCy pipeline")
    p.add_argument("path")
    p.add_argument("--nlu", default="data/nlu", help="training data whose lemmas the table keeps")
    p.set_defaults(func=_build_spacy)

    p = sub.add_parser("db", help="database schema")
    p.add_argument("action", choices=["upgrade"])
    p.set_defaults(func=_db)

    ombud = sub.add_parser("ombud", help="ombud accounts").add_subparsers(dest="action", required=True)
    p = ombud.add_parser("add", help="add an ombud; the password is read from standard input")
    p.add_argument("username")
    p.set_defaults(func=_ombud_add)

    sub.add_parser("serve", help="run the web app").set_defaults(func=_serve)

    p = sub.add_parser("eval", help="NLU report on the held-out test data")
    p.add_argument("--model", default="models/medvind.tar.gz")
    p.add_argument("--folds", type=int, default=0, help="also an N-fold cross-validation")
    p.set_defaults(func=_eval)

    p = sub.add_parser("safety-cv", help="choose the crisis model's C and thresholds by cross-validation")
    p.add_argument("--folds", type=int, default=5)
    p.set_defaults(func=_safety_cv)

    p = sub.add_parser("safety-eval", help="crisis recall and false alarms on the blind sets (tests/safety)")
    p.add_argument("--model", default="models/medvind.tar.gz")
    p.add_argument("--errors", action="store_true", help="list every message handled wrongly")
    p.set_defaults(func=_safety_eval)

    args = parser.parse_args(argv)
    args.func(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
