"""The web app and the action server run at least the versions SECURITY.md
names as clearing every known advisory, on a supported Python."""
import re
import sys
from importlib.metadata import version

import pytest

from bot.config import PROJECT_DIR

SECURITY = (PROJECT_DIR / "SECURITY.md").read_text()
TABLE = SECURITY.split("<!-- minimum-versions -->")[1].split("<!-- /minimum-versions -->")[0]
MINIMUMS = [tuple(cell.strip() for cell in row.split("|")[1:4]) for row in TABLE.strip().splitlines()[2:]]


def as_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_the_table_names_the_public_servers():
    assert {name for name, _, _ in MINIMUMS} >= {"aiohttp", "sanic", "rasa-sdk"}


@pytest.mark.parametrize(("package", "pinned", "minimum"), MINIMUMS)
def test_installed_version_is_at_least_the_fixed_one(package, pinned, minimum):
    installed = version(package)
    assert as_tuple(installed) >= as_tuple(minimum), f"{package} {installed} < {minimum} (SECURITY.md)"
    assert installed == pinned, f"SECURITY.md says {package} {pinned}, installed {installed}"


def test_the_public_side_runs_on_a_supported_python():
    assert sys.version_info[:2] >= (3, 12)
