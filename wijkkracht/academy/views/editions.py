"""An edition: its sessions, who comes, who reached the threshold, the certificates and the
presence list for the register."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.academy.access import taught_edition, teaches
from wijkkracht.academy.models import Edition
from wijkkracht.academy.registers import register_get
from wijkkracht.academy.selectors import PRESENCE_COLUMNS, presence_list
from wijkkracht.academy.services.attendance import edition_results
from wijkkracht.academy.services.certificates import certificates_issue
from wijkkracht.academy.services.editions import edition_enrol, sessions_sync
from wijkkracht.activities.models import Registration, RegistrationStatus, Via
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.core.tables import table_csv


@role_required()
def edition_view(request: CollectiveRequest, edition_id: int) -> HttpResponse:
    edition = get_object_or_404(Edition.objects.select_related("course", "activity"), pk=edition_id)
    sessions = sessions_sync(edition)
    person = request.membership.person
    mine = (
        Registration.objects.filter(occurrence__activity=edition.activity, person=person)
        .exclude(status=RegistrationStatus.CANCELLED)
        .order_by("occurrence__starts_at")
        .values_list("status", flat=True)
        .first()
        if person
        else None
    )
    context = {
        "edition": edition,
        "course": edition.course,
        "sessions": sessions,
        "mine": mine,
        "over": bool(sessions) and sessions[-1].occurrence.ends_at <= timezone.now(),
        "teaches": teaches(request, edition.course),
        "types_in": request.membership.has("volunteer"),
    }
    if context["teaches"]:
        net, results = edition_results(edition)
        context.update(
            net=net,
            results=results,
            register=register_get(edition.course.register),
            certificates=edition.certificates.order_by("name"),
            presence=presence_list(edition, net, results),
        )
    return render(request, "academy/edition.html", context)


@role_required()
def enrol_view(request: CollectiveRequest, edition_id: int) -> HttpResponse:
    edition = get_object_or_404(Edition, pk=edition_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    person = request.membership.person
    if person is None:
        messages.error(request, _("Vraag de coördinator om u in te schrijven."))
        return redirect("academy:edition", request.collective.slug, edition.pk)
    try:
        status = edition_enrol(actor=request.user, edition=edition, person=person, via=Via.ONLINE)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if status == "place":
            messages.success(
                request, _("U bent ingeschreven. De bijeenkomsten staan in uw agenda.")
            )
        else:
            messages.success(request, _("De cursus is vol. U staat op de wachtlijst."))
    return redirect("academy:edition", request.collective.slug, edition.pk)


@role_required()
def certificates_issue_view(request: CollectiveRequest, edition_id: int) -> HttpResponse:
    edition = taught_edition(request, edition_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        made = certificates_issue(actor=request.user, edition=edition)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(count)s certificaten gemaakt.") % {"count": len(made)})
    return redirect("academy:edition", request.collective.slug, edition.pk)


@role_required()
def presence_csv_view(request: CollectiveRequest, edition_id: int) -> HttpResponse:
    edition = taught_edition(request, edition_id)
    presence = presence_list(edition, *edition_results(edition))
    name = f"presentielijst-{edition.course.register}-{edition.pk}.csv"
    return attachment(table_csv(list(PRESENCE_COLUMNS), presence.rows), name, "text/csv")
