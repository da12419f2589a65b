"""Two coordinators at the same moment, as real simultaneous requests: one change wins and the
other is told, and two copies get two versions."""

import pytest
from django.test import Client
from django_scopes import scope

from tests.businesscase.conftest import Office
from tests.concurrent import at_once
from tests.conftest import login, make_user
from wijkkracht.businesscase.models import Scenario

pytestmark = pytest.mark.django_db(transaction=True)


def two_coordinators(office: Office) -> list[Client]:
    other = make_user(office.collective, "coordinator", email="tweede@dorp.example")
    return [login(Client(), office.coordinator), login(Client(), other)]


def test_two_edits_of_what_both_saw_keep_one_and_tell_the_other(office: Office) -> None:
    _case, scenario = office.case()
    url = f"/dorp/businesscase/scenario/{scenario.pk}/kosten/nieuw/"

    def send(index: int, client: Client):  # type: ignore[no-untyped-def]
        return client.post(
            url,
            {
                "revision": scenario.revision,
                "label": f"Kosten van coördinator {index}",
                "stakeholder": "cooperatie",
                "one_off": "500",
                "first_year": "1",
                "last_year": "5",
            },
        )

    codes = at_once(two_coordinators(office), send)
    assert sorted(codes) == [200, 302]  # one saved and went on, the other sees the message
    with scope(collective=office.collective):
        fresh = Scenario.objects.get(pk=scenario.pk)
    labels = [line["label"] for line in fresh.data["costs"]]
    assert sum(label.startswith("Kosten van coördinator") for label in labels) == 1
    assert fresh.revision == scenario.revision + 1


def test_two_copies_at_once_become_two_versions(office: Office) -> None:
    case, scenario = office.case()
    codes = at_once(
        two_coordinators(office),
        lambda index, client: client.post(
            f"/dorp/businesscase/scenario/{scenario.pk}/kopie/", {"name": f"Kopie {index}"}
        ),
    )
    assert codes == [302, 302]
    with scope(collective=office.collective):
        versions = sorted(Scenario.objects.filter(case=case).values_list("version", flat=True))
    assert versions == [1, 2, 3]
