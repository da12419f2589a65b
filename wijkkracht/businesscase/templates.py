"""Templates for typical interventions, kept as data in ``data/templates/`` (the case's JSON form
with a title and a text). A number without a ``source`` is an assumption for the user to replace."""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from django.http import Http404

TEMPLATE_DIR = Path(__file__).parent / "data" / "templates"


@dataclass(frozen=True)
class Template:
    code: str
    title: str
    intervention: str
    case: dict[str, Any]


@cache
def templates() -> dict[str, Template]:
    found = {}
    for path in sorted(TEMPLATE_DIR.glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        found[path.stem] = Template(path.stem, raw["title"], raw["intervention"], raw["case"])
    return found


def template_get(code: str) -> Template:
    try:
        return templates()[code]
    except KeyError:
        raise Http404 from None
