"""Group mode keeps only which themes were used."""
from bot.storage.db import session_scope
from bot.storage.models import GroupThemeUse


def record_theme_use(theme: str) -> None:
    with session_scope() as s:
        s.add(GroupThemeUse(theme=theme))
