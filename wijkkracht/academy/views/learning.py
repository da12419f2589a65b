"""My learning: the courses I signed up for, my certificates, and, for a professional, my
register numbers and points against the register's norm."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.academy.forms import RegisterNumberForm
from wijkkracht.academy.models import Edition, RegisterNumber
from wijkkracht.academy.selectors import RESIDENT_SHARE_TARGET, points_ledger
from wijkkracht.activities.models import Registration, RegistrationStatus
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.services.audit import audit_record


@role_required()
def my_learning_view(request: CollectiveRequest) -> HttpResponse:
    person = request.membership.person
    if person is None:
        return render(request, "academy/my_learning.html", {"person": None})
    editions = Edition.objects.filter(
        pk__in=Registration.objects.filter(
            person=person,
            status__in=[RegistrationStatus.PLACE, RegistrationStatus.WAITING],
            occurrence__starts_at__gte=timezone.now(),
        ).values("occurrence__activity__edition")
    ).select_related("course")
    context = {
        "person": person,
        "editions": editions,
        "certificates": person.certificates.all(),
        "ledgers": points_ledger(person),
        "target_percent": int(RESIDENT_SHARE_TARGET * 100),
    }
    return render(request, "academy/my_learning.html", context)


@role_required()
def register_number_view(request: CollectiveRequest) -> HttpResponse:
    """Add a register number, or change the one for that register."""
    person = request.membership.person
    if person is None:
        return redirect("academy:my_learning", request.collective.slug)
    form = RegisterNumberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        number, _created = RegisterNumber.objects.update_or_create(
            person=person,
            register=form.cleaned_data["register"],
            defaults={
                "collective": request.collective,
                "number": form.cleaned_data["number"],
                "period_start": form.cleaned_data["period_start"],
            },
        )
        audit_record(
            actor=request.user,
            action="academy.register_number",
            target=number,
            collective=request.collective,
            on_behalf_of=person,
            data={"register": number.register},
        )
        messages.success(request, _("Uw registratienummer is opgeslagen."))
        return redirect("academy:my_learning", request.collective.slug)
    context = {
        "form": form,
        "title": _("Mijn registratienummer"),
        "lead": _(
            "Met uw nummer tellen we uw punten en zetten we u op de presentielijst voor het "
            "register. Alleen u, de coördinator en de docenten van uw cursussen zien het."
        ),
        "back": reverse("academy:my_learning", args=[request.collective.slug]),
    }
    return render(request, "core/form.html", context)
