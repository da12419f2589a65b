"""With REDIS_URL set, tasks go through RQ on the real Redis and a separate worker runs them."""

from pathlib import Path

import pytest
import redis
from django_scopes import scope
from django_tasks_db.models import DBTaskResult

from tests.conftest import World, make_person
from tests.processes import child_process_env, mails_in, manage

INVITE = """
from django_scopes import scope
from wijkkracht.core.models import Collective, Person
from wijkkracht.core.services.people import person_invite
collective = Collective.objects.get(slug="dorp-a")
with scope(collective=collective):
    person_invite(actor=None, person=Person.objects.get(email="redis@dorp-a.example"))
"""


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_invitation_travels_through_redis_to_an_rq_worker(
    world: World, redis_db: redis.Redis, redis_url: str, tmp_path: Path
) -> None:
    make_person(world.a, "volunteer", email="redis@dorp-a.example", given_name="Roos")
    with scope(collective=world.a):
        queued = DBTaskResult.objects.count()  # what building the test world queued
    env = child_process_env() | {
        "REDIS_URL": redis_url,
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path),
    }
    manage("shell", "--verbosity", "0", "-c", INVITE, env=env)
    assert redis_db.llen("rq:queue:default") == 1
    assert mails_in(tmp_path) == []
    with scope(collective=world.a):
        assert DBTaskResult.objects.count() == queued  # not the database queue

    manage("rqworker", "default", "--burst", "--job-class", "django_tasks_rq.Job", env=env)
    [message] = mails_in(tmp_path)
    assert message["To"] == "redis@dorp-a.example"
    assert "Beste Roos" in message.get_payload(decode=True).decode()
    assert redis_db.llen("rq:queue:default") == 0
