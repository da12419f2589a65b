"""A member's own page: data, contributions, mandate, consents, and ending the membership."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import Person
from wijkkracht.core.services.people import person_update
from wijkkracht.members.forms import MY_DATA_FIELDS, ConsentForm, MyDataForm
from wijkkracht.members.models import EndReason, Mandate, Member
from wijkkracht.members.services.members import member_end
from wijkkracht.members.views.common import consent_change, member_consents


def _own_member(request: CollectiveRequest) -> Member:
    person = request.membership.person
    member = Member.objects.filter(person=person).select_related("person").first()
    if member is None:
        raise Http404
    return member


@role_required()
def my_membership_view(request: CollectiveRequest) -> HttpResponse:
    member = _own_member(request)
    context = {
        "member": member,
        "lines": member.contribution_lines.select_related("contribution").order_by("-year"),
        "mandate": Mandate.objects.filter(member=member, revoked_on=None).first(),
        "consents": member_consents(member.person),
    }
    return render(request, "members/my_membership.html", context)


@role_required()
def my_details_view(request: CollectiveRequest) -> HttpResponse:
    member = _own_member(request)
    person: Person = member.person
    form = MyDataForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in MY_DATA_FIELDS}
        person = Person.objects.get(pk=person.pk)  # the form changed the instance in place
        try:
            person_update(actor=request.user, person=person, **fields)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Uw gegevens zijn opgeslagen."))
            return redirect("members:my_membership", request.collective.slug)
    return render(request, "members/my_details.html", {"form": form})


@role_required()
def my_consent_view(request: CollectiveRequest) -> HttpResponse:
    member = _own_member(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ConsentForm(request.POST)
    if form.is_valid():
        consent_change(request, member.person, form)
    return redirect("members:my_membership", request.collective.slug)


@role_required()
def my_end_view(request: CollectiveRequest) -> HttpResponse:
    member = _own_member(request)
    if member.until is not None:
        return redirect("members:my_membership", request.collective.slug)
    if request.method == "POST":
        member_end(
            actor=request.user,
            member=member,
            until=timezone.localdate(),
            reason=EndReason.OWN_REQUEST,
        )
        messages.success(request, _("U bent geen lid meer. Bedankt voor uw steun!"))
        return redirect("core:my_data", request.collective.slug)
    return render(request, "members/my_end.html", {"member": member})
