"""Certificates: the PDF for its holder and the course's teachers, withdrawing one, and the
public check anyone can open with the code (as a page and as JSON)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from wijkkracht.academy.access import teaches
from wijkkracht.academy.models import Certificate
from wijkkracht.academy.services.certificates import (
    certificate_fields,
    certificate_find,
    certificate_lines,
    certificate_revoke,
    certificate_status,
)
from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.downloads import attachment


def _held_or_taught(request: CollectiveRequest, certificate_id: int) -> Certificate:
    certificate = get_object_or_404(
        Certificate.objects.select_related("edition__course"), pk=certificate_id
    )
    own = certificate.person_id == getattr(request.membership.person, "pk", None)
    if not own and not teaches(request, certificate.edition.course):
        raise Http404
    return certificate


@role_required()
def certificate_pdf_view(request: CollectiveRequest, certificate_id: int) -> HttpResponse:
    from wijkkracht.academy.certificate_pdf import certificate_pdf  # ReportLab: slow to import

    certificate = _held_or_taught(request, certificate_id)
    url = request.build_absolute_uri(reverse("certificate_check", args=[certificate.code]))
    return attachment(
        certificate_pdf(certificate, url), f"certificaat-{certificate.code}.pdf", "application/pdf"
    )


@role_required("coordinator")
def certificate_revoke_view(request: CollectiveRequest, certificate_id: int) -> HttpResponse:
    certificate = get_object_or_404(Certificate, pk=certificate_id, revoked_on__isnull=True)
    reason = request.POST.get("reason", "")
    if request.method == "POST":
        try:
            certificate_revoke(actor=request.user, certificate=certificate, reason=reason)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Het certificaat geldt niet meer."))
            return redirect("academy:edition", request.collective.slug, certificate.edition_id)
    return render(request, "academy/revoke.html", {"certificate": certificate, "reason": reason})


def _found(code: str) -> tuple[Certificate | None, str]:
    with scopes_disabled():
        certificate = certificate_find(code)
        return certificate, certificate_status(certificate) if certificate else "unknown"


def certificate_search_view(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("code", "").strip()
    if code:
        certificate, _status = _found(code)
        if certificate is not None:
            return redirect("certificate_check", certificate.code)
    return render(request, "academy/check_search.html", {"code": code})


def certificate_check_view(request: HttpRequest, code: str) -> HttpResponse:
    certificate, status = _found(code)
    if certificate is None:
        raise Http404
    context = {
        "certificate": certificate,
        "status": status,
        "lines": certificate_lines(certificate),
    }
    return render(request, "academy/check.html", context)


def certificate_check_json_view(request: HttpRequest, code: str) -> JsonResponse:
    certificate, status = _found(code)
    if certificate is None:
        return JsonResponse({"code": code, "status": "unknown"}, status=404)
    data = {**certificate_fields(certificate), "status": status}
    if certificate.revoked_on and status == "revoked":
        data["revoked_on"] = certificate.revoked_on.isoformat()
        data["revoked_reason"] = certificate.revoked_reason
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
