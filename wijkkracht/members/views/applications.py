"""Lid worden: the public form, the paper form, and the treasurer's queue of applications."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, client_ip, role_required
from wijkkracht.core.downloads import attachment
from wijkkracht.core.services.people import PERSON_FIELDS
from wijkkracht.members.forms import ApplicationForm, RefuseForm
from wijkkracht.members.models import (
    Application,
    ApplicationStatus,
    ApplicationVia,
    Creditor,
)
from wijkkracht.members.selectors import contribution_rule_now
from wijkkracht.members.services.applications import (
    application_accept,
    application_refuse,
    application_submit,
    mandate_reference_new,
    mandate_text,
    reference_read,
    reference_sign,
)

TREASURY = ("coordinator", "board")


def _form_page(request: CollectiveRequest, *, via: str) -> HttpResponse:
    """The same form and checks for online and paper; only the proof of the mandate differs."""
    creditor = Creditor.objects.first()
    on_paper = via == ApplicationVia.PAPER
    form = ApplicationForm(request.POST or None, on_paper=on_paper, with_debit=creditor is not None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            application = application_submit(
                actor=request.user if request.user.is_authenticated else None,
                collective=request.collective,
                via=via,
                fields={name: data[name] for name in PERSON_FIELDS},
                housemates=data["housemates"],
                iban=data["iban"] if form.debits else "",
                account_holder=data.get("account_holder", ""),
                reference=reference_read(data["reference_token"]) if form.debits else "",
                signed_on=data.get("signed_on"),
                ip=client_ip(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if on_paper:
                messages.success(
                    request,
                    _("De aanmelding van %(name)s staat klaar voor de penningmeester.")
                    % {"name": application.full_name},
                )
                return redirect("members:application_list", request.collective.slug)
            return render(request, "members/application_done.html", {"application": application})
    reference = _shown_reference(form)
    context = {
        "form": form,
        "on_paper": on_paper,
        "rule": contribution_rule_now(),
        "creditor": creditor,
        "reference": reference,
        "reference_token": reference_sign(reference),
        "mandate_text": mandate_text(creditor=creditor, reference=reference) if creditor else "",
    }
    return render(request, "members/application_form.html", context)


def _shown_reference(form: ApplicationForm) -> str:
    """The mandate reference on the form: the one it was filled in with, or a new one."""
    if form.is_bound:
        try:
            return reference_read(form.data.get("reference_token", ""))
        except ValidationError:
            pass
    return mandate_reference_new()


def apply_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """Lid worden, for anyone: no account needed. Not a kept page (core.pagecache): each visitor
    is shown a mandate reference of their own."""
    return _form_page(request, via=ApplicationVia.ONLINE)


@role_required(*TREASURY)
def apply_paper_view(request: CollectiveRequest) -> HttpResponse:
    """The coordinator types in a paper form, with the same checks."""
    return _form_page(request, via=ApplicationVia.PAPER)


def paper_form_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """The paper form in large print, to print and hand out."""
    from wijkkracht.members.printing import application_form_pdf

    pdf = application_form_pdf(
        collective=request.collective,
        rule=contribution_rule_now(),
        creditor=Creditor.objects.first(),
    )
    return attachment(pdf, f"lid-worden-{request.collective.slug}.pdf", "application/pdf")


@role_required(*TREASURY)
def application_list_view(request: CollectiveRequest) -> HttpResponse:
    applications = Application.objects.order_by("created_at")
    context = {
        "waiting": applications.filter(status=ApplicationStatus.WAITING),
        "decided": applications.exclude(status=ApplicationStatus.WAITING)
        .select_related("member")
        .order_by("-decided_at")[:20],
    }
    return render(request, "members/application_list.html", context)


@role_required(*TREASURY)
def application_detail_view(request: CollectiveRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id)
    context = {"application": application, "refuse_form": RefuseForm()}
    return render(request, "members/application_detail.html", context)


@role_required(*TREASURY)
def application_accept_view(request: CollectiveRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    try:
        member = application_accept(actor=request.user, application=application)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
        return redirect("members:application_detail", request.collective.slug, application.pk)
    messages.success(
        request,
        _("%(name)s is lid met nummer %(number)s.")
        % {"name": member.person.full_name, "number": member.number},
    )
    return redirect("members:application_list", request.collective.slug)


@role_required(*TREASURY)
def application_refuse_view(request: CollectiveRequest, application_id: int) -> HttpResponse:
    application = get_object_or_404(Application, pk=application_id)
    form = RefuseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            application_refuse(
                actor=request.user, application=application, reason=form.cleaned_data["reason"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De aanmelding is afgewezen."))
            return redirect("members:application_list", request.collective.slug)
    context = {"application": application, "refuse_form": form}
    return render(request, "members/application_detail.html", context)
