from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.forms import CollectiveForm
from wijkkracht.core.models import Collective, Federation
from wijkkracht.core.services.collectives import collective_open


@staff_member_required(login_url="core:login")
def platform_view(request: HttpRequest) -> HttpResponse:
    """The platform administrator's page: every collective and federation, and a new collective."""
    form = CollectiveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            collective = collective_open(actor=request.user, **form.cleaned_data)  # type: ignore[arg-type]
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(name)s is aangemaakt. De coördinator krijgt een uitnodiging.")
                % {"name": collective.name},
            )
            return redirect("core:platform")
    context = {
        "form": form,
        "collectives": Collective.objects.select_related("federation").prefetch_related("areas"),
        "federations": Federation.objects.all(),
    }
    return render(request, "core/platform.html", context)
