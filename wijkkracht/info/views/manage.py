"""Keeping the information point current: the social map, walk-in hours, articles, synonyms."""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.feedback import show_errors
from wijkkracht.core.models import RoleName
from wijkkracht.info.forms import (
    ArticleForm,
    OrganisationForm,
    ServiceForm,
    ServiceMadeForm,
    SynonymForm,
    WalkInForm,
)
from wijkkracht.info.models import Article, Organisation, Service, SynonymGroup, WalkInHour
from wijkkracht.info.search import default_synonyms
from wijkkracht.info.selectors import desk_figures, map_to_check
from wijkkracht.info.services.articles import (
    article_delete,
    article_save,
    synonym_group_delete,
    synonym_group_save,
)
from wijkkracht.info.services.socialmap import (
    checked_mark,
    organisation_save,
    service_delete,
    service_save,
    walk_in_save,
)

coordinator_only = role_required(RoleName.COORDINATOR)


def _form_page(
    request: CollectiveRequest,
    form: ServiceMadeForm,
    title: str,
    back: str = "info:map_manage",
) -> HttpResponse:
    context = {
        "form": form,
        "title": title,
        "back": reverse(back, args=[request.collective.slug]),
    }
    return render(request, "core/form.html", context)


@coordinator_only
def map_manage_view(request: CollectiveRequest) -> HttpResponse:
    today = timezone.localdate()
    to_check = set(map_to_check().values_list("pk", flat=True))
    organisations = Organisation.objects.select_related("keeper").prefetch_related(
        "services__walk_in_hours"
    )
    context = {
        "organisations": sorted(organisations, key=lambda o: o.pk not in to_check),
        "to_check": to_check,
        "desk": desk_figures(start=today.replace(month=1, day=1), end=today),
        "desk_month": desk_figures(start=today - datetime.timedelta(days=30), end=today),
    }
    return render(request, "info/map_manage.html", context)


@coordinator_only
def organisation_edit_view(
    request: CollectiveRequest, organisation_id: int | None = None
) -> HttpResponse:
    organisation = get_object_or_404(Organisation, pk=organisation_id) if organisation_id else None
    form = OrganisationForm(request.POST or None, instance=organisation)
    if request.method == "POST" and form.is_valid():
        try:
            saved = organisation_save(
                actor=request.user,
                collective=request.collective,
                organisation=organisation,
                keeper=organisation.keeper if organisation else request.user,
                checked_on=timezone.localdate(),
                **form.fields_for_service(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De organisatie is opgeslagen."))
            if organisation is None:
                return redirect("info:service_create", request.collective.slug, saved.pk)
            return redirect("info:map_manage", request.collective.slug)
    title = organisation.name if organisation else _("Organisatie toevoegen")
    return _form_page(request, form, str(title))


@coordinator_only
def checked_view(request: CollectiveRequest, organisation_id: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation, pk=organisation_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    checked_mark(actor=request.user, organisation=organisation)
    messages.success(request, _("Genoteerd: %(name)s klopt nog.") % {"name": organisation.name})
    return redirect("info:map_manage", request.collective.slug)


@coordinator_only
def service_edit_view(
    request: CollectiveRequest, organisation_id: int | None = None, service_id: int | None = None
) -> HttpResponse:
    service = get_object_or_404(Service, pk=service_id) if service_id else None
    organisation = (
        service.organisation if service else get_object_or_404(Organisation, pk=organisation_id)
    )
    form = ServiceForm(request.POST or None, instance=service)
    if request.method == "POST" and form.is_valid():
        try:
            service_save(
                actor=request.user,
                organisation=organisation,
                service=service,
                checked_on=timezone.localdate(),
                **form.fields_for_service(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De dienst is opgeslagen."))
            return redirect("info:map_manage", request.collective.slug)
    if service is None:
        title = _("Nieuwe dienst van %(name)s") % {"name": organisation.name}
        return _form_page(request, form, title)
    context = {
        "form": form,
        "title": service.name,
        "back": reverse("info:map_manage", args=[request.collective.slug]),
        "service": service,
        "walk_ins": service.walk_in_hours.all(),
    }
    return render(request, "info/service_form.html", context)


@coordinator_only
def service_delete_view(request: CollectiveRequest, service_id: int) -> HttpResponse:
    service = get_object_or_404(Service.objects.select_related("organisation"), pk=service_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    service_delete(actor=request.user, service=service)
    messages.success(request, _("%(name)s staat niet meer op de kaart.") % {"name": service.name})
    return redirect("info:map_manage", request.collective.slug)


@coordinator_only
def walk_in_edit_view(
    request: CollectiveRequest, service_id: int | None = None, walk_in_id: int | None = None
) -> HttpResponse:
    walk_in = get_object_or_404(WalkInHour, pk=walk_in_id) if walk_in_id else None
    service = walk_in.service if walk_in else get_object_or_404(Service, pk=service_id)
    form = WalkInForm(request.POST or None, instance=walk_in)
    if request.method == "POST" and form.is_valid():
        try:
            walk_in_save(
                actor=request.user, service=service, walk_in=walk_in, **form.fields_for_service()
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het spreekuur is opgeslagen."))
            return redirect("info:map_manage", request.collective.slug)
    title = _("Inloopspreekuur van %(name)s") % {"name": service.name}
    return _form_page(request, form, str(title))


@coordinator_only
def article_manage_view(request: CollectiveRequest) -> HttpResponse:
    return render(request, "info/article_manage.html", {"articles": Article.objects.all()})


@coordinator_only
def article_edit_view(request: CollectiveRequest, article_id: int | None = None) -> HttpResponse:
    article = get_object_or_404(Article, pk=article_id) if article_id else None
    form = ArticleForm(
        request.POST or None,
        instance=article,
        initial={} if article else {"published_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            article_save(
                actor=request.user,
                collective=request.collective,
                article=article,
                **form.fields_for_service(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Het artikel is opgeslagen."))
            return redirect("info:article_manage", request.collective.slug)
    title = article.title if article else _("Nieuw artikel")
    return _form_page(request, form, str(title), "info:article_manage")


@coordinator_only
def article_delete_view(request: CollectiveRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=article_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    article_delete(actor=request.user, article=article)
    messages.success(request, _("Het artikel is weg."))
    return redirect("info:article_manage", request.collective.slug)


@coordinator_only
def synonyms_view(request: CollectiveRequest) -> HttpResponse:
    form = SynonymForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            synonym_group_save(
                actor=request.user,
                collective=request.collective,
                words_text=form.cleaned_data["words"],
            )
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("De woorden zijn opgeslagen. Zoeken kent ze meteen."))
            return redirect("info:synonyms", request.collective.slug)
    context = {
        "form": form,
        "own": SynonymGroup.objects.all(),
        "standard": [", ".join(group) for group in default_synonyms()],
    }
    return render(request, "info/synonyms.html", context)


@coordinator_only
def synonym_delete_view(request: CollectiveRequest, group_id: int) -> HttpResponse:
    group = get_object_or_404(SynonymGroup, pk=group_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    synonym_group_delete(actor=request.user, group=group)
    messages.success(request, _("De woorden zijn weg."))
    return redirect("info:synonyms", request.collective.slug)
