"""The project's URLs plus one deliberately leaky view, to prove the isolation walker can fail."""

from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django_scopes import scopes_disabled

from wijkkracht.core.models import Person
from wijkkracht.urls import urlpatterns as project_urlpatterns


@csrf_exempt
def leaky_person(request: HttpRequest, collective_slug: str, person_id: int) -> HttpResponse:
    with scopes_disabled():  # the mistake: fetching by id without the tenant's scope
        return HttpResponse(Person.objects.get(pk=person_id).full_name)


urlpatterns = [
    path("<slug:collective_slug>/lek/<int:person_id>/", leaky_person, name="leaky_person"),
    *project_urlpatterns,
]
