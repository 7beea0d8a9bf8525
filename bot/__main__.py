"""Medvind's command line: `python -m bot <command>`."""
import argparse
import sys


def _build_spacy(args) -> None:
    from bot.spacy_sv import build

    build(args.path, args.nlu)
    print(f"Swedish spaCy pipeline written to {args.path}")


def _db(args) -> None:
    from bot.storage import backup
    from bot.storage.migrate import upgrade

    if args.action != "upgrade" and not args.file:
        sys.exit(f"Which file? python -m bot db {args.action} FILE")
    try:
        if args.action == "upgrade":
            upgrade()
        elif args.action == "backup":
            held = backup.backup(args.file)
            print(f"Backup written to {args.file} ({', '.join(held)}), encrypted with the current key. "
                  "Keep the key file too, apart from the backups: without it the backup cannot be read.")
        elif args.action == "restore":
            held = backup.restore(args.file, replace=args.replace)
            print(f"Restored {', '.join(held)} from {args.file}.")
    except backup.BackupError as exc:
        sys.exit(str(exc))


def _read_password() -> str:
    password = sys.stdin.readline().rstrip("\n")
    if len(password) < 10:
        sys.exit("The password must be at least 10 characters (read from standard input).")
    return password


def _show_enrolment(enrolment) -> None:
    from bot.storage.second_factor import terminal_qr

    print("Scan this QR code with an authenticator app (or type the key by hand):")
    print(terminal_qr(enrolment.uri))
    print(enrolment.uri)
    print(f"Key: {enrolment.secret}")
    print("Recovery codes, each usable once if the phone is lost (keep them on paper, not on the computer):")
    for code in enrolment.recovery_codes:
        print(f"  {code}")


def _ombud_add(args) -> None:
    from bot.storage.ombuds import add_ombud

    password = _read_password()
    try:
        enrolment = add_ombud(args.username, password)
    except ValueError as exc:
        sys.exit(str(exc))
    print(f"Ombud {args.username} added.")
    _show_enrolment(enrolment)


def _ombud_admin(args) -> None:
    from bot.storage import accounts

    try:
        if args.action == "list":
            for a in accounts.list_accounts():
                print(f"{a.username}\t{'active' if a.active else 'disabled'}\t"
                      f"2fa {'on' if a.second_factor else 'NOT SET (cannot log in)'}\t"
                      f"{a.recovery_codes_left} recovery codes\t{a.clients} clients\t"
                      f"since {a.created_at:%Y-%m-%d}")
        elif args.action == "disable":
            accounts.disable(args.username)
            print(f"{args.username} disabled; every session ended.")
        elif args.action == "enable":
            accounts.enable(args.username)
            print(f"{args.username} enabled.")
        elif args.action == "reset-password":
            accounts.reset_password(args.username, _read_password())
            print(f"New password set for {args.username}; every session ended.")
        elif args.action == "reset-2fa":
            _show_enrolment(accounts.reset_second_factor(args.username))
        elif args.action == "transfer":
            moved = accounts.transfer(args.from_username, args.to_username)
            print(f"{moved} clients moved from {args.from_username} to {args.to_username}.")
    except accounts.AccountError as exc:
        sys.exit(str(exc))


def _retention(args) -> None:
    import time

    from bot.storage.retention import erase_inactive

    while True:
        print(f"Retention: {erase_inactive()} inactive clients erased.", flush=True)
        if not args.every_hours:
            return
        time.sleep(args.every_hours * 3600)


def _keys(args) -> None:
    from bot import crypto
    from bot.storage import sealing

    if args.action == "init":
        print(f"Keys: {crypto.ensure_key_file()}")
    elif args.action == "seal":
        print(f"{sealing.seal()} stored values sealed with the current key.")
    elif args.action == "rotate":
        kid, changed = sealing.rotate()
        print(f"New current key {kid}; {changed} stored values re-encrypted. "
              "Keep a backup of the key file: without it nothing can be read.")
    elif args.action == "status":
        counts = sealing.status()
        print(f"current key {crypto.keyring_now().current}; values by key: {dict(counts) or 'none'}")
    elif args.action == "retire":
        try:
            sealing.retire(args.kid)
        except ValueError as exc:
            sys.exit(str(exc))
        print(f"Key {args.kid} removed.")


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

    p = sub.add_parser("db", help="database schema, encrypted backup and restore")
    p.add_argument("action", choices=["upgrade", "backup", "restore"])
    p.add_argument("file", nargs="?", help="the backup file (backup, restore)")
    p.add_argument("--replace", action="store_true",
                   help="restore over a database that holds clients (stop Medvind first)")
    p.set_defaults(func=_db)

    ombud = sub.add_parser("ombud", help="ombud accounts").add_subparsers(dest="action", required=True)
    p = ombud.add_parser("add", help="add an ombud; the password is read from standard input")
    p.add_argument("username")
    p.set_defaults(func=_ombud_add)
    ombud.add_parser("list", help="every account, active or not").set_defaults(func=_ombud_admin)
    for action, text in (("disable", "stop an account from logging in and end its sessions"),
                         ("enable", "let a disabled account log in again"),
                         ("reset-password", "a new password, read from standard input"),
                         ("reset-2fa", "a new authenticator key and recovery codes (lost phone)")):
        p = ombud.add_parser(action, help=text)
        p.add_argument("username")
        p.set_defaults(func=_ombud_admin)
    p = ombud.add_parser("transfer", help="hand every client of one ombud to another")
    p.add_argument("from_username")
    p.add_argument("to_username")
    p.set_defaults(func=_ombud_admin)

    sub.add_parser("serve", help="run the web app").set_defaults(func=_serve)

    p = sub.add_parser("keys", help="encryption keys: init, seal, rotate, status, retire KID")
    p.add_argument("action", choices=["init", "seal", "rotate", "status", "retire"])
    p.add_argument("kid", nargs="?", help="the key to retire")
    p.set_defaults(func=_keys)

    p = sub.add_parser("retention", help="erase clients inactive longer than the retention rule allows")
    p.add_argument("--every-hours", type=float, default=0, help="keep running, once every N hours")
    p.set_defaults(func=_retention)

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
