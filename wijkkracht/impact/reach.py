"""Named groups another app can offer a measurement: who they are is that app's business.

The care app registers the carers who agreed to be measured by name (their strain score
followed up by the coordinator); impact itself never names anyone else.
"""

from collections.abc import Callable

from wijkkracht.core.models import Person

_GROUPS: dict[str, Callable[[], list[Person]]] = {}


def named_group_register(reach: str, people: Callable[[], list[Person]]) -> None:
    _GROUPS[reach] = people


def named_group(reach: str) -> list[Person]:
    """The people of a named group in the current collective; nobody when no app offers it."""
    provider = _GROUPS.get(reach)
    return provider() if provider else []
