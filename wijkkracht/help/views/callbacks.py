"""Hulp vragen without an account, and the 1-loket's list of people to call back."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from wijkkracht.core.access import CollectiveRequest, role_required
from wijkkracht.core.models import RoleName
from wijkkracht.core.pagecache import public_page
from wijkkracht.help.forms import CallbackForm
from wijkkracht.help.models import Callback
from wijkkracht.help.services.callbacks import callback_done, callback_leave


@public_page
def callback_create_view(request: CollectiveRequest, collective_slug: str) -> HttpResponse:
    """Open to everyone: a logged-in resident may use it too. The empty form is a kept page."""
    form = CallbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["website"]:  # a robot: thank it and keep nothing
            return render(request, "help/callback_done.html")
        try:
            callback_leave(
                collective=request.collective,
                name=data["name"],
                phone=data["phone"],
                what=data["what"],
                when=data["when"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return render(request, "help/callback_done.html")
    return render(request, "help/callback_form.html", {"form": form})


@role_required(RoleName.COORDINATOR)
def callback_list_view(request: CollectiveRequest) -> HttpResponse:
    return render(request, "help/callback_list.html", {"callbacks": Callback.objects.all()})


@role_required(RoleName.COORDINATOR)
def callback_done_view(request: CollectiveRequest, callback_id: int) -> HttpResponse:
    callback = get_object_or_404(Callback, pk=callback_id)
    if request.method != "POST":  # after the lookup, so another collective's id is a 404
        return HttpResponseNotAllowed(["POST"])
    callback_done(actor=request.user, callback=callback)
    messages.success(
        request, _("Gebeld. De vraag van %(name)s is van de lijst.") % {"name": callback.name}
    )
    return redirect("help:callback_list", request.collective.slug)
