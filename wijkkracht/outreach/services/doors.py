"""Read the collective's doors from an address file as municipalities and the BAG give it
(CSV from Dutch Excel, or XLSX): all or nothing, every wrong row named. Reading the same file
again changes nothing; an address no longer in the file stays (rounds point at it)."""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wijkkracht.core.models import Area, Collective, User
from wijkkracht.core.postcode import normalise_postcode
from wijkkracht.core.services.audit import audit_record
from wijkkracht.core.spreadsheet import Cell, SheetRow, SpreadsheetError, sheet_read
from wijkkracht.outreach.models import Door

COLUMNS: dict[str, tuple[str, ...]] = {
    "postcode": ("postcode",),
    "house_number": ("huisnummer", "nummer"),
    "house_letter": ("huisletter", "letter"),
    "addition": ("toevoeging", "huisnummertoevoeging"),
    "street": ("straat", "openbare ruimte", "openbareruimtenaam", "openbare_ruimte_naam"),
    "place": ("woonplaats", "plaats", "woonplaatsnaam"),
    "area": ("buurtcode", "buurt"),
    "x": ("x", "x-coördinaat", "x_coordinaat"),
    "y": ("y", "y-coördinaat", "y_coordinaat"),
    "use": ("gebruiksdoel", "gebruiksdoelen"),
}
REQUIRED = ("postcode", "house_number", "street", "place")
MOST_ERRORS = 50  # more than this and the file is plainly the wrong one


@dataclass
class DoorsPlan:
    doors: list[Door] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    new: int = 0
    known: int = 0


def _text(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    return str(cell or "").strip()


def _row_door(
    collective: Collective, row: SheetRow, found: dict[str, str], areas: dict[str, Area]
) -> Door:
    """One row as a door; ValueError with the Dutch reason for the first thing wrong."""

    def cell(name: str) -> str:
        return _text(row.cells.get(found[name])) if name in found else ""

    try:
        postcode = normalise_postcode(cell("postcode"))
    except ValidationError:
        raise ValueError(
            _("de postcode “%(value)s” klopt niet") % {"value": cell("postcode")}
        ) from None
    number = cell("house_number")
    if not number.isdigit() or not 0 < int(number) < 100000:  # noqa: PLR2004
        raise ValueError(_("het huisnummer “%(value)s” is geen heel getal") % {"value": number})
    letter, addition = cell("house_letter").upper(), cell("addition").upper()
    if len(letter) > 1 or (letter and not letter.isalpha()):
        raise ValueError(_("de huisletter “%(value)s” is niet één letter") % {"value": letter})
    if len(addition) > 4:  # noqa: PLR2004
        raise ValueError(_("de toevoeging “%(value)s” is te lang") % {"value": addition})
    if not cell("street") or not cell("place"):
        raise ValueError(_("straat en woonplaats zijn nodig"))
    area = None
    if cell("area"):
        area = areas.get(cell("area").upper())
        if area is None:
            raise ValueError(
                _("buurt %(code)s hoort niet bij de coöperatie") % {"code": cell("area")}
            )
    try:
        x = Decimal(cell("x").replace(",", ".")) if cell("x") else None
        y = Decimal(cell("y").replace(",", ".")) if cell("y") else None
    except InvalidOperation:
        raise ValueError(_("de coördinaten zijn geen getallen")) from None
    use = cell("use").lower()
    return Door(
        collective=collective,
        postcode=postcode,
        house_number=int(number),
        house_letter=letter,
        addition=addition,
        street=cell("street")[:200],
        place=cell("place")[:100],
        area=area,
        x=x,
        y=y,
        residential=not use or "woon" in use,
    )


def doors_plan(collective: Collective, content: bytes, filename: str) -> DoorsPlan:
    """Read and check the file; writes nothing."""
    plan = DoorsPlan()
    try:
        found, rows = sheet_read(
            content,
            filename,
            columns=COLUMNS,
            required=REQUIRED,
            empty=_("Het bestand heeft geen adressen."),
        )
    except SpreadsheetError as error:
        plan.errors.append(str(error))
        return plan
    areas = {area.code: area for area in collective.areas.all()}
    seen: dict[tuple[str, int, str, str], int] = {}
    for row in rows:
        try:
            door = _row_door(collective, row, found, areas)
        except ValueError as error:
            plan.errors.append(_("Rij %(row)d: %(error)s.") % {"row": row.number, "error": error})
        else:
            key = (door.postcode, door.house_number, door.house_letter, door.addition)
            if key in seen:
                plan.errors.append(
                    _("Rij %(row)d: dit adres staat ook in rij %(first)d.")
                    % {"row": row.number, "first": seen[key]}
                )
            seen[key] = row.number
            plan.doors.append(door)
        if len(plan.errors) >= MOST_ERRORS:
            plan.errors.append(_("Er zijn meer fouten; de rest is niet meer bekeken."))
            break
    return plan


@transaction.atomic
def doors_load(
    *, actor: User | None, collective: Collective, content: bytes, filename: str
) -> DoorsPlan:
    """Store the file's doors if every row is right; otherwise store nothing."""
    plan = doors_plan(collective, content, filename)
    if plan.errors:
        return plan
    existing = {
        (d.postcode, d.house_number, d.house_letter, d.addition): d
        for d in Door.objects.select_for_update()
    }
    fields = ["street", "place", "area", "x", "y", "residential"]
    changed, new = [], []
    for door in plan.doors:
        old = existing.get((door.postcode, door.house_number, door.house_letter, door.addition))
        if old is None:
            new.append(door)
            continue
        for name in fields:
            setattr(old, name, getattr(door, name))
        changed.append(old)
    Door.objects.bulk_create(new, batch_size=1000)
    Door.objects.bulk_update(changed, fields, batch_size=1000)
    plan.new, plan.known = len(new), len(changed)
    audit_record(
        actor=actor,
        action="outreach.doors",
        target=collective,
        collective=collective,
        data={"new": plan.new, "known": plan.known},
    )
    return plan
