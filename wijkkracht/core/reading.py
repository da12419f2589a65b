"""Reading a JSON input with every fault named by its path ("rules[2].price"), all at once.

A reader collects the faults; the caller raises ``InputInvalid`` with all of them when done.
Numbers are read exactly (a JSON number or a string such as "495.50" or "1/3" becomes a
Fraction), so no float ever rounds a euro.
"""

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _


class InputInvalid(ValueError):  # noqa: N818 (it names the input, not a failure of ours)
    def __init__(self, errors: list[str]) -> None:
        super().__init__("\n".join(errors))
        self.errors = errors


def json_file_read(path: Path) -> Any:
    """The JSON in a file; InputInvalid with one Dutch line when it cannot be read."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputInvalid([_("Het bestand is niet te lezen: %s") % error.strerror]) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputInvalid([_("Dit is geen JSON: %s") % error]) from error


class FieldReader:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def fields(self, data: Any, where: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.fail(where, _("verwacht een object met velden"))
            return {}
        for name in sorted(set(data) - allowed):
            self.fail(f"{where}.{name}" if where else name, _("dit veld kennen wij niet"))
        return data

    def number(self, raw: Any, where: str) -> Fraction | None:
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            self.fail(where, _("verwacht een getal"))
            return None
        try:
            return Fraction(str(raw))
        except (ValueError, ZeroDivisionError):
            self.fail(where, _("verwacht een getal, met een punt voor de decimalen"))
            return None
