"""Import a social map as municipalities keep it: check every row, then write all or nothing.

A row is one service of one organisation. An organisation or service that is already on the
map (same name) is brought up to date, so next year's list can be read in again.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.jobs import no_progress
from wijkkracht.core.models import User
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.services.records import sheet_upload_reading, sheet_upload_unread
from wijkkracht.core.spreadsheet import Cell, SheetRow, SpreadsheetError, sheet_read
from wijkkracht.info.models import MapImport, Need, Organisation, OrganisationKind, Service
from wijkkracht.info.services.socialmap import organisation_save, service_save

COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": ("organisatie", "naam organisatie", "aanbieder", "organisatienaam"),
    "service": ("dienst", "aanbod", "voorziening", "activiteit"),
    "need": ("onderwerp", "categorie", "thema", "levensgebied"),
    "description": ("omschrijving", "beschrijving", "toelichting", "uitleg"),
    "kind": ("soort", "soort organisatie", "type"),
    "phone": ("telefoon", "telefoonnummer", "tel", "tel."),
    "email": ("e-mail", "email", "e-mailadres", "emailadres"),
    "website": ("website", "internet", "url"),
    "address": ("adres", "bezoekadres"),
    "opening_hours": ("openingstijden", "bereikbaar"),
    "how_to": ("aanmelden", "hoe aanvragen", "aanvragen", "toegang"),
    "cost": ("kosten", "prijs", "eigen bijdrage"),
    "step_free": ("drempelvrij", "rolstoeltoegankelijk", "toegankelijk"),
    "hearing_loop": ("ringleiding",),
}
REQUIRED = ("organisation", "need")
# Words municipalities use for a topic, each mapped to one need.
NEED_WORDS: dict[str, str] = {
    **{label.lower(): value for value, label in Need.choices},
    **{value: value for value in Need.values},
    "financiën": Need.MONEY,
    "financien": Need.MONEY,
    "schulden": Need.MONEY,
    "inkomen": Need.MONEY,
    "administratie": Need.MONEY,
    "zorg": Need.HEALTH,
    "gezondheid": Need.HEALTH,
    "welzijn": Need.HEALTH,
    "vervoer": Need.MOBILITY,
    "mobiliteit": Need.MOBILITY,
    "wonen": Need.HOME,
    "eten": Need.FOOD,
    "maaltijden": Need.FOOD,
    "ontmoeting": Need.MEETING,
    "meedoen": Need.MEETING,
    "sociale contacten": Need.MEETING,
    "mantelzorg": Need.CARERS,
    "veiligheid": Need.SAFETY,
    "jeugd": Need.FAMILY,
    "opvoeden": Need.FAMILY,
    "gezin": Need.FAMILY,
    "werk": Need.WORK,
    "onderwijs": Need.WORK,
    "vrijwilligerswerk": Need.WORK,
}
KIND_WORDS = {
    **{label.lower(): value for value, label in OrganisationKind.choices},
    **{value: value for value in OrganisationKind.values},
}
YES = {"ja", "j", "yes", "x", "1", "waar"}
NO = {"nee", "n", "no", "", "0", "onwaar"}


@dataclass
class PlannedRow:
    row: int
    organisation: dict[str, Any]
    service: dict[str, Any]


@dataclass
class MapPlan:
    rows: list[PlannedRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def organisations(self) -> int:
        return len({row.organisation["name"].lower() for row in self.rows})


def map_plan(
    *, content: bytes, filename: str, progress: Callable[[int, int], None] = no_progress
) -> MapPlan:
    """Read and check a social-map spreadsheet in the current collective; writes nothing."""
    plan = MapPlan()
    try:
        columns, rows = sheet_read(
            content,
            filename,
            columns=COLUMNS,
            required=REQUIRED,
            empty=_("Er staan geen organisaties in het bestand."),
        )
    except SpreadsheetError as error:
        plan.errors.append(str(error))
        return plan
    seen: dict[tuple[str, str], int] = {}
    for done, row in enumerate(rows):
        progress(done, len(rows))
        planned = _row_plan(row, columns, plan.errors)
        if planned is None:
            continue
        key = (planned.organisation["name"].lower(), planned.service["name"].lower())
        if key in seen:
            plan.errors.append(
                _("Rij %(row)s: deze dienst staat ook in rij %(other)s.")
                % {"row": row.number, "other": seen[key]}
            )
            continue
        seen[key] = row.number
        plan.rows.append(planned)
    return plan


def _text(row: SheetRow, columns: dict[str, str], name: str) -> str:
    value: Cell = row.cells.get(columns.get(name, ""))
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _row_plan(row: SheetRow, columns: dict[str, str], errors: list[str]) -> PlannedRow | None:
    problems: list[str] = []

    def text(name: str) -> str:
        return _text(row, columns, name)

    def yes_no(name: str) -> bool:
        raw = text(name).lower()
        if raw not in YES | NO:
            problems.append(_("%(column)s: schrijf ja of nee") % {"column": columns[name]})
        return raw in YES

    need = NEED_WORDS.get(text("need").lower())
    if need is None:
        problems.append(
            _("onderwerp %(value)s ken ik niet; kies uit: %(known)s")
            % {
                "value": text("need") or "''",
                "known": ", ".join(f"'{label}'" for label in Need.labels),
            }
        )
    kind = (
        KIND_WORDS.get(text("kind").lower(), OrganisationKind.CARE)
        if text("kind")
        else OrganisationKind.CARE
    )
    website = text("website")
    if website and "://" not in website:
        website = f"https://{website}"
    organisation = {
        "name": text("organisation"),
        "kind": kind,
        "phone": text("phone"),
        "email": text("email").lower(),
        "website": website,
        "address": text("address"),
        "opening_hours": text("opening_hours"),
        "step_free": yes_no("step_free") if "step_free" in columns else False,
        "hearing_loop": yes_no("hearing_loop") if "hearing_loop" in columns else False,
    }
    service = {
        "name": text("service") or text("organisation"),
        "need": need or Need.HEALTH,
        "description": text("description"),
        "how_to": text("how_to"),
        "cost": text("cost"),
    }
    if organisation["name"]:
        _check(Organisation(**organisation), ["collective", "keeper", "checked_on"], problems)
    else:
        problems.append(_("de naam van de organisatie ontbreekt"))
    _check(Service(**service), ["collective", "organisation", "checked_on"], problems)
    if problems:
        errors.append(
            _("Rij %(row)s: %(problems)s") % {"row": row.number, "problems": "; ".join(problems)}
        )
        return None
    return PlannedRow(row.number, organisation, service)


def _check(instance: Organisation | Service, exclude: list[str], problems: list[str]) -> None:
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        for name, messages in error.message_dict.items():
            label = getattr(instance._meta.get_field(name), "verbose_name", name)
            problems += [f"{label}: {message}" for message in messages]


class MapImportError(Exception):
    """The file has errors; nothing was written."""

    def __init__(self, plan: MapPlan) -> None:
        super().__init__("\n".join(plan.errors))
        self.plan = plan


def map_import_confirm(
    *,
    actor: User | None,
    upload: MapImport,
    progress: Callable[[int, int], None] = no_progress,
) -> MapPlan:
    """Write the checked file: every row or, when one row is wrong, none. The check runs
    first, outside the transaction (with progress); a second confirmation is refused."""
    sheet_upload_unread(upload)
    plan = map_plan(content=bytes(upload.content), filename=upload.filename, progress=progress)
    if not plan.ok:
        raise MapImportError(plan)
    with sheet_upload_reading(upload, len(plan.rows)) as locked:
        collective = locked.collective
        organisations = {o.name.lower(): o for o in Organisation.objects.all()}
        saved: set[str] = set()
        today = timezone.localdate()
        for planned in plan.rows:
            key = planned.organisation["name"].lower()
            if key not in saved:  # an organisation's first row speaks for it; saved once
                organisations[key] = organisation_save(
                    actor=actor,
                    collective=collective,
                    organisation=organisations.get(key),
                    checked_on=today,
                    **planned.organisation,
                )
                saved.add(key)
            organisation = organisations[key]
            existing = organisation.services.filter(name__iexact=planned.service["name"]).first()
            service_save(
                actor=actor,
                organisation=organisation,
                service=existing,
                checked_on=today,
                **planned.service,
            )
        audit_record(
            actor=actor,
            action="social_map.import",
            target=locked,
            collective=collective,
            data={"rows": len(plan.rows)},
        )
    return plan
