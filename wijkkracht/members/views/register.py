"""The member register: list, new member, one member's page and what can be done there."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.selectors import access_entries_for
from wijkkracht.core.services.audit import access_record
from wijkkracht.core.services.people import PERSON_FIELDS, person_create
from wijkkracht.members.forms import ConsentForm, MandateForm, MemberEndForm, MemberForm, RateForm
from wijkkracht.members.models import Mandate
from wijkkracht.members.selectors import household_of, member_counts, member_get, member_list
from wijkkracht.members.services.members import member_create, member_end, member_rate_set
from wijkkracht.members.services.sepa import mandate_create, mandate_revoke
from wijkkracht.members.views.common import consent_change, member_consents

PAGE_SIZE = 50
STATUSES = ("active", "former", "all")


@role_required("coordinator", "board")
def member_list_view(request: CollectiveRequest) -> HttpResponse:
    search = request.GET.get("q", "").strip()
    status = request.GET.get("status", "active")
    if status not in STATUSES:
        status = "active"
    page = Paginator(member_list(search=search, status=status), PAGE_SIZE).get_page(
        request.GET.get("pagina")
    )
    context = {
        "page": page,
        "query": urlencode({"q": search, "status": status}),
        "search": search,
        "status": status,
        "counts": member_counts(),
    }
    if request.headers.get("HX-Request"):
        return render(request, "members/member_list.html#results", context)
    return render(request, "members/member_list.html", context)


@role_required("coordinator", "board")
def member_create_view(request: CollectiveRequest) -> HttpResponse:
    form = MemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in PERSON_FIELDS}
        try:
            with transaction.atomic():
                person = person_create(
                    actor=request.user, collective=request.collective, roles=[], **fields
                )
                member = member_create(
                    actor=request.user,
                    person=person,
                    since=form.cleaned_data["since"],
                    rate=form.cleaned_data["rate"],
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(name)s is lid met nummer %(number)s.")
                % {"name": person.full_name, "number": member.number},
            )
            return redirect("members:member_detail", request.collective.slug, member.pk)
    return render(request, "members/member_form.html", {"form": form})


@role_required("coordinator", "board")
def member_detail_view(request: CollectiveRequest, member_id: int) -> HttpResponse:
    member = member_get(member_id=member_id)
    access_record(
        actor=request.user,
        actor_role=", ".join(sorted(request.membership.roles)),
        person=member.person,
        record=_("ledenregister"),
    )
    context = {
        "member": member,
        "household": household_of(member),
        "lines": member.contribution_lines.select_related("contribution").order_by("-year"),
        "paid_for": member.contributions.prefetch_related("payments").order_by("-year"),
        "mandates": Mandate.objects.filter(member=member),
        "consents": member_consents(member.person),
        "mandate_form": MandateForm(initial={"account_holder": member.person.full_name}),
        "rate_form": RateForm(initial={"rate": member.rate}),
        "access_entries": access_entries_for(person=member.person)[:10],
    }
    return render(request, "members/member_detail.html", context)


@role_required("coordinator", "board")
def member_end_view(request: CollectiveRequest, member_id: int) -> HttpResponse:
    member = member_get(member_id=member_id)
    form = MemberEndForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            member_end(
                actor=request.user,
                member=member,
                until=form.cleaned_data["until"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het lidmaatschap is beëindigd."))
            return redirect("members:member_detail", request.collective.slug, member.pk)
    return render(request, "members/member_end.html", {"form": form, "member": member})


@role_required("coordinator", "board")
def member_rate_view(request: CollectiveRequest, member_id: int) -> HttpResponse:
    member = member_get(member_id=member_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    form = RateForm(request.POST)
    if form.is_valid():
        member_rate_set(actor=request.user, member=member, rate=form.cleaned_data["rate"])
        messages.success(request, _("Het tarief is opgeslagen. Het geldt vanaf de volgende run."))
    return redirect("members:member_detail", request.collective.slug, member.pk)


@role_required("coordinator", "board")
def mandate_create_view(request: CollectiveRequest, member_id: int) -> HttpResponse:
    member = member_get(member_id=member_id)
    form = MandateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            mandate_create(actor=request.user, member=member, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De machtiging is opgeslagen."))
            return redirect("members:member_detail", request.collective.slug, member.pk)
    return render(request, "members/mandate_form.html", {"form": form, "member": member})


@role_required("coordinator", "board")
def mandate_revoke_view(
    request: CollectiveRequest, member_id: int, mandate_id: int
) -> HttpResponse:
    member = member_get(member_id=member_id)
    mandate = Mandate.objects.filter(member=member, pk=mandate_id, revoked_on=None).first()
    if mandate is None:
        raise Http404
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    mandate_revoke(actor=request.user, mandate=mandate)
    messages.success(request, _("De machtiging is ingetrokken."))
    return redirect("members:member_detail", request.collective.slug, member.pk)


@role_required("coordinator", "board")
def member_consent_view(request: CollectiveRequest, member_id: int) -> HttpResponse:
    member = member_get(member_id=member_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ConsentForm(request.POST)
    if form.is_valid():
        consent_change(request, member.person, form)
    return redirect("members:member_detail", request.collective.slug, member.pk)
