from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import ApiToken
from wijkkracht.core.selectors import access_entries_for, api_tokens_for, audit_entries
from wijkkracht.core.services.accounts import api_token_create, api_token_revoke

AUDIT_PAGE_SIZE = 100


@role_required()
def my_data_view(request: CollectiveRequest) -> HttpResponse:
    """A person's own record, roles, and who read it."""
    person = request.membership.person
    context = {"person": person, "access_entries": access_entries_for(person=person)}  # type: ignore[arg-type]
    return render(request, "core/my_data.html", context)


@role_required("partner")
def api_tokens_view(request: CollectiveRequest) -> HttpResponse:
    person = request.membership.person
    if person is None:  # role_required lets in only users with a person here
        raise Http404
    new_token = None
    if request.method == "POST":
        label = request.POST.get("label", "").strip()[:100] or _("API-sleutel")
        new_token = api_token_create(actor=request.user, person=person, label=label)
    context = {
        "tokens": api_tokens_for(person=person),
        "new_token": new_token,
        "now": timezone.now(),
        "calls_per_minute": settings.API_CALLS_PER_MINUTE,
    }
    return render(request, "core/api_tokens.html", context)


@role_required("partner")
def api_token_revoke_view(request: CollectiveRequest, token_id: int) -> HttpResponse:
    token = ApiToken.objects.filter(
        pk=token_id, person=request.membership.person, revoked_at__isnull=True
    ).first()
    if token is None:
        raise Http404
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    api_token_revoke(actor=request.user, api_token=token)
    messages.success(request, _("De sleutel werkt niet meer."))
    return redirect("core:api_tokens", request.collective.slug)


@role_required("coordinator", "board")
def audit_log_view(request: CollectiveRequest) -> HttpResponse:
    entries = audit_entries()[:AUDIT_PAGE_SIZE]
    return render(request, "core/audit_log.html", {"entries": entries})
