"""One visit of the page registry: which page, as whom, at which path."""

from collections.abc import Callable
from dataclasses import dataclass

from tests.browser.world import BrowserWorld
from wijkkracht.core.models import User


@dataclass(frozen=True)
class PageVisit:
    name: str  # URL name, as the meta-test knows it
    who: Callable[[BrowserWorld], User | None]  # None: not logged in
    path: Callable[[BrowserWorld], str]


def as_coordinator(bw: BrowserWorld) -> User:
    return bw.world.a_coordinator


def as_nobody(_bw: BrowserWorld) -> None:
    return None
