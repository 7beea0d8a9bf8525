"""A text column stored encrypted (bot/crypto.py) and read back as text, so the
rest of the code never sees ciphertext and never writes plain text."""
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

from bot import crypto


class EncryptedText(TypeDecorator):
    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context  # "table.column": the associated data

    def process_bind_param(self, value, dialect):
        return crypto.encrypt(value, self.context)

    def process_result_value(self, value, dialect):
        return crypto.decrypt(value, self.context)


# Every column that holds a client's words (or a secret), for `keys rotate` and `keys encrypt`.
ENCRYPTED_COLUMNS: list[tuple[str, str]] = []


def encrypted(table: str, column: str) -> EncryptedText:
    ENCRYPTED_COLUMNS.append((table, column))
    return EncryptedText(f"{table}.{column}")
