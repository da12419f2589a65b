"""The national page: how far the movement is against the targets of the Actieplan (500
wijkcoöperaties, 500 buurtacademies, the social business case used 1,000 times). It counts
collectives and uses, not people, so nothing in it is hidden; three queries."""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from wijkkracht.core.models import Collective


@dataclass(frozen=True)
class Target:
    label: str | Promise
    count: int
    target: int

    @property
    def percent(self) -> int:
        return min(100, round(100 * self.count / self.target))


def national_figures(year: int) -> list[Target]:
    from wijkkracht.academy.models import Session
    from wijkkracht.businesscase.models import Use

    with scopes_disabled():
        collectives = Collective.objects.count()
        academies = (
            Session.objects.filter(occurrence__starts_at__year=year)
            .values("collective_id")
            .distinct()
            .count()
        )
        # A state of a scenario counts once, computed or published.
        uses = Use.objects.values("scenario_id", "revision").distinct().count()
    return [
        Target(_("Wijk- en dorpscoöperaties op Wijkkracht"), collectives, 500),
        Target(_("Actieve buurtacademies dit jaar"), academies, 500),
        Target(_("Keer de maatschappelijke businesscase gebruikt"), uses, 1000),
    ]
