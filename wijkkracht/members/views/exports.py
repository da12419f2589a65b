"""Downloads: the register as CSV or XLSX, address labels and letters as PDF."""

from django.http import Http404, HttpResponse
from django.utils import timezone

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import XLSX, attachment
from wijkkracht.core.models import ContactPreference
from wijkkracht.members.exports import register_csv, register_xlsx
from wijkkracht.members.models import Member
from wijkkracht.members.models.members import household_key
from wijkkracht.members.selectors import arrears, contribution_list, owed

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": XLSX,
    "pdf": "application/pdf",
}


def _download(content: bytes, filename: str) -> HttpResponse:
    return attachment(content, filename, CONTENT_TYPES[filename.rsplit(".", 1)[1]])


@role_required("coordinator", "board")
def register_export_view(request: CollectiveRequest, extension: str) -> HttpResponse:
    members = Member.objects.filter(until=None).order_by("number")
    filename = f"ledenregister-{request.collective.slug}-{timezone.localdate():%Y%m%d}.{extension}"
    if extension == "csv":
        return _download(register_csv(members), filename)
    if extension == "xlsx":
        return _download(register_xlsx(members), filename)
    raise Http404


@role_required("coordinator", "board")
def labels_view(request: CollectiveRequest) -> HttpResponse:
    """Labels for everyone who gets post instead of e-mail, one per household."""
    from wijkkracht.members.printing import (
        labels_pdf,
    )  # loaded on first use: reportlab is slow to import

    persons, households = [], set()
    members = Member.objects.filter(until=None).select_related("person").order_by("number")
    for member in members.exclude(person__contact_preference=ContactPreference.EMAIL):
        key = household_key(member.person)
        if key not in households:
            households.add(key)
            persons.append(member.person)
    return _download(labels_pdf(persons), f"etiketten-{request.collective.slug}.pdf")


@role_required("coordinator", "board")
def letters_view(request: CollectiveRequest, year: int) -> HttpResponse:
    """Letters for households without e-mail; ?herinnering=1 prints reminders for arrears."""
    from wijkkracht.members.printing import (
        letters_pdf,
    )  # loaded on first use: reportlab is slow to import

    reminder = request.GET.get("herinnering") == "1"
    contributions = arrears(year) if reminder else contribution_list(year=year)
    letters = [
        (c.payer.person, c.payer.number, year, owed(c))
        for c in contributions.exclude(payer__person__contact_preference=ContactPreference.EMAIL)
        if c.amount
    ]
    kind = "herinneringen" if reminder else "brieven"
    filename = f"{kind}-{request.collective.slug}-{year}.pdf"
    return _download(letters_pdf(request.collective, letters, reminder), filename)
