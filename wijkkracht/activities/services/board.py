"""The neighbourhood notice board: residents post, anyone may report, the coordinator decides."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from wijkkracht.activities.models import Post, PostReport, PostStatus
from wijkkracht.core.models import Collective, Person, User
from wijkkracht.core.services.audit import audit_record

# After this many reports by different people, a post is taken off until a coordinator looks.
REPORTS_TO_HOLD = 3


@transaction.atomic
def post_create(
    *,
    actor: User | None,
    collective: Collective,
    author: Person,
    kind: str,
    title: str,
    text: str,
    public: bool,
) -> Post:
    post = Post(
        collective=collective, author=author, kind=kind, title=title, text=text, public=public
    )
    post.full_clean(exclude=["collective", "author"])
    post.save()
    audit_record(actor=actor, action="post.create", target=post, collective=collective)
    return post


def _lock(post: Post) -> Post:
    return Post.objects.select_for_update(of=("self",)).select_related("collective").get(pk=post.pk)


@transaction.atomic
def post_report(*, actor: User | None, post: Post, reporter: Person, reason: str) -> PostReport:
    post = _lock(post)
    if post.status == PostStatus.REMOVED:
        raise ValidationError(_("Dit bericht is al weggehaald."))
    try:
        with transaction.atomic():
            report = PostReport.objects.create(
                collective=post.collective, post=post, reporter=reporter, reason=reason
            )
    except IntegrityError as error:
        raise ValidationError(_("U heeft dit bericht al gemeld. Dank u wel.")) from error
    open_reports = post.reports.filter(handled=False).count()
    if post.status == PostStatus.VISIBLE and open_reports >= REPORTS_TO_HOLD:
        post.status = PostStatus.HELD
        post.save(update_fields=["status"])
    audit_record(actor=actor, action="post.report", target=post, collective=post.collective)
    return report


@transaction.atomic
def post_moderate(*, actor: User, post: Post, visible: bool, note: str = "") -> Post:
    """The coordinator's decision: hide the post, or put it back. Open reports are handled."""
    post = _lock(post)
    if post.status == PostStatus.REMOVED:
        raise ValidationError(_("Dit bericht is al weggehaald door de schrijver."))
    post.status = PostStatus.VISIBLE if visible else PostStatus.HIDDEN
    post.moderation_note = note
    post.save(update_fields=["status", "moderation_note"])
    post.reports.filter(handled=False).update(handled=True)
    audit_record(
        actor=actor,
        action="post.restore" if visible else "post.hide",
        target=post,
        collective=post.collective,
    )
    return post


@transaction.atomic
def post_remove(*, actor: User | None, post: Post) -> Post:
    """The author takes their own post down."""
    post = _lock(post)
    post.status = PostStatus.REMOVED
    post.save(update_fields=["status"])
    audit_record(actor=actor, action="post.remove", target=post, collective=post.collective)
    return post
