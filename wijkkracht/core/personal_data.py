"""What each app holds about a person, for the per-person export and erasure (GDPR art. 15, 17).

Core cannot import the domain apps, so each app registers its own export and erase functions
when it starts. Export returns plain JSON-able data; erase removes or anonymises what the law
does not oblige the collective to keep.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wijkkracht.core.models import Person


@dataclass(frozen=True)
class PersonalDataSource:
    key: str
    export: Callable[[Person], Any]
    erase: Callable[[Person], None]


_SOURCES: dict[str, PersonalDataSource] = {}


def personal_data_register(
    *, key: str, export: Callable[[Person], Any], erase: Callable[[Person], None]
) -> None:
    _SOURCES[key] = PersonalDataSource(key=key, export=export, erase=erase)


def personal_data_sources() -> list[PersonalDataSource]:
    return [_SOURCES[key] for key in sorted(_SOURCES)]
