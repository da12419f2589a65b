from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.forms import CollectivePublicForm
from wijkkracht.core.menu import menu
from wijkkracht.core.models import RoleName
from wijkkracht.core.pagecache import public_page
from wijkkracht.core.public_home import home_parts, today_lines
from wijkkracht.core.selectors import role_counts, role_counts_for_partners
from wijkkracht.core.services.collectives import PUBLIC_FIELDS, collective_public_set


@public_page
def collective_home(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """The collective's home: its public face with what each app shows, and for a person of
    the collective first what needs doing today ("Vandaag")."""
    membership = request.membership
    context: dict[str, object] = {"collective": request.collective}
    if membership.roles:
        context["todo"] = [line for line in today_lines(membership) if line.count]
    if membership.has("coordinator", "board"):
        context["role_counts"] = role_counts()
    elif membership.has("partner"):
        context["partner_counts"] = role_counts_for_partners()
    context["parts"] = home_parts(request)
    return render(request, "core/collective_home.html", context)


def menu_group_view(request: CollectiveRequest, collective_slug: str, group: str) -> HttpResponse:
    """One group of the menu as a page of large links."""
    groups = menu(collective_slug, request.membership.roles, get_script_prefix())
    shown = next((entry for entry in groups if entry.key == group), None)
    if shown is None:
        raise Http404
    return render(request, "core/menu_group.html", {"group": shown})


@role_required(RoleName.COORDINATOR)
def collective_edit_view(request: CollectiveRequest) -> HttpResponse:
    """What the public home says: who we are, the coordinator's phone, where to find us."""
    form = CollectivePublicForm(request.POST or None, instance=request.collective)
    if request.method == "POST" and form.is_valid():
        try:
            collective_public_set(
                actor=request.user,
                collective=request.collective,
                **{name: form.cleaned_data[name] for name in PUBLIC_FIELDS},
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De voorpagina is bijgewerkt."))
            return redirect("core:collective_home", request.collective.slug)
    context = {
        "form": form,
        "title": _("Voorpagina aanpassen"),
        "lead": _(
            "Dit ziet iedereen op de voorpagina, ook wie niet inlogt. Zet het telefoonnummer "
            "van de coördinator erop: veel bewoners bellen liever."
        ),
        "back": reverse("core:collective_home", args=[request.collective.slug]),
    }
    return render(request, "core/form.html", context)
