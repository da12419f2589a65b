"""A resident's own pages: my sign-ups and what I may eat; the coordinator fills in the diet
of someone who phoned."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from wijkkracht.activities.forms import DietForm
from wijkkracht.activities.models import DietProfile, Via
from wijkkracht.activities.selectors import my_registrations
from wijkkracht.activities.services.meals import diet_erase, diet_save
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import Person, RoleName


@role_required()
def my_activities_view(request: CollectiveRequest) -> HttpResponse:
    person = request.membership.person
    if person is None:
        raise Http404
    context = {
        "registrations": my_registrations(person.pk),
        "diet": DietProfile.objects.filter(person=person).first(),
    }
    return render(request, "activities/my_activities.html", context)


def _diet_page(request: CollectiveRequest, person: Person, *, via: str, done: str) -> HttpResponse:
    profile = DietProfile.objects.filter(person=person).first()
    initial = (
        {
            "diet": profile.diet,
            "allergens": profile.allergens,
            "texture": profile.texture,
            "note": profile.note,
            "consent": True,
        }
        if profile
        else None
    )
    form = DietForm(request.POST or None, initial=initial)
    if request.method == "POST" and "erase" in request.POST:
        diet_erase(actor=request.user, person=person)
        messages.success(request, _("Het dieet en de allergieën zijn gewist."))
        return redirect(done)
    if request.method == "POST" and form.is_valid():
        try:
            diet_save(actor=request.user, person=person, via=via, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("consent", error)
        else:
            messages.success(request, _("Opgeslagen. De kok houdt er rekening mee."))
            return redirect(done)
    return render(
        request,
        "activities/diet_form.html",
        {"form": form, "person": person, "profile": profile, "back": done},
    )


@role_required()
def my_diet_view(request: CollectiveRequest) -> HttpResponse:
    person = request.membership.person
    if person is None:
        raise Http404
    return _diet_page(
        request,
        person,
        via=Via.ONLINE,
        done=reverse("activities:my_activities", args=[request.collective.slug]),
    )


@role_required(RoleName.COORDINATOR)
def person_diet_view(request: CollectiveRequest, person_id: int) -> HttpResponse:
    """The coordinator writes down what a guest told on the phone; back to where they came from."""
    person = get_object_or_404(Person, pk=person_id, erased_at=None)
    back = request.GET.get("terug", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = reverse("core:person_detail", args=[request.collective.slug, person.pk])
    return _diet_page(request, person, via=Via.PHONE, done=back)
