"""Writing business cases: a case from a template, its scenarios' settings and lines, copies
and publication. Every change checks the revision the user saw, so two editors never overwrite
each other's work unseen."""

import copy
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wijkkracht.businesscase.calculation.reading import CaseInvalid, case_read
from wijkkracht.businesscase.models import (
    BusinessCase,
    Scenario,
    Stakeholder,
    Use,
    UseKind,
    empty_case,
)
from wijkkracht.businesscase.templates import template_get
from wijkkracht.core.models import Collective, User
from wijkkracht.core.services.audit import audit_record

SECTIONS = ("costs", "effects")
PUBLISHED = gettext_lazy(
    "Dit scenario is gepubliceerd en verandert niet meer. Maak een kopie om verder te gaan."
)


@transaction.atomic
def business_case_create(
    *, actor: User | None, collective: Collective, title: str, intervention: str, template: str = ""
) -> BusinessCase:
    """A new case with its first scenario, filled from a template when one is chosen."""
    case = BusinessCase(
        collective=collective, title=title, intervention=intervention, created_by=actor
    )
    case.full_clean(exclude=["collective"])
    case.save()
    data = template_get(template).case if template else empty_case()
    scenario = Scenario.objects.create(
        collective=collective,
        case=case,
        name=_("Basis"),
        version=1,
        data=copy.deepcopy(data),
        created_by=actor,
    )
    audit_record(
        actor=actor,
        action="businesscase.create",
        target=case,
        collective=collective,
        data={"template": template, "scenario": scenario.pk},
    )
    return case


def _editable(scenario: Scenario, revision: int) -> Scenario:
    """The scenario locked for writing, as long as it is unpublished and unchanged since seen."""
    fresh = Scenario.objects.select_for_update().get(pk=scenario.pk)
    if fresh.published_at:
        raise ValidationError(str(PUBLISHED))
    if fresh.revision != revision:
        raise ValidationError(
            _(
                "Iemand anders heeft dit scenario net veranderd. "
                "Bekijk het opnieuw en probeer het dan nog eens."
            )
        )
    return fresh


def _stakeholders(data: dict[str, Any]) -> list[str]:
    """The parties that have a line, in the usual order, then any others as they came."""
    used = {line["stakeholder"] for section in SECTIONS for line in data[section]}
    known = [code for code in Stakeholder.values if code in used]
    return known + [
        name for name in dict.fromkeys(data["stakeholders"]) if name in used - set(known)
    ]


def _store(
    *,
    actor: User | None,
    scenario: Scenario,
    data: dict[str, Any],
    action: str,
    fields: tuple[str, ...] = (),
) -> Scenario:
    """Check the whole case, then save it as the next revision (with ``fields`` of the row)."""
    data["stakeholders"] = _stakeholders(data)
    if data["costs"] or data["effects"]:
        try:
            case_read(data)
        except CaseInvalid as error:
            raise ValidationError(error.errors) from error
    scenario.data = data
    scenario.revision += 1
    scenario.save(update_fields=["data", "revision", *fields])
    audit_record(actor=actor, action=action, target=scenario, collective=scenario.collective)
    return scenario


@transaction.atomic
def scenario_settings_save(
    *,
    actor: User | None,
    scenario: Scenario,
    revision: int,
    name: str,
    horizon_years: int,
    discount_rate: Decimal,
) -> Scenario:
    scenario = _editable(scenario, revision)
    scenario.name = name
    scenario.full_clean(exclude=["collective", "case", "based_on"])
    beyond = _lines_beyond(scenario.data, horizon_years)
    if beyond:
        raise ValidationError(
            _("Deze regels lopen na jaar %(horizon)s door: %(labels)s. Pas ze eerst aan.")
            % {"horizon": horizon_years, "labels": ", ".join(beyond)}
        )
    data = copy.deepcopy(scenario.data)
    data["horizon_years"] = horizon_years
    data["discount_rate"] = str(discount_rate)
    return _store(
        actor=actor, scenario=scenario, data=data, action="scenario.settings", fields=("name",)
    )


def _lines_beyond(data: dict[str, Any], horizon: int) -> list[str]:
    """Lines with an amount after the last year, or an effect that starts after it."""
    costs = [line["label"] for line in data["costs"] if max(map(int, line["amounts"])) > horizon]
    effects = [line["label"] for line in data["effects"] if line.get("first_year", 1) > horizon]
    return costs + effects


@transaction.atomic
def scenario_line_save(
    *,
    actor: User | None,
    scenario: Scenario,
    revision: int,
    section: str,
    line: dict[str, Any],
    index: int | None = None,
) -> Scenario:
    """Add a cost or effect line, or replace the one at ``index``."""
    scenario = _editable(scenario, revision)
    data = copy.deepcopy(scenario.data)
    data["stakeholders"] = [*data["stakeholders"], line["stakeholder"]]
    if index is None:
        data[section].append(line)
    else:
        data[section][index] = line
    return _store(actor=actor, scenario=scenario, data=data, action=f"scenario.{section}.save")


@transaction.atomic
def scenario_line_delete(
    *, actor: User | None, scenario: Scenario, revision: int, section: str, index: int
) -> Scenario:
    scenario = _editable(scenario, revision)
    data = copy.deepcopy(scenario.data)
    del data[section][index]
    return _store(actor=actor, scenario=scenario, data=data, action=f"scenario.{section}.delete")


@transaction.atomic
def scenario_copy(*, actor: User | None, scenario: Scenario, name: str) -> Scenario:
    """A new version of the case with the same numbers, to change beside the original."""
    BusinessCase.objects.select_for_update().get(pk=scenario.case_id)
    version = Scenario.objects.filter(case_id=scenario.case_id).aggregate(v=Max("version"))["v"]
    new = Scenario(
        collective=scenario.collective,
        case_id=scenario.case_id,
        name=name,
        version=version + 1,
        data=copy.deepcopy(scenario.data),
        based_on=scenario,
        created_by=actor,
    )
    new.full_clean(exclude=["collective", "case", "based_on"])
    new.save()
    audit_record(
        actor=actor,
        action="scenario.copy",
        target=new,
        collective=scenario.collective,
        data={"from": scenario.pk},
    )
    return new


@transaction.atomic
def scenario_publish(*, actor: User | None, scenario: Scenario, revision: int) -> Scenario:
    """Fix the scenario as it is, to share; it is counted as a published case."""
    scenario = _editable(scenario, revision)
    if not (scenario.data["costs"] or scenario.data["effects"]):
        raise ValidationError(_("Een scenario zonder kosten of effecten kunt u niet publiceren."))
    scenario.published_at = timezone.now()
    scenario.save(update_fields=["published_at"])
    Use.objects.create(
        collective=scenario.collective,
        scenario=scenario,
        revision=scenario.revision,
        kind=UseKind.PUBLISHED,
    )
    audit_record(
        actor=actor, action="scenario.publish", target=scenario, collective=scenario.collective
    )
    return scenario


def use_count(*, scenario: Scenario) -> None:
    """Count this state of the scenario as computed, once, however often its report is opened."""
    Use.objects.get_or_create(
        collective_id=scenario.collective_id,
        scenario=scenario,
        revision=scenario.revision,
        kind=UseKind.COMPUTED,
    )
