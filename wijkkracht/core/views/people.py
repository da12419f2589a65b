from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.forms import PersonForm, RoleForm
from wijkkracht.core.models import RoleName
from wijkkracht.core.selectors import access_entries_for, person_get, person_list
from wijkkracht.core.services.audit import access_record
from wijkkracht.core.services.people import (
    PERSON_FIELDS,
    person_create,
    person_invite,
    person_update,
    role_grant,
    role_revoke,
)

PAGE_SIZE = 50


@role_required("coordinator", "board")
def person_list_view(request: CollectiveRequest) -> HttpResponse:
    search = request.GET.get("q", "").strip()
    role = request.GET.get("rol", "")
    if role not in RoleName.values:
        role = ""
    page = Paginator(person_list(search=search, role=role), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    context = {
        "page": page,
        "query": urlencode({"q": search, "rol": role}),
        "search": search,
        "role": role,
        "roles": RoleName.choices,
    }
    if request.headers.get("HX-Request"):
        return render(request, "core/person_list.html#results", context)
    return render(request, "core/person_list.html", context)


@role_required("coordinator")
def person_create_view(request: CollectiveRequest) -> HttpResponse:
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in PERSON_FIELDS}
        try:
            person = person_create(
                actor=request.user,
                collective=request.collective,
                roles=form.cleaned_data["roles"],
                **fields,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("%(name)s is opgeslagen.") % {"name": person.full_name})
            return redirect("core:person_detail", request.collective.slug, person.pk)
    return render(request, "core/person_form.html", {"form": form, "person": None})


@role_required("coordinator", "board")
def person_detail_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    person = person_get(person_id=person_id)
    access_record(
        actor=request.user,
        actor_role=", ".join(sorted(request.membership.roles)),
        person=person,
        record=_("persoonsgegevens"),
    )
    context = {
        "person": person,
        "role_form": RoleForm(),
        "held_roles": {role.name for role in person.roles.all()},
        "role_choices": RoleName.choices,
        "access_entries": access_entries_for(person=person)[:20],
    }
    return render(request, "core/person_detail.html", context)


@role_required("coordinator")
def person_edit_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    person = person_get(person_id=person_id)
    form = PersonForm(request.POST or None, instance=person, with_roles=False)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in PERSON_FIELDS}
        try:
            person_update(actor=request.user, person=person, **fields)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De gegevens zijn opgeslagen."))
            return redirect("core:person_detail", request.collective.slug, person.pk)
    return render(request, "core/person_form.html", {"form": form, "person": person})


@role_required("coordinator")
def person_role_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    person = person_get(person_id=person_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies een rol."))
    elif form.cleaned_data["action"] == "grant":
        role_grant(actor=request.user, person=person, name=form.cleaned_data["role"])
        messages.success(request, _("De rol is toegevoegd."))
    else:
        try:
            role_revoke(actor=request.user, person=person, name=form.cleaned_data["role"])
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("De rol is weggehaald."))
    return redirect("core:person_detail", request.collective.slug, person.pk)


@role_required("coordinator")
def person_invite_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    person = person_get(person_id=person_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    try:
        person_invite(actor=request.user, person=person)
    except ValidationError as error:
        show_errors(request, error)
    else:
        messages.success(
            request, _("Er is een e-mail gestuurd naar %(email)s.") % {"email": person.email}
        )
    return redirect("core:person_detail", request.collective.slug, person.pk)
