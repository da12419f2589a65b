"""The yes/no link from the e-mail. It works without logging in: the signed token is the key.

A GET only shows the question; the answer needs a button press (a POST), so a mail program
that opens links to check them never says yes or no for the volunteer.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render

from wijkkracht.core.access import CollectiveRequest
from wijkkracht.help.matching import describe_when
from wijkkracht.help.models import AnswerVia, Assignment
from wijkkracht.help.selectors import when_of
from wijkkracht.help.tokens import answer_token_read
from wijkkracht.help.views.own import answer


def answer_view(request: CollectiveRequest, collective_slug: str, token: str) -> HttpResponse:
    assignment_id = answer_token_read(token)
    if assignment_id is None:
        raise Http404
    task = get_object_or_404(
        Assignment.objects.select_related("request__area", "volunteer__person"), pk=assignment_id
    )
    if request.method == "POST":
        answer(request, task, AnswerVia.LINK)
        task.refresh_from_db()
    context = {"task": task, "when": describe_when(when_of(task.request))}
    return render(request, "help/answer.html", context)
